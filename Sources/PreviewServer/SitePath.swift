import Foundation

/// A request path turned into a path of the generated site (`regions/lanzhou/index.html`).
///
/// The site is a dictionary of generated files, so a path that is not one of
/// its keys cannot reach the disk; still, anything that looks like an escape
/// attempt is refused here already, so it answers 404 whatever the site holds.
struct SitePath: Sendable, Equatable {
    /// The key to look up, without a leading slash.
    var key: String
    /// The request named a folder (`/regions/lanzhou/`), so `key` ends in `index.html`.
    var namedFolder: Bool

    init?(requestPath raw: String) {
        // A backslash is a separator on Windows and in some browsers' URL
        // repair; an escape attempt either way, so it never names a file.
        guard raw.hasPrefix("/"), !raw.contains("\\"),
              let decoded = raw.removingPercentEncoding,
              !decoded.contains("\\"), !decoded.contains("\0")
        else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        namedFolder = segments.isEmpty || decoded.hasSuffix("/")
        let joined = segments.joined(separator: "/")
        key = namedFolder ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// Where a folder named without its trailing slash lives, so the page's relative links resolve.
    var folderIndexKey: String { key + "/index.html" }
}
