import CLibXML2

/// A site's news feed saved as a file (RSS 2.0, RSS 1.0 or Atom), read with libxml2's
/// XML parser and laid out as a page: the feed's title as the headline, then each
/// item's title as a heading over its body, whose HTML (CDATA or escaped) is read as
/// any saved page's is. The page remembers where each item stands in the feed, so the
/// lines import reports are the feed's own.
enum NewsFeed {
    struct Page {
        var html: String
        /// A page line and the feed line it came from, in order: every line after one
        /// until the next came from the lines after that feed line.
        var anchors: [(pageLine: Int, feedLine: Int)]

        /// The feed's line for a line of the page.
        func feedLine(_ pageLine: Int) -> Int {
            guard let anchor = anchors.last(where: { $0.pageLine <= pageLine }) else { return pageLine }
            return anchor.feedLine + pageLine - anchor.pageLine
        }
    }

    /// Whether `text` is a feed: it opens with an XML declaration or the feed's own
    /// element, and an `<rss`, `<feed` or `<rdf:RDF` element starts near the top.
    static func isFeed(_ text: String) -> Bool {
        let opening = String(text.unicodeScalars.drop(while: { $0.properties.isWhitespace || $0 == "\u{FEFF}" }).prefix(1500))
        guard opening.hasPrefix("<?xml") || opening.hasPrefix("<rss") || opening.hasPrefix("<feed") || opening.hasPrefix("<rdf:RDF")
        else { return false }
        return opening.contains("<rss") || opening.contains("<feed") || opening.contains("<rdf:RDF")
    }

    /// The feed laid out as a page, or nil when libxml2 finds no feed in it.
    static func page(of feed: String) -> Page? {
        let bytes = Array(feed.utf8)
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), ["rss", "feed", "RDF"].contains(name(of: root)) else { return nil }
        // RSS 2.0 keeps its items in the channel; RSS 1.0 beside it; Atom calls them entries.
        let channel = children(of: root).first { name(of: $0) == "channel" }
        let items = (channel.map(children) ?? []).filter { name(of: $0) == "item" }
            + children(of: root).filter { ["item", "entry"].contains(name(of: $0)) }
        guard !items.isEmpty else { return nil }
        let about = channel ?? root

        var lines = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">"]
        var anchors: [(pageLine: Int, feedLine: Int)] = []
        if let date = items.lazy.compactMap(publishedDate).max() {
            lines.append("<meta name=\"PubDate\" content=\"\(date)\">")
        }
        if let address = link(of: about) { lines.append("<link rel=\"canonical\" href=\"\(escaped(address))\">") }
        lines.append("</head><body>")
        if let title = child("title", of: about) {
            anchors.append((lines.count + 1, Int(xmlGetLineNo(title))))
            lines.append("<h1>\(escaped(text(of: title)))</h1>")
        }
        for item in items {
            if let title = child("title", of: item) {
                anchors.append((lines.count + 1, Int(xmlGetLineNo(title))))
                lines.append("<h2>\(escaped(text(of: title)))</h2>")
            }
            guard let body = ["content", "encoded", "description", "summary"].lazy.compactMap({ child($0, of: item) }).first
            else { continue }
            anchors.append((lines.count + 1, Int(xmlGetLineNo(body))))
            lines.append("<div>" + text(of: body))
            lines.append("</div>")
        }
        lines.append("</body></html>")
        return Page(html: lines.joined(separator: "\n"), anchors: anchors)
    }

    // MARK: Reading the feed's elements

    private static func name(of node: UnsafeMutablePointer<xmlNode>) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func children(of node: UnsafeMutablePointer<xmlNode>) -> [UnsafeMutablePointer<xmlNode>] {
        var found: [UnsafeMutablePointer<xmlNode>] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    private static func child(_ wanted: String, of node: UnsafeMutablePointer<xmlNode>) -> UnsafeMutablePointer<xmlNode>? {
        children(of: node).first { name(of: $0) == wanted }
    }

    /// The text and CDATA under an element, in order.
    private static func text(of node: UnsafeMutablePointer<xmlNode>) -> String {
        var pieces: [String] = []
        func collect(_ node: UnsafeMutablePointer<xmlNode>) {
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                   let content = current.pointee.content {
                    pieces.append(String(cString: content))
                } else if current.pointee.type == XML_ELEMENT_NODE {
                    collect(current)
                }
                child = current.pointee.next
            }
        }
        collect(node)
        return pieces.joined()
    }

    /// RSS's `<link>` text, or Atom's `<link href>` that is not another's (`rel="self"`).
    private static func link(of node: UnsafeMutablePointer<xmlNode>) -> String? {
        for element in children(of: node) where name(of: element) == "link" {
            if let href = attribute(element, "href") {
                if (attribute(element, "rel") ?? "alternate") == "alternate" { return href }
            } else {
                let address = text(of: element).trimmingSpaces
                if !address.isEmpty { return address }
            }
        }
        return nil
    }

    /// An item's day as YYYY-MM-DD: RSS's `pubDate` (`Sat, 14 Dec 2024 10:05:00 +0800`),
    /// Dublin Core's or Atom's (`2024-12-14T10:05:00+08:00`).
    private static func publishedDate(of item: UnsafeMutablePointer<xmlNode>) -> String? {
        for element in children(of: item) where ["pubDate", "date", "published", "updated"].contains(name(of: element)) {
            let written = text(of: element)
            if let iso = written.firstMatch(of: #/(\d{4})-(\d{2})-(\d{2})/#) {
                return "\(iso.output.1)-\(iso.output.2)-\(iso.output.3)"
            }
            if let rfc = written.firstMatch(of: #/(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{4})/#),
               let month = months.firstIndex(of: rfc.output.2.lowercased()) {
                let day = Int(rfc.output.1)!
                return "\(rfc.output.3)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
            }
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
