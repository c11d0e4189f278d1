/// A text written in Markdown (a `.md` file, or a summary typed with `#` and
/// pipe tables): its marks are the writer's layout, not words. The importer
/// writes its own Markdown, so a heading's `#`, the `| --- |` line under a
/// table's header, a rule (`---`), the `**` and `*` around emphasised words, a
/// link's brackets and address and a footnote's mark (`[^1]`) go; the words stay,
/// and a table's rows are read as any copied table's. A heading of the first level
/// (`# …`), the first one, is the document's title.
enum MarkdownMarkup {
    struct Unmarked {
        var text: String
        var removed: [String]
        /// The line was a heading of the first level (`# 东澜区2023年普法依法治理工作总结`).
        var isTitle: Bool
    }

    /// The line without a heading's `#` marks before it (`## 一、主要指标`), without the
    /// `**` and `*` around emphasised words, a link's brackets and address, and a
    /// footnote's mark, with what went.
    static func removingMarks(_ line: String) -> Unmarked {
        var text = line
        var removed: [String] = []
        var isTitle = false
        if let marks = text.prefixMatch(of: #/\s*(#{1,6})[ \t\u{3000}]+/#) {
            removed.append(String(marks.output.0).trimmingSpaces)
            isTitle = marks.output.1.count == 1
            text = String(text[marks.range.upperBound...])
        }
        guard text.contains("*") || text.contains("](") || text.contains("[^") else { return Unmarked(text: text, removed: removed, isTitle: isTitle) }
        let boldWords = text.matches(of: bold)
        removed.append(contentsOf: Array(repeating: "**", count: boldWords.count * 2))
        text = text.replacing(bold) { String($0.output.1) }
        // 3*4*5 is no emphasis: only words with Chinese in them.
        text = text.replacing(emphasis) { match in
            guard match.output.1.unicodeScalars.contains(where: \.isHan) else { return String(match.output.0) }
            removed.append(contentsOf: ["*", "*"])
            return String(match.output.1)
        }
        removed.append(contentsOf: text.matches(of: image).map { String($0.output.0) })
        text = text.replacing(image) { String($0.output.1) }
        removed.append(contentsOf: text.matches(of: link).map { String($0.output.0) })
        text = text.replacing(link) { String($0.output.1) }
        removed.append(contentsOf: text.matches(of: footnoteMark).map { String($0.output).trimmingSpaces })
        text = text.replacing(footnoteMark, with: "")
        return Unmarked(text: text, removed: removed, isTitle: isTitle)
    }

    /// The lines with the title (`# …` on `titleLine`) first and marked as the headline, when
    /// only a few lines stand before it (a wiki's name, the path to the page): those follow it.
    static func titleFirst(_ lines: [CleanedLine], titleLine: Int) -> [CleanedLine] {
        guard let index = lines.firstIndex(where: { $0.number == titleLine }), case .text = lines[index].content,
              lines[..<index].count(where: { $0.content != .blank }) <= maximumLinesBeforeTitle else { return lines }
        var reordered = lines
        var title = reordered.remove(at: index)
        title.isHeadline = true
        reordered.insert(title, at: 0)
        return reordered
    }

    private static let maximumLinesBeforeTitle = 3

    /// A line a reader of the page never sees: an HTML comment (`<!-- more -->`, where a
    /// blog cuts its excerpt) or a site generator's template tag (`{% note info %}`,
    /// `{% endnote %}`, `{{< figure … >}}`). The words between such tags stay.
    static func isHiddenMarkup(_ line: String) -> Bool {
        line.trimmingSpaces.wholeMatch(of: #/<!--.*-->|\{%-?\s*[A-Za-z_][^%]*-?%\}|\{\{[<%].*[>%]\}\}/#) != nil
    }

    /// `---`, `***` or `___` on a line of its own: a rule between parts. Five marks and more
    /// are a page's divider (`InlineCleaning.isDivider`), dealt with after its page breaks.
    static func isRule(_ line: String) -> Bool {
        let drawn = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard (3...4).contains(drawn.count), let first = drawn.first, "-*_".unicodeScalars.contains(first) else { return false }
        return drawn.allSatisfy { $0 == first }
    }

    private static var bold: Regex<(Substring, Substring)> { #/\*\*([^*]+)\*\*/# }
    /// `*编写：周晓*`: one star on each side of words.
    private static var emphasis: Regex<(Substring, Substring)> { #/\*([^*\s][^*]*?)\*/# }
    /// `![启动仪式](…/8f3a.png)`: an image's description, if it has one.
    private static var image: Regex<(Substring, Substring)> { #/!\[([^\[\]]*)\]\([^()\s]*\)/# }
    /// `[普法与依法治理科](/dept/pufa)`: the words the link shows.
    private static var link: Regex<(Substring, Substring)> { #/\[([^\[\]^]+)\]\([^()\s]*\)/# }
    /// `[^1]` after a figure, and `[^1]:` before the note it marks.
    private static var footnoteMark: Regex<Substring> { #/\[\^[0-9A-Za-z]{1,4}\]:?[ \t]?/# }
}
