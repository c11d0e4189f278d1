import CLibXML2
import ContentFormat
import Foundation

/// A web page saved as HTML (a browser's "Save page as", `curl` output):
/// its text as a browser would give it on copying, read with libxml2's HTML
/// parser. The rest of the import then treats it as copied text.
///
/// The text follows the HTML standard's `innerText`: a paragraph is set off
/// by a blank line, other blocks by a line break, table cells by tabs, and
/// `<br>` breaks a line. What a reader never sees is left out: the head,
/// scripts, styles, forms' controls, and elements marked `hidden` or styled
/// `display:none`. Runs of white space collapse to one space, and a line
/// break in the source between two Chinese characters is dropped, as CSS
/// does for East Asian text. Menus and lists of other stories, which a
/// reader copying the article would not select, are left out too.
enum HTMLPage {
    struct Text: Equatable {
        var text: String
        /// The page's source line each line of `text` starts on (1-based).
        var sourceLines: [Int]
        var head = PageHead()
    }

    /// Whether `text` is an HTML document rather than copied text: the file
    /// is named as one, or it opens with a doctype or an `<html>` tag.
    static func isDocument(_ text: String, path: String) -> Bool {
        let lowered = path.lowercased()
        if [".html", ".htm", ".shtml", ".xhtml"].contains(where: { lowered.hasSuffix($0) }) { return true }
        let opening = text.unicodeScalars.drop(while: { $0.properties.isWhitespace || $0 == "\u{FEFF}" })
            .prefix(14).map { Character($0).lowercased() }.joined()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }

    /// libxml2 sets its globals up on first use, which is not safe from two
    /// threads at once; a static is initialised once, under a lock.
    private static let parserReady: Void = xmlInitParser()

    /// The page's visible text, or nil when libxml2 finds no document in it.
    static func text(of page: String) -> Text? {
        _ = parserReady
        let bytes = Array(page.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        // The text is already decoded, so libxml2 is told it is UTF-8 and
        // does not follow a `<meta charset="gbk">` the page may declare.
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var collector = VisibleText(leavingOut: LinkLists.find(under: root))
        collector.visit(root)
        var text = collector.finished()
        text.head = PageHead.read(document, root: root)
        return text
    }
}

/// What a saved page's head says about it: where it came from, and the
/// fields China's government sites carry in `<meta>` by the national
/// guideline for them (政府网站发展指引): ArticleTitle, PubDate,
/// ContentSource, SiteName, Url.
struct PageHead: Equatable {
    /// The page's own address: its canonical link, `og:url`, the `Url` meta,
    /// or the `<!-- saved from url=… -->` note a browser leaves.
    var address: String?
    var title: String?
    var publishedDate: ReportDate?
    var source: String?
    var siteName: String?

    static func read(_ document: UnsafeMutablePointer<xmlDoc>, root: UnsafeMutablePointer<xmlNode>) -> PageHead {
        var canonical: String?
        var meta: [String: String] = [:]
        func visit(_ node: UnsafeMutablePointer<xmlNode>) {
            guard node.pointee.type == XML_ELEMENT_NODE else { return }
            let name = String(cString: node.pointee.name).lowercased()
            if name == "link", attribute(node, "rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                canonical = canonical ?? attribute(node, "href")
            } else if name == "meta", let content = attribute(node, "content")?.trimmingCharacters(in: .whitespacesAndNewlines),
                      !content.isEmpty, let key = (attribute(node, "property") ?? attribute(node, "name"))?.lowercased() {
                meta[key] = meta[key] ?? content
            }
            var child = node.pointee.children
            while let current = child {
                visit(current)
                child = current.pointee.next
            }
        }
        visit(root)
        var head = PageHead()
        head.address = [canonical, meta["og:url"], meta["url"], savedFrom(document)].lazy.compactMap { $0.flatMap(web) }.first
        head.title = meta["articletitle"]
        head.publishedDate = meta["pubdate"].flatMap { $0.firstMatch(of: #/^(\d{4})-(\d{1,2})-(\d{1,2})/#) }
            .flatMap { ReportDate(year: Int($0.output.1)!, month: Int($0.output.2)!, day: Int($0.output.3)!) }
        head.source = meta["contentsource"]
        head.siteName = meta["sitename"]
        return head
    }

    /// `<!-- saved from url=(0041)https://… -->`, before the document element.
    private static func savedFrom(_ document: UnsafeMutablePointer<xmlDoc>) -> String? {
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_COMMENT_NODE, let content = current.pointee.content {
                let comment = String(cString: content)
                if let match = comment.firstMatch(of: #/saved from url=\(\d+\)(\S+)/#) { return String(match.output.1) }
            }
            node = current.pointee.next
        }
        return nil
    }

    /// An absolute http(s) address, trimmed; nil for anything else.
    private static func web(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
              !trimmed.contains(where: { $0.isWhitespace }) else { return nil }
        return trimmed
    }
}
