import Foundation

/// A link as written (`../lanzhou/index.html?x=1#f-3`), taken apart the way
/// a browser reads it: scheme, path (percent-decoded), query dropped, fragment.
struct LinkReference: Equatable {
    /// `https:`, `mailto:` and the like, or `//host/…`: not ours to resolve.
    var isExternal: Bool
    /// Decoded; empty for a link to the same page (`#f-3`).
    var path: String
    /// Decoded; nil when the link has no `#`.
    var fragment: String?

    init(_ written: String) {
        let link = written.trimmingCharacters(in: .whitespaces)
        isExternal = link.hasPrefix("//") || Self.hasScheme(link)
        var rest = Substring(link)
        fragment = nil
        if let hash = rest.firstIndex(of: "#") {
            let raw = String(rest[rest.index(after: hash)...])
            fragment = raw.removingPercentEncoding ?? raw
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        path = String(rest).removingPercentEncoding ?? String(rest)
    }

    var isAbsolutePath: Bool { !isExternal && path.hasPrefix("/") }

    /// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`,
    /// before any `/`, `?` or `#`.
    private static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":"), let first = link.unicodeScalars.first,
              first.isASCII, first.properties.isAlphabetic
        else { return false }
        return link[..<colon].unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
        }
    }

    /// `base` (a folder, `/`-separated, relative) joined with `relative`,
    /// `.` and `..` resolved; nil when `..` climbs above the root.
    static func join(folder base: [String], _ relative: String) -> [String]? {
        var parts = base
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts
    }
}
