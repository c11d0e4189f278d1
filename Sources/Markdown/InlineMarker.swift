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
        // One buffer of each for all the blocks, emptied for each: a block's text is made a String.
        var text: [UInt8] = []
        var segments: [Segment] = []
        for node in Cmark.descendants(of: document) {
            guard let kind = blockKind(of: node) else { continue }
            text.removeAll(keepingCapacity: true)
            segments.removeAll(keepingCapacity: true)
            collect(node, into: &text, segments: &segments)
            let block = TextBlock(
                kind: kind, text: String(decoding: text, as: UTF8.self),
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

    /// The block's text as UTF-8 (cmark's literals are valid UTF-8), made a
    /// `String` once for the whole block.
    private static func collect(_ node: OpaquePointer, into text: inout [UInt8], segments: inout [Segment]) {
        let type = Cmark.type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            let start = text.count
            Cmark.appendLiteral(of: node, to: &text)
            segments.append(Segment(node: type == CMARK_NODE_TEXT ? node : nil, utf8Start: start, utf8Count: text.count - start))
            return
        }
        if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
            segments.append(Segment(node: nil, utf8Start: text.count, utf8Count: 1))
            text.append(UInt8(ascii: "\n"))
            return
        }
        for child in Cmark.children(of: node) {
            collect(child, into: &text, segments: &segments)
        }
    }

    /// Marks are applied from the last to the first inside each text node:
    /// a mark that overlaps one after it is left out. The node's text is read
    /// once and cut into the text before, inside and after each mark.
    private static func apply(_ marks: [InlineMark], to segments: [Segment]) {
        for segment in segments {
            guard let node = segment.node else { continue }
            let inside = marks
                .filter { $0.utf8Range.lowerBound >= segment.utf8Start
                    && $0.utf8Range.upperBound <= segment.utf8Start + segment.utf8Count
                    && !$0.utf8Range.isEmpty }
                .sorted { $0.utf8Range.lowerBound > $1.utf8Range.lowerBound }
            guard !inside.isEmpty else { continue }
            let literal = Cmark.literalBytes(node)
            var leadingEnd = literal.count
            for mark in inside where mark.utf8Range.upperBound - segment.utf8Start <= leadingEnd {
                let local = (mark.utf8Range.lowerBound - segment.utf8Start)..<(mark.utf8Range.upperBound - segment.utf8Start)
                // A mark must start and end between characters, or it is left out with those before it.
                guard isCharacterBoundary(local.lowerBound, in: literal), isCharacterBoundary(local.upperBound, in: literal),
                      let container = container(for: mark, text: literal[local]) else { break }
                cmark_node_insert_after(node, container)
                if local.upperBound < leadingEnd, let after = Cmark.newText(literal[local.upperBound..<leadingEnd]) {
                    cmark_node_insert_after(container, after)
                }
                leadingEnd = local.lowerBound
            }
            if leadingEnd < literal.count { Cmark.setLiteral(node, literal[..<leadingEnd]) }
        }
    }

    /// Whether `offset` is the end of the text or the start of a UTF-8 sequence.
    private static func isCharacterBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset <= bytes.count && (offset == bytes.count || bytes[offset] & 0xC0 != 0x80)
    }

    /// `<mark>` around a text node of `text`.
    private static func container(for mark: InlineMark, text: ArraySlice<UInt8>) -> OpaquePointer? {
        // Written as bytes: a large site has a mark for each of its million figures.
        var opening: [UInt8] = []
        opening.reserveCapacity(mark.title.utf8.count + mark.id.utf8.count + mark.cssClass.utf8.count + 40)
        func attribute(_ start: [UInt8], _ value: String) {
            opening += start
            HTMLEscaping.append(value, to: &opening)
        }
        attribute(markID, mark.id)
        attribute(markClass, mark.cssClass)
        attribute(markTitle, mark.title)
        opening += markOpeningEnd
        guard let container = Cmark.newCustom(CMARK_NODE_CUSTOM_INLINE, onEnter: opening, onExit: markClosing),
              let inner = Cmark.newText(text)
        else { return nil }
        cmark_node_append_child(container, inner)
        return container
    }

    private static let markID = Array("<mark id=\"".utf8)
    private static let markClass = Array("\" class=\"".utf8)
    private static let markTitle = Array("\" title=\"".utf8)
    private static let markOpeningEnd = Array("\">\0".utf8)
    private static let markClosing = Array("</mark>\0".utf8)
}
