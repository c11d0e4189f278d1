import CCmark

/// Collects the plain text of each paragraph and heading, asks the caller
/// which spans to mark, and wraps those spans in custom inline nodes. The
/// text inside a mark stays an ordinary text node, so cmark still escapes it.
enum InlineMarker {
    /// A run of a block's plain text and the text node it came from (nil for
    /// breaks and code spans, which are never split).
    private struct Segment {
        var node: OpaquePointer?
        var utf8Start: Int
        var utf8Count: Int
    }

    static func markBlocks(in document: OpaquePointer, annotate: (TextBlock) -> [InlineMark]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for node in Cmark.descendants(of: document) {
            guard let kind = blockKind(of: node) else { continue }
            var text = ""
            var segments: [Segment] = []
            collect(node, into: &text, segments: &segments)
            let block = TextBlock(
                kind: kind, text: text,
                line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))
            )
            blocks.append(block)
            let marks = annotate(block)
            if !marks.isEmpty { apply(marks, to: segments) }
        }
        return blocks
    }

    private static func blockKind(of node: OpaquePointer) -> TextBlock.Kind? {
        let type = Cmark.type(node)
        if type == CMARK_NODE_HEADING {
            return .heading(level: Int(cmark_node_get_heading_level(node)))
        }
        guard type == CMARK_NODE_PARAGRAPH else { return nil }
        if let parent = cmark_node_parent(node), Cmark.type(parent) == CMARK_NODE_ITEM {
            return .listItem
        }
        let children = Cmark.children(of: node)
        if children.count == 1, let only = children.first, Cmark.type(only) == CMARK_NODE_EMPH {
            return .caption
        }
        return .paragraph
    }

    private static func collect(_ node: OpaquePointer, into text: inout String, segments: inout [Segment]) {
        let type = Cmark.type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            let literal = Cmark.literal(node)
            segments.append(Segment(node: type == CMARK_NODE_TEXT ? node : nil, utf8Start: text.utf8.count, utf8Count: literal.utf8.count))
            text += literal
            return
        }
        if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
            segments.append(Segment(node: nil, utf8Start: text.utf8.count, utf8Count: 1))
            text += "\n"
            return
        }
        for child in Cmark.children(of: node) {
            collect(child, into: &text, segments: &segments)
        }
    }

    /// Marks are applied from the last to the first inside each text node, so
    /// the offsets of those still to do stay valid in the node's leading part.
    private static func apply(_ marks: [InlineMark], to segments: [Segment]) {
        for segment in segments {
            guard var remaining = segment.node else { continue }
            let inside = marks
                .filter { $0.utf8Range.lowerBound >= segment.utf8Start
                    && $0.utf8Range.upperBound <= segment.utf8Start + segment.utf8Count
                    && !$0.utf8Range.isEmpty }
                .sorted { $0.utf8Range.lowerBound > $1.utf8Range.lowerBound }
            var previousStart = Int.max
            for mark in inside where mark.utf8Range.upperBound <= previousStart {
                let local = (mark.utf8Range.lowerBound - segment.utf8Start)..<(mark.utf8Range.upperBound - segment.utf8Start)
                guard let leading = wrap(remaining, range: local, mark: mark) else { break }
                remaining = leading
                previousStart = mark.utf8Range.lowerBound
            }
        }
    }

    /// Splits `node` into leading text, the mark, trailing text. Returns the
    /// node holding the leading text (the original, shortened).
    private static func wrap(_ node: OpaquePointer, range: Range<Int>, mark: InlineMark) -> OpaquePointer? {
        let bytes = Array(Cmark.literal(node).utf8)
        guard range.upperBound <= bytes.count,
              let leading = String(validating: bytes[..<range.lowerBound], as: UTF8.self),
              let marked = String(validating: bytes[range], as: UTF8.self),
              let trailing = String(validating: bytes[range.upperBound...], as: UTF8.self)
        else { return nil }
        let opening = "<mark id=\"\(HTMLEscaping.escape(mark.id))\" class=\"\(HTMLEscaping.escape(mark.cssClass))\" title=\"\(HTMLEscaping.escape(mark.title))\">"
        guard let container = Cmark.newCustom(CMARK_NODE_CUSTOM_INLINE, onEnter: opening, onExit: "</mark>"),
              let inner = Cmark.newText(marked)
        else { return nil }
        cmark_node_append_child(container, inner)
        cmark_node_insert_after(node, container)
        if !trailing.isEmpty, let after = Cmark.newText(trailing) {
            cmark_node_insert_after(container, after)
        }
        cmark_node_set_literal(node, leading)
        return node
    }
}
