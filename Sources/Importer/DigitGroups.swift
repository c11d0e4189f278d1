/// Figures whose digits a system grouped in threes with something other than a comma:
/// a thin space (12 500), an apostrophe (386'200), or, in a text that groups its figures
/// that way, an ordinary space (1 862 300 人次). The extractor reads a figure's digits as
/// one run, so the groups are closed up (12500). Such a text writes its decimals with a
/// comma (96,5 %, 1 286,5 万元): a comma before one or two digits is its decimal point.
/// A space before % goes in any text (96.5 % → 96.5%).
///
/// A text that groups no figure with ordinary spaces keeps them: there a space between
/// figures stands between two cells of a row (城关镇 236 480).
enum DigitGroups {
    /// `text` with its figures' digit groups closed up, and the spaces before % that end a clause gone.
    static func closedUp(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isDigit) else { return text }
        let spaceGrouped = groupsWithSpaces(scalars)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isSpace(scalar), index > 0, isDigit(scalars[index - 1]), let percent = percentSign(in: scalars, after: index) {
                index = percent
                continue
            }
            guard isDigit(scalar), index == 0 || !continuesANumber(scalars[index - 1]) else {
                output.append(scalar)
                index += 1
                continue
            }
            let number = groupedNumber(in: scalars, at: index, spaces: spaceGrouped)
            output.append(contentsOf: number.digits)
            index = number.end
            if spaceGrouped, let decimals = decimalsAfterComma(in: scalars, at: index) {
                output.append(".")
                output.append(contentsOf: scalars[(index + 1)..<decimals])
                index = decimals
            }
        }
        return String(output)
    }

    /// The digits of the figure at `start`, its groups joined, where it ends, and whether it
    /// had groups: a run of one to three digits, then groups of exactly three after a separator.
    private static func groupedNumber(in scalars: [Unicode.Scalar], at start: Int, spaces: Bool)
        -> (digits: [Unicode.Scalar], end: Int, grouped: Bool) {
        var end = start
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        var digits = Array(scalars[start..<end])
        guard digits.count <= 3 else { return (digits, end, false) }
        var grouped = false
        while end + 4 <= scalars.count {
            let separator = scalars[end]
            guard typographicSeparators.contains(separator) || spaces && plainSpaces.contains(separator),
                  (end + 1...end + 3).allSatisfy({ isDigit(scalars[$0]) }),
                  end + 4 == scalars.count || !isDigit(scalars[end + 4]) else { break }
            digits += scalars[(end + 1)...(end + 3)]
            end += 4
            grouped = true
        }
        return (digits, end, grouped)
    }

    /// Where a % is after the spaces at `index`, when it ends its figure's clause (96.5 %，)
    /// or its line: in a table's row a % before another cell is a column of units (10 % 98.3).
    private static func percentSign(in scalars: [Unicode.Scalar], after index: Int) -> Int? {
        var end = index
        while end < scalars.count, isSpace(scalars[end]) { end += 1 }
        guard end < scalars.count, scalars[end] == "%" || scalars[end] == "％" else { return nil }
        let next = end + 1 < scalars.count ? scalars[end + 1] : "\n"
        return next == "\n" || next.isHan || next.isFullWidthPunctuation || "，。；、：".unicodeScalars.contains(next) ? end : nil
    }

    /// The end of one or two decimals after a comma at `index` (96,5), when no digit follows.
    private static func decimalsAfterComma(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + 1 < scalars.count, scalars[index] == ",", isDigit(scalars[index + 1]) else { return nil }
        var end = index + 1
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        return end - index - 1 <= 2 ? end : nil
    }

    /// Whether the text groups figures with ordinary spaces: two figures so written with a
    /// unit after them (12 500 人, 24 360 人次), or one beside a figure grouped with thin
    /// spaces or an apostrophe.
    private static func groupsWithSpaces(_ scalars: [Unicode.Scalar]) -> Bool {
        var plain = 0
        var typographic = 0
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !continuesANumber(scalars[index - 1]) else {
                index += 1
                continue
            }
            let typographicRun = groupedNumber(in: scalars, at: index, spaces: false)
            if typographicRun.grouped {
                typographic += 1
                index = typographicRun.end
                continue
            }
            let plainRun = groupedNumber(in: scalars, at: index, spaces: true)
            if plainRun.grouped, isFollowedByAUnit(scalars, at: plainRun.end) { plain += 1 }
            index = max(plainRun.end, index + 1)
        }
        return plain >= 2 || plain >= 1 && typographic >= 1
    }

    /// A unit after a figure: a Chinese character or %, perhaps after one space.
    private static func isFollowedByAUnit(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var index = index
        if index < scalars.count, isSpace(scalars[index]) { index += 1 }
        guard index < scalars.count else { return false }
        return scalars[index].isHan || scalars[index] == "%" || scalars[index] == "％"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    /// A digit after these belongs to the figure before them (1.5, 3,216, 2023-11).
    private static func continuesANumber(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "." || scalar == "," || scalar == "-" || scalar == "'" || scalar == "’"
    }
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        plainSpaces.contains(scalar) || scalar == "\u{2009}" || scalar == "\u{202F}"
    }
    private static let typographicSeparators: Set<Unicode.Scalar> = ["\u{2009}", "\u{202F}", "'", "’"]
    private static let plainSpaces: Set<Unicode.Scalar> = [" ", "\u{00A0}"]
}
