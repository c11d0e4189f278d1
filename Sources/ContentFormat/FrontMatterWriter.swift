import Yams

/// Writes front matter in the documented key order, with values quoted by
/// Yams wherever YAML needs it, so what the importer writes reads back unchanged.
public enum FrontMatterWriter {
    public static func yaml(for frontMatter: FrontMatter) -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("\(key): \(scalar(value))")
        }
        add("title", frontMatter.title)
        add("region", frontMatter.region)
        add("province", frontMatter.province)
        add("parent", frontMatter.parent)
        add("level", frontMatter.level?.rawValue)
        add("date", frontMatter.date?.description)
        add("year", frontMatter.year.map(String.init))
        add("period", frontMatter.period)
        add("source", frontMatter.source)
        add("source_url", frontMatter.sourceURL)
        add("summary", frontMatter.summary)
        add("slug", frontMatter.slug)
        if frontMatter.draft { lines.append("draft: true") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One scalar as Yams would write it (quoted when plain style would change its meaning).
    static func scalar(_ value: String) -> String {
        let dumped = (try? Yams.serialize(node: Node(value, Tag(.str), .any), allowUnicode: true)) ?? "'\(value)'"
        return dumped.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n...", with: "")
    }
}
