import ContentFormat
import SiteBuilder

/// Where a figure stands in its file, to the character. The build places a
/// figure from the plain text of its paragraph, which has no Markdown markup
/// (`**`, link targets, entities), so its column can fall short of the real
/// one; and a paragraph wrapped between Chinese characters is one line of
/// plain text. The figure's own text, searched from there on, settles it.
struct FigureLocator {
    let report: InspectedReport
    private let bodyLines: [[Unicode.Scalar]]

    init(report: InspectedReport) {
        self.report = report
        bodyLines = report.body.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    func location(of fact: SiteFact) -> SourceLocation {
        guard !fact.curated, !fact.text.isEmpty else { return fact.location }
        let needle = Array(fact.text.unicodeScalars)
        var index = fact.location.line - report.bodyStartLine
        var fromColumn = fact.location.column
        while bodyLines.indices.contains(index) {
            let line = bodyLines[index]
            if let column = Self.column(of: needle, in: line, from: fromColumn) {
                return SourceLocation(path: fact.location.path, line: report.bodyStartLine + index, column: column)
            }
            // A blank line ends the paragraph: the figure is not written as extracted.
            if line.allSatisfy(\.properties.isWhitespace) { break }
            index += 1
            fromColumn = 1
        }
        return fact.location
    }

    /// The 1-based column of the first `needle` at or after `from`.
    static func column(of needle: [Unicode.Scalar], in line: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, line.count >= needle.count else { return nil }
        var start = max(0, from - 1)
        while start + needle.count <= line.count {
            if line[start..<(start + needle.count)].elementsEqual(needle) { return start + 1 }
            start += 1
        }
        return nil
    }
}
