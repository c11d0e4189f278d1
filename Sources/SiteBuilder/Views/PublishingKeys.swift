import CompiledMustache

/// The keys of every page that concern publishing: favicon, print
/// stylesheet, the table-sorting script, the feed, Open Graph, and the
/// canonical URL (empty without `base_url`, which alone makes it known).
extension PageContext {
    static let faviconPath = "assets/favicon.svg"
    static let printStylesheetPath = "assets/print.css"
    static let tableSortScriptPath = "assets/table-sort.js"

    func publishingKeys(description: String) -> [String: TemplateValue] {
        [
            "favicon_url": .text(link(Self.faviconPath)),
            "print_stylesheet_url": .text(link(Self.printStylesheetPath)),
            "table_sort_script_url": .text(link(Self.tableSortScriptPath)),
            "feed_url": .text(link(AtomFeed.path)),
            "canonical_url": .text(SiteAddress(baseURL: site.baseURL)?.absolute(pagePath) ?? ""),
            // A page with no lead of its own is described by the site.
            "og_description": .text(description.isEmpty ? site.description : description),
            "og_locale": .text(Self.locale(site.language)),
            "noindex": false,
        ]
    }

    /// `zh_CN` for `zh-CN`: Open Graph's spelling of a language tag. Made
    /// for every page, so without Foundation's string search.
    static func locale(_ language: String) -> String {
        // A hyphen is one byte and no part of any other scalar's UTF-8.
        String(decoding: language.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}
