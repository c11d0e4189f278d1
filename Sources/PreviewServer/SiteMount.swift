import Foundation

/// Where the preview serves a site: the path of its `base_url` (`/pufa/` for
/// `https://example.org/pufa/`), or `/`. Serving where the site will be
/// published is what makes the 404 page's links, which start at that path, work.
///
/// `route` is the one place a request path becomes a site path; the
/// middleware renders by it and the responder answers by it.
struct SiteMount: Sendable, Equatable {
    /// Percent-encoded, starting and ending in `/`: fit for `Location` and the address `serve` prints.
    let path: String
    /// Decoded, compared with a request's decoded segments.
    let segments: [String]

    /// - Parameter basePath: `SitePlan.basePath`, as `base_url` spells it.
    init(basePath: String) {
        segments = (basePath.removingPercentEncoding ?? basePath).split(separator: "/").map(String.init)
        let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
        path = encoded.isEmpty ? "/" : "/" + encoded.joined(separator: "/") + "/"
    }

    static let root = SiteMount(basePath: "/")

    func route(_ requestPath: String) -> SiteRoute {
        guard let request = RequestPath(requestPath) else { return .notFound }
        guard request.segments.starts(with: segments) else {
            // The server's root is what people type; send them to the site.
            return request.segments.isEmpty ? .redirect(to: path) : .notFound
        }
        let below = request.segments.dropFirst(segments.count)
        if below.isEmpty && !request.endsInSlash && !segments.isEmpty { return .redirect(to: path) }
        return .file(SitePath(segments: below, namedFolder: below.isEmpty || request.endsInSlash))
    }
}

/// What a request path asks of the site.
enum SiteRoute: Sendable, Equatable {
    /// A path inside the site, which may or may not hold a file.
    case file(SitePath)
    /// `/` or `/pufa` for a site under `/pufa/`. Temporary: an edit to
    /// `site.yml` can move the site, and a browser keeps a permanent redirect.
    case redirect(to: String)
    /// An escape attempt, or a path outside the site's base path.
    case notFound
}
