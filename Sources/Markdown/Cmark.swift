import CCmark
import Foundation

/// Small helpers over the C API; pointers are only borrowed here.
enum Cmark {
    /// The caller owns the result and frees it with `cmark_node_free`.
    static func parseDocument(_ source: String) -> OpaquePointer? {
        // cmark reads the String's own UTF-8: it copies what it keeps.
        var source = source
        return source.withUTF8 { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
    }

    static func renderHTML(_ node: OpaquePointer, options: Int32) -> String {
        guard let cString = cmark_render_html(node, options) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }

    /// The HTML as cmark writes it: valid UTF-8 (cmark replaces any invalid
    /// input), so it is taken as bytes without the check a `String` makes.
    static func renderHTMLBytes(_ node: OpaquePointer, options: Int32) -> [UInt8] {
        guard let cString = cmark_render_html(node, options) else { return [] }
        defer { free(cString) }
        let count = strlen(cString)
        return cString.withMemoryRebound(to: UInt8.self, capacity: count + 1) {
            Array(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// A node's literal as bytes, without making a `String` of it.
    static func literalBytes(_ node: OpaquePointer) -> [UInt8] {
        var bytes: [UInt8] = []
        appendLiteral(of: node, to: &bytes)
        return bytes
    }

    /// Appends a node's literal to UTF-8 bytes.
    static func appendLiteral(of node: OpaquePointer, to bytes: inout [UInt8]) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let count = strlen(literal)
        literal.withMemoryRebound(to: UInt8.self, capacity: count + 1) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Sets a node's literal to UTF-8 bytes (cmark copies them).
    static func setLiteral(_ node: OpaquePointer, _ bytes: ArraySlice<UInt8>) {
        var terminated = Array(bytes)
        terminated.append(0)
        terminated.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { _ = cmark_node_set_literal(node, $0) }
        }
    }

    static func newText(_ bytes: ArraySlice<UInt8>) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        setLiteral(node, bytes)
        return node
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Every node below `root`, in document order, collected before any
    /// caller changes the tree.
    static func descendants(of root: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(node)
            }
        }
        return result
    }

    static func newText(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    /// A node whose HTML is written as given: only ever fed with markup this
    /// module built and escaped itself.
    static func newCustom(_ type: cmark_node_type, onEnter: String, onExit: String) -> OpaquePointer? {
        guard let node = cmark_node_new(type) else { return nil }
        cmark_node_set_on_enter(node, onEnter)
        cmark_node_set_on_exit(node, onExit)
        return node
    }

    /// The same with NUL-terminated UTF-8 (cmark copies them).
    static func newCustom(_ type: cmark_node_type, onEnter: [UInt8], onExit: [UInt8]) -> OpaquePointer? {
        precondition(onEnter.last == 0 && onExit.last == 0, "NUL-terminated")
        guard let node = cmark_node_new(type) else { return nil }
        onEnter.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_enter(node, $0.baseAddress) }
        }
        onExit.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_on_exit(node, $0.baseAddress) }
        }
        return node
    }
}
