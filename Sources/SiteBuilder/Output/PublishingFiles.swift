import ContentFormat

/// The files a published site has beside its pages: `sitemap.xml` (only
/// with `base_url`, else a warning says why it is missing), `feed.xml` and
/// `robots.txt`.
enum PublishingFiles {
    static func paths(_ model: SiteModel) -> [String] {
        [AtomFeed.path, RobotsFile.path] + (SiteAddress(baseURL: model.config.baseURL) == nil ? [] : [Sitemap.path])
    }

    /// What a reader of the published site misses: the sitemap without
    /// `base_url`, and reports the feed cannot date.
    static func diagnostics(_ model: SiteModel, settingsPath: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if SiteAddress(baseURL: model.config.baseURL) == nil {
            diagnostics.append(.warning(
                at: SourceLocation(path: settingsPath),
                "no base_url: sitemap.xml is not written and pages have no canonical link",
                hint: "set base_url in site.yml or pass --base-url, e.g. https://example.org/pufa/"
            ))
        }
        for report in AtomFeed.undated(model) {
            diagnostics.append(.warning(
                at: SourceLocation(path: report.document.path),
                "no date or year: the report is left out of feed.xml",
                hint: "add 'date: YYYY-MM-DD' or 'year: YYYY' to the front matter"
            ))
        }
        return diagnostics
    }
}
