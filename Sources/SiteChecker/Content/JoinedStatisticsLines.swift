import ContentFormat
import SiteBuilder

/// Lines of a label and its figure (`法律明白人：3,216名`) typed one under another with
/// no blank line between: Markdown makes them one paragraph and joins them into one
/// line, so the page shows them run together and each figure is read with the words
/// that follow it, the next line's label. `pufa-site import` writes such lines as
/// paragraphs of their own.
enum JoinedStatisticsLines {
    static func diagnostics(for report: InspectedReport) -> [Diagnostic] {
        let lines = report.body.split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end < lines.count, isPlainStatisticsLine(lines[end]) { end += 1 }
            if end - index >= 2 {
                diagnostics.append(.warning(
                    at: SourceLocation(path: report.path, line: report.bodyStartLine + index, column: 1),
                    "\(end - index) lines of a label and its figure make one paragraph: they show run together, "
                        + "and each figure is read with the next line's label",
                    hint: "put a blank line between them, or make each a list item (- 法律明白人：3,216名)"
                ))
            }
            index = max(end, index + 1)
        }
        return diagnostics
    }

    /// A statistics line that is paragraph text: not a list item or heading, and not
    /// ended by a hard line break (two spaces or a backslash), which keeps it apart.
    private static func isPlainStatisticsLine(_ line: Substring) -> Bool {
        let text = line.drop { $0 == " " }
        guard let first = text.first, !"-*+#>|".contains(first), !line.hasSuffix("  "), !line.hasSuffix("\\") else {
            return false
        }
        return StatisticsLine.matches(text)
    }
}
