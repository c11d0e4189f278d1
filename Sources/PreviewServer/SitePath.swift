import Foundation

/// A path of the generated site (`regions/lanzhou/index.html`), as found by `SiteMount.route`.
struct SitePath: Sendable, Equatable {
    /// The key to look up, without a leading slash.
    var key: String
    /// The request named a folder (`/regions/lanzhou/`), so `key` ends in `index.html`.
    var namedFolder: Bool

    /// - Parameter segments: the decoded segments below the site's base path.
    init(segments: ArraySlice<String>, namedFolder: Bool) {
        self.namedFolder = namedFolder
        let joined = segments.joined(separator: "/")
        key = namedFolder ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// Where a folder named without its trailing slash lives, so the page's relative links resolve.
    var folderIndexKey: String { key + "/index.html" }
}

/// A request path, decoded and split into segments.
///
/// The site is a dictionary of generated files, so a path that is not one of
/// its keys cannot reach the disk; still, anything that looks like an escape
/// attempt is refused here already, so it answers 404 whatever the site holds.
struct RequestPath: Sendable, Equatable {
    /// Decoded, empty ones left out: `//assets//site.css` is `assets/site.css`.
    var segments: [String]
    var endsInSlash: Bool

    init?(_ raw: String) {
        // A backslash is a separator on Windows and in some browsers' URL
        // repair; an escape attempt either way, so it never names a file.
        guard raw.hasPrefix("/"), !raw.contains("\\"),
              let decoded = raw.removingPercentEncoding,
              !decoded.contains("\\"), !decoded.contains("\0")
        else { return nil }
        segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        endsInSlash = decoded.hasSuffix("/")
    }
}
