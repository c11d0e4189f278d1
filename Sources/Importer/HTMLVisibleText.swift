import CLibXML2
import Foundation

/// An HTML element's attribute value: its text child, read in place (nothing to free).
func attribute(_ node: UnsafeMutablePointer<xmlNode>, _ name: String) -> String? {
    xmlHasProp(node, name)?.pointee.children?.pointee.content.map { String(cString: $0) }
}

/// Collects a tree's visible text as `innerText` lays it out.
struct VisibleText {
    /// Text pieces and the line breaks required between them; a run of
    /// requirements becomes the largest of them.
    private enum Item {
        case text(String, line: Int)
        case breaks(Int)
    }

    private var items: [Item] = []
    /// Menus and lists of other pages' links, left out (see `LinkLists`).
    private let linkLists: Set<UnsafeMutablePointer<xmlNode>>

    init(leavingOut linkLists: Set<UnsafeMutablePointer<xmlNode>>) {
        self.linkLists = linkLists
    }

    static let hidden: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed",
        "svg", "canvas", "audio", "video", "select", "option", "button", "input", "textarea", "map",
    ]
    static let paragraphs: Set<String> = ["p"]
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "pre", "section",
        "summary", "table", "caption", "tbody", "thead", "tfoot", "ul", "tr",
    ]

    mutating func visit(_ node: UnsafeMutablePointer<xmlNode>, preformatted: Bool = false) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            let text = String(cString: content)
            // libxml2 numbers a text by the line it ends on.
            let breaks = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            items.append(.text(text, line: max(1, Int(xmlGetLineNo(node)) - breaks)))
            if !preformatted { collapseLast() }
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            guard !Self.isHidden(node, named: name), !linkLists.contains(node) else { return }
            if name == "br" {
                items.append(.text("\n", line: Int(xmlGetLineNo(node))))
                return
            }
            let required = Self.paragraphs.contains(name) ? 2 : (Self.blocks.contains(name) ? 1 : 0)
            if required > 0 { items.append(.breaks(required)) }
            var child = node.pointee.children
            while let current = child {
                visit(current, preformatted: preformatted || name == "pre")
                child = current.pointee.next
            }
            // A cell is followed by a tab unless it is its row's last.
            if name == "td" || name == "th", hasLaterCell(node) { items.append(.text("\t", line: 0)) }
            if required > 0 { items.append(.breaks(required)) }
        default:
            return
        }
    }

    /// Never shown: the head, scripts, controls; or `hidden`, or an inline
    /// style of `display:none` or `visibility:hidden`.
    static func isHidden(_ node: UnsafeMutablePointer<xmlNode>, named name: String) -> Bool {
        if hidden.contains(name) || xmlHasProp(node, "hidden") != nil { return true }
        guard let style = attribute(node, "style") else { return false }
        let declarations = style.lowercased().filter { !$0.isWhitespace }
        return declarations.contains("display:none") || declarations.contains("visibility:hidden")
    }

    private func hasLaterCell(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        var sibling = node.pointee.next
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = String(cString: current.pointee.name).lowercased()
                if name == "td" || name == "th" { return true }
            }
            sibling = current.pointee.next
        }
        return false
    }

    /// Collapses the white space of the text just added: runs become one
    /// space, and a run that breaks a line between two wide characters goes.
    private mutating func collapseLast() {
        guard case .text(let text, let line)? = items.last else { return }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" {
                pendingSpace = true
                if scalar == "\n" { pendingBreak = true }
                continue
            }
            if pendingSpace {
                let betweenWide = pendingBreak && (output.last.map(Self.isWide) ?? false) && Self.isWide(scalar)
                if !betweenWide { output.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            output.append(scalar)
        }
        if pendingSpace { output.append(" ") }
        items[items.count - 1] = .text(String(output), line: line)
    }

    /// Chinese characters, fullwidth punctuation and the like, whose lines
    /// CSS joins without a space.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2E80 && !(0xD800...0xDFFF).contains(scalar.value)
    }

    /// The text, each line trimmed of the spaces collapsing left at its ends,
    /// with the source line each output line starts on. Required breaks
    /// count only between pieces of text: white space alone takes none.
    func finished() -> HTMLPage.Text {
        var lines: [String] = []
        var sourceLines: [Int] = []
        var current = ""
        var currentLine = 0
        var pendingBreaks = 0
        var lastSourceLine = 1

        func endLine() {
            lines.append(current.trimmingCharacters(in: [" "]))
            sourceLines.append(currentLine > 0 ? currentLine : lastSourceLine)
            current = ""
            currentLine = 0
        }
        func applyBreaks() {
            if pendingBreaks > 0, !lines.isEmpty || !current.isEmpty {
                if !current.isEmpty { endLine() }
                if pendingBreaks > 1, let last = lines.last, !last.isEmpty { endLine() }
            }
            pendingBreaks = 0
        }
        func add(_ piece: Substring) {
            if current.isEmpty || pendingBreaks > 0, piece.allSatisfy({ $0 == " " }) { return }
            applyBreaks()
            if current.isEmpty { currentLine = lastSourceLine }
            current += piece
        }
        for item in items {
            switch item {
            case .breaks(let count):
                pendingBreaks = max(pendingBreaks, count)
            case .text(let text, let line):
                if line > 0 { lastSourceLine = line }
                for (index, piece) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 {
                        // A `<br>`, or a line of `<pre>`: it ends the line, after any required breaks.
                        applyBreaks()
                        endLine()
                        if line > 0 { lastSourceLine = line + index }
                    }
                    if !piece.isEmpty { add(piece) }
                }
            }
        }
        if !current.isEmpty { endLine() }
        while let last = lines.last, last.isEmpty {
            lines.removeLast()
            sourceLines.removeLast()
        }
        return HTMLPage.Text(text: lines.joined(separator: "\n"), sourceLines: sourceLines)
    }
}
