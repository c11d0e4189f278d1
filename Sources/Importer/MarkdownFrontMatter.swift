import ContentFormat
import Yams

/// A Markdown file that another site's generator wrote (Hexo, Jekyll, Hugo) opens with
/// its own front matter between `---` lines. Its title, date, source and address stand
/// in for a saved page's head; the block itself goes, its lines left empty so that every
/// line after it keeps its number.
enum MarkdownFrontMatter {
    struct Found {
        var head: PageHead
        /// The text with the block's lines emptied.
        var body: String
        var removals: [Removal]
    }

    /// The block, when the text opens with `---` and a YAML mapping closed by `---` or
    /// `...` follows. A rule (`---`) over ordinary lines is no mapping, and stays.
    static func read(_ text: String) -> Found? {
        guard text.hasPrefix("---") || text.hasPrefix("\u{FEFF}---") else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.trimmingSpaces.drop(while: { $0 == "\u{FEFF}" }) == "---",
              let end = lines.indices.dropFirst().prefix(80).first(where: { ["---", "..."].contains(lines[$0].trimmingSpaces) }),
              end > 1 else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        guard let loaded = try? Yams.load(yaml: yaml, .basic), let fields = loaded as? [String: Any], !fields.isEmpty
        else { return nil }
        var head = PageHead()
        head.title = string(fields["title"])
        head.publishedDate = (string(fields["date"]) ?? string(fields["pubDate"]) ?? string(fields["published"]))
            .flatMap { $0.firstMatch(of: #/^(\d{4})-(\d{1,2})-(\d{1,2})/#) }
            .flatMap { ReportDate(year: Int($0.output.1)!, month: Int($0.output.2)!, day: Int($0.output.3)!) }
        head.source = string(fields["source"])
        head.address = ["source_url", "url", "permalink", "link"].lazy.compactMap { string(fields[$0]) }
            .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        let removals = (0...end).map { Removal(rule: .ownFrontMatter, line: $0 + 1, text: lines[$0], wholeLine: true) }
        for index in 0...end { lines[index] = "" }
        return Found(head: head, body: lines.joined(separator: "\n"), removals: removals)
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = (value as? String)?.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }
}
