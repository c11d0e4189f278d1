import CCmark

/// A link or image in Markdown source, with the destination as written
/// (reference links resolved by cmark).
public struct MarkdownLink: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, image }

    public var kind: Kind
    public var destination: String
    /// 1-based, in the Markdown source: where the link's `[` (or `![`) stands.
    public var line: Int
    /// 1-based, in Unicode scalars.
    public var column: Int

    public init(kind: Kind, destination: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
    }
}

public enum MarkdownLinks {
    /// Every link and image of `source`, in document order. Autolinks
    /// (`<https://…>`) are links too.
    public static func links(in source: String) -> [MarkdownLink] {
        guard let document = Cmark.parseDocument(source) else { return [] }
        defer { cmark_node_free(document) }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return Cmark.descendants(of: document).compactMap { node in
            let type = Cmark.type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return nil }
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let line = Int(cmark_node_get_start_line(node))
            // cmark counts columns in bytes; a location counts characters.
            let byteColumn = Int(cmark_node_get_start_column(node))
            let column = line >= 1 && line <= lines.count
                ? Self.scalarColumn(ofByteColumn: byteColumn, in: lines[line - 1]) : byteColumn
            return MarkdownLink(kind: type == CMARK_NODE_IMAGE ? .image : .link, destination: destination, line: line, column: column)
        }
    }

    static func scalarColumn(ofByteColumn byteColumn: Int, in line: Substring) -> Int {
        let prefix = line.utf8.prefix(max(0, byteColumn - 1))
        return prefix.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
    }
}
