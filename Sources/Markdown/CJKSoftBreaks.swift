import CCmark

/// cmark turns a soft line break into a newline, which browsers show as a
/// space. Between Chinese characters that space is wrong, so such breaks go.
enum CJKSoftBreaks {
    static func remove(in document: OpaquePointer) {
        for node in Cmark.descendants(of: document) where Cmark.type(node) == CMARK_NODE_SOFTBREAK {
            guard let before = cmark_node_previous(node).flatMap({ edgeScalar(of: $0, last: true) }),
                  let after = cmark_node_next(node).flatMap({ edgeScalar(of: $0, last: false) }),
                  isCJK(before), isCJK(after)
            else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The character next to the break: the last (or first) of the nearest text
    /// inside a neighbouring inline such as emphasis or a link.
    private static func edgeScalar(of node: OpaquePointer, last: Bool) -> Unicode.Scalar? {
        let type = Cmark.type(node)
        if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
            let scalars = Cmark.literal(node).unicodeScalars
            return last ? scalars.last : scalars.first
        }
        let child = last ? cmark_node_last_child(node) : cmark_node_first_child(node)
        return child.flatMap { edgeScalar(of: $0, last: last) }
    }

    /// Han ideographs, CJK and full-width punctuation, and the curly quotes
    /// and dashes Chinese text uses between them.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3134F:
            true
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7:
            true
        default:
            false
        }
    }
}
