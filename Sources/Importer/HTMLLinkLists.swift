import CLibXML2

/// The menus, lists of other stories (热点新闻, 相关阅读) and link bars a saved
/// page carries around its article, which a reader copying the article would
/// not select. An element is taken for one when it holds two links or more,
/// more than half its text is the links' text, and no run of its own text is
/// long enough to be prose. The page itself (`html`, `body`) never is.
///
/// This is the link-density test of boilerplate removal (as in jusText and
/// Readability), kept to what a report page needs: the headline, a single
/// link, and any element with a sentence of its own stay.
enum LinkLists {
    /// A run of text outside links this long (in characters, spaces not
    /// counted) is prose, and keeps its element.
    static let proseLength = 40

    static func find(under root: UnsafeMutablePointer<xmlNode>) -> Set<UnsafeMutablePointer<xmlNode>> {
        var found: Set<UnsafeMutablePointer<xmlNode>> = []
        _ = measure(root, insideLink: false, into: &found)
        return found
    }

    private struct Measure {
        var characters = 0
        var linkCharacters = 0
        var links = 0
        var longestPlainRun = 0

        mutating func add(_ other: Measure) {
            characters += other.characters
            linkCharacters += other.linkCharacters
            links += other.links
            longestPlainRun = max(longestPlainRun, other.longestPlainRun)
        }
    }

    private static func measure(_ node: UnsafeMutablePointer<xmlNode>, insideLink: Bool,
                                into found: inout Set<UnsafeMutablePointer<xmlNode>>) -> Measure {
        var result = Measure()
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return result }
            let count = String(cString: content).unicodeScalars.count { !$0.properties.isWhitespace }
            result.characters = count
            if insideLink { result.linkCharacters = count } else { result.longestPlainRun = count }
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            guard !VisibleText.isHidden(node, named: name) else { return result }
            let isLink = name == "a" && xmlHasProp(node, "href") != nil
            var child = node.pointee.children
            while let current = child {
                result.add(measure(current, insideLink: insideLink || isLink, into: &found))
                child = current.pointee.next
            }
            if isLink { result.links += 1 }
            if name != "html", name != "body", result.links >= 2, result.linkCharacters * 2 > result.characters,
               result.longestPlainRun < proseLength {
                found.insert(node)
            }
        default:
            break
        }
        return result
    }
}
