import Indicators

/// OCR of a poster, or a narrow column, breaks a line between a figure and its unit
/// (`人民调解员 1,964` / `名`, `受众约86万` / `人次`) or inside the unit
/// (`培训3.1万人` / `次`, `约3.2万平方` / `米`). The line that goes on with the unit
/// belongs to the figure: it is joined to it with no space.
enum SplitFigures {
    static func joined(_ lines: [CleanedLine]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if case .text(let next) = line.content, let last = result.last, case .text(let previous) = last.content,
               continuesAFigure(previous, with: next) {
                result[result.count - 1].content = .text(previous + next)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Whether `previous` ends with a figure (perhaps with part of its unit) that
    /// `next` begins by finishing. When the figure had a whole unit already
    /// (3.1万人), `next` must hold nothing but the rest of it (次), and perhaps a
    /// punctuation mark: `3.1万人` over `次日…` is a figure and a new sentence.
    static func continuesAFigure(_ previous: String, with next: String) -> Bool {
        // A line that opens with digits has a figure of its own (3602 over 96.8% 97.4%, a
        // chart's two rows of data labels), not the rest of this one's unit.
        guard let first = next.unicodeScalars.first, !first.properties.isWhitespace, !isDigit(first),
              let tail = figureAtTheEnd(of: previous) else { return false }
        // 127.4 over 万: a follower count, a figure of ten thousands with no unit of its own.
        if next.wholeMatch(of: #/[万亿][余多]?\+?/#) != nil, tail.unicodeScalars.allSatisfy({ isDigit($0) || numberMarks.contains($0) }) {
            return true
        }
        let tailLength = tail.utf8.count
        guard let joined = QuantityParser.quantities(in: tail + next).first, joined.utf8Range.lowerBound == 0,
              !joined.unit.isEmpty, !timeUnits.contains(joined.unit), joined.utf8Range.upperBound > tailLength
        else { return false }
        guard let own = QuantityParser.quantities(in: tail).first, !own.unit.isEmpty,
              own.utf8Range.upperBound == tailLength else { return true }
        let rest = next.utf8.dropFirst(joined.utf8Range.upperBound - tailLength)
        return String(decoding: rest, as: UTF8.self).unicodeScalars.allSatisfy(HeadingShape.sentencePunctuation.contains)
    }

    /// A year or a day read with the next line (2024 / 年3月…) is a date, not a figure.
    private static let timeUnits: Set<String> = ["年", "月", "日"]

    /// The number the line ends with and up to `maximumUnitStart` Han characters
    /// after it (`1,964`, `4,600余`, `3.1万人`, `3.2万平方`), or nil.
    static func figureAtTheEnd(of line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard let lastDigit = scalars.lastIndex(where: isDigit),
              scalars.count - 1 - lastDigit <= maximumUnitStart,
              scalars[(lastDigit + 1)...].allSatisfy(\.isHan) else { return nil }
        var start = lastDigit
        while start > 0, isDigit(scalars[start - 1]) || numberMarks.contains(scalars[start - 1]) && start > 1 && isDigit(scalars[start - 2]) {
            start -= 1
        }
        // 09:30 over 集市正式开市: a time, a date (2024-12) or a range's end is no figure here.
        if start > 0, notAFigureBefore.contains(scalars[start - 1]) { return nil }
        var tail = String.UnicodeScalarView()
        tail.append(contentsOf: scalars[start...])
        return String(tail)
    }

    private static let maximumUnitStart = 3
    private static let numberMarks: Set<Unicode.Scalar> = [",", "，", "."]
    private static let notAFigureBefore: Set<Unicode.Scalar> = [":", "：", "/", "-", "－", "—", "~", "～"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
