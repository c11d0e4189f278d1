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
        // Copied into the new string's storage: four appends cost more than the bytes.
        var prefix = prefix, path = path, fragment = fragment
        let count = prefix.utf8.count + path.utf8.count + 1 + fragment.utf8.count
        return String(unsafeUninitializedCapacity: count) { url in
            var end = copy(&prefix, into: url, at: 0)
            end = copy(&path, into: url, at: end)
            url[end] = UInt8(ascii: "#")
            return copy(&fragment, into: url, at: end + 1)
        }
    }

    /// Copies `text`'s bytes into `buffer` at `start`; where they end. (A function, not a
    /// closure over the position, which Swift would check for exclusive access at each call.)
    private static func copy(_ text: inout String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        text.withUTF8 { bytes in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[start...]).initialize(fromContentsOf: bytes)
            return start + bytes.count
        }
    }

    /// `../../` for `regions/lanzhou/index.html`, `` for `index.html`.
    static func rootPrefix(for page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
