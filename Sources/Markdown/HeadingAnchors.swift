import CCmark

/// Gives every heading an id the outline can link to. cmark's HTML renderer
/// writes no ids, so each heading is rendered by cmark itself (keeping its
/// escaping and safe mode) and replaced by a custom block carrying that HTML
/// with the id added.
enum HeadingAnchors {
    static func assignIDs(in document: OpaquePointer, slug: (String) -> String, renderOptions: Int32) -> [Heading] {
        var headings: [Heading] = []
        var used: [String: Int] = [:]
        for node in Cmark.descendants(of: document) where Cmark.type(node) == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(node))
            let line = Int(cmark_node_get_start_line(node))
            let text = PlainText.of(node)
            let id = uniqueID(base: slug(text), used: &used)
            let html = Cmark.renderHTML(node, options: renderOptions)
            let opening = "<h\(level)>"
            guard html.hasPrefix(opening),
                  let replacement = Cmark.newCustom(
                      CMARK_NODE_CUSTOM_BLOCK,
                      onEnter: "<h\(level) id=\"\(HTMLEscaping.escape(id))\">" + html.dropFirst(opening.count).dropLast(),
                      onExit: ""
                  )
            else { continue }
            cmark_node_insert_before(node, replacement)
            cmark_node_unlink(node)
            cmark_node_free(node)
            headings.append(Heading(level: level, text: text, id: id, line: line))
        }
        return headings
    }

    /// Stable across builds: the same text gives the same id; repeats get -2, -3.
    private static func uniqueID(base: String, used: inout [String: Int]) -> String {
        let stem = base.isEmpty ? "section" : base
        let count = (used[stem] ?? 0) + 1
        used[stem] = count
        return count == 1 ? stem : "\(stem)-\(count)"
    }
}

/// The text a reader sees in a node, without markup.
enum PlainText {
    static func of(_ node: OpaquePointer) -> String {
        var text = ""
        append(node, to: &text)
        return text
    }

    private static func append(_ node: OpaquePointer, to text: inout String) {
        let type = Cmark.type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            text += Cmark.literal(node)
        } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
            text += "\n"
        }
        for child in Cmark.children(of: node) {
            append(child, to: &text)
        }
    }
}
