/// A slide or an infographic sets a thing's name as a heading and its figures under it,
/// each on a line of its own that names only a level, a verb or a part:
///
///     ② 民主法治示范村（社区）
///     全国 2个
///     省级 11个
///
/// Such a line is read as if the heading were its label before a colon
/// (民主法治示范村（社区）：全国 2个), as `FactExtractor` reads a label there. Only a
/// short line of statistics under a short heading that holds no figure is read so, and
/// only a figure that names no indicator on its own takes the heading's.
struct HeadingLabel {
    /// The block as if labelled by its heading: `heading：block`.
    let labelledText: String
    /// The UTF-8 length of the label and its colon, before the block's own text.
    private let offset: Int

    init?(heading: String, over block: String) {
        guard Self.isAStatisticsLine(block), Self.isAName(heading) else { return nil }
        let label = heading + "："
        labelledText = label + block
        offset = label.utf8.count
    }

    /// The block's own facts, each that names no indicator replaced by the same figure
    /// read under the label when that one names one.
    func classify(_ own: [Fact], by labelled: [Fact]) -> [Fact] {
        var byStart: [Int: Fact] = [:]
        for fact in labelled where fact.indicator != nil && fact.utf8Range.lowerBound >= offset {
            byStart[fact.utf8Range.lowerBound - offset] = fact
        }
        return own.map { fact in
            guard fact.indicator == nil, var read = byStart[fact.utf8Range.lowerBound],
                  read.utf8Range.count == fact.utf8Range.count else { return fact }
            read.utf8Range = fact.utf8Range
            // What a reader is shown stays the block's own words.
            read.quote = fact.quote
            read.clause = fact.clause
            return read
        }
    }

    /// A line a slide sets (全国 2个, 覆盖286个村（社区）, 2024年新增省级示范村 3个): one
    /// line, short, with no sentence's end in it.
    private static func isAStatisticsLine(_ block: String) -> Bool {
        var count = 0
        for scalar in block.unicodeScalars {
            count += 1
            if count > longestLine || sentenceMarks.contains(scalar) { return false }
        }
        return true
    }

    /// A heading that names a thing (① 法律明白人, 村（社区）法律顾问): short, with no digit
    /// in it, so none of its own figures.
    private static func isAName(_ heading: String) -> Bool {
        var count = 0
        for scalar in heading.unicodeScalars {
            count += 1
            if count > longestHeading || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
                || sentenceMarks.contains(scalar) { return false }
        }
        return count > 0
    }

    private static let longestLine = 30
    private static let longestHeading = 20
    private static let sentenceMarks: Set<Unicode.Scalar> = ["。", "；", "！", "？", "：", ":", ";", "\n"]
}
