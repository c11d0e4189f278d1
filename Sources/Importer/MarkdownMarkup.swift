/// A text written in Markdown (a `.md` file, or a summary typed with `#` and
/// pipe tables): its marks are the writer's layout, not words. The importer
/// writes its own Markdown, so a heading's `#`, the `| --- |` line under a
/// table's header and the `**` around bold words go; the words stay, and a
/// table's rows are read as any copied table's.
enum MarkdownMarkup {
    /// The line without a heading's `#` marks before it (`## 一、主要指标`) and
    /// without the `**` around bold words, with what went.
    static func removingMarks(_ line: String) -> (text: String, removed: [String]) {
        var text = line
        var removed: [String] = []
        if let marks = text.prefixMatch(of: #/\s*#{1,6}[ \t\u{3000}]+/#) {
            removed.append(String(marks.output).trimmingSpaces)
            text = String(text[marks.range.upperBound...])
        }
        let bold = text.matches(of: #/\*\*([^*]+)\*\*/#)
        if !bold.isEmpty {
            removed.append(contentsOf: Array(repeating: "**", count: bold.count * 2))
            text = text.replacing(#/\*\*([^*]+)\*\*/#) { String($0.output.1) }
        }
        return (text, removed)
    }
}
