/// Where the published site lives, from `base_url`: the absolute URLs of the
/// sitemap, the feed and canonical links, and the path the 404 page's links
/// start from.
struct SiteAddress: Sendable, Equatable {
    /// `https://example.org/pufa/`, always ending in `/`.
    let base: String

    /// nil when no `base_url` is set: then nothing can be absolute.
    init?(baseURL: String?) {
        guard let baseURL, !baseURL.isEmpty else { return nil }
        base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// The absolute URL of a file of the site; a page is named by its folder.
    func absolute(_ sitePath: String) -> String { base + Self.folderForm(sitePath) }

    /// `/pufa/` for `https://example.org/pufa/`: links from this path work at
    /// any depth, on whichever host serves the site.
    var path: String {
        let afterScheme = base.range(of: "://").map { base[$0.upperBound...] } ?? base[...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        let path = afterScheme[slash...].prefix { $0 != "?" && $0 != "#" }
        return path.hasSuffix("/") ? String(path) : path + "/"
    }

    /// `regions/lanzhou/` for `regions/lanzhou/index.html`, `` for the index:
    /// the address a server answers with the folder's `index.html`.
    static func folderForm(_ sitePath: String) -> String {
        if sitePath == "index.html" { return "" }
        return sitePath.hasSuffix("/index.html") ? String(sitePath.dropLast("index.html".count)) : sitePath
    }
}
