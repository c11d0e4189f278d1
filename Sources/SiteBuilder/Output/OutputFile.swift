/// One file of the built site, relative to the output folder.
public struct OutputFile: Sendable, Equatable {
    /// Always `/`-separated and relative, e.g. `regions/lanzhou/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// Relative links between pages, so the site works at a web root, under a
/// subpath and straight from disk. Links name `index.html` explicitly because
/// a browser opening files does not look for it in a folder.
enum RelativeURL {
    /// From the page at `fromPage` to the file `target` (both site-relative).
    static func link(from fromPage: String, to target: String) -> String {
        rootPrefix(for: fromPage) + target
    }

    /// `prefix` + `path#fragment`, made in one piece: pages and exports link
    /// each of a site's million figures.
    static func withFragment(_ path: String, fragment: String, after prefix: String = "") -> String {
        var url = ""
        url.reserveCapacity(prefix.utf8.count + path.utf8.count + 1 + fragment.utf8.count)
        url += prefix
        url += path
        url += "#"
        url += fragment
        return url
    }

    /// `../../` for `regions/lanzhou/index.html`, `` for `index.html`.
    static func rootPrefix(for page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
