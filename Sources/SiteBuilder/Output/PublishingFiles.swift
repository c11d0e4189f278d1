import ContentFormat

/// The files a published site has beside its pages: `sitemap.xml` (only
/// with `base_url`, else a warning says why it is missing), `feed.xml` and
/// `robots.txt`.
enum PublishingFiles {
    static func make(
        _ model: SiteModel, pages: [OutputFile], settingsPath: String
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let address = SiteAddress(baseURL: model.config.baseURL)
        var files = [AtomFeed.file(model, address: address), RobotsFile.file(address: address)]
        var diagnostics: [Diagnostic] = []
        let pagePaths = pages.map(\.path).filter { $0.hasSuffix(".html") }
        if let address {
            files.append(Sitemap.file(pages: pagePaths, address: address, model: model))
        } else {
            diagnostics.append(.warning(
                at: SourceLocation(path: settingsPath),
                "no base_url: sitemap.xml is not written and pages have no canonical link",
                hint: "set base_url in site.yml or pass --base-url, e.g. https://example.org/pufa/"
            ))
        }
        for report in AtomFeed.entries(model).undated {
            diagnostics.append(.warning(
                at: SourceLocation(path: report.document.path),
                "no date or year: the report is left out of feed.xml",
                hint: "add 'date: YYYY-MM-DD' or 'year: YYYY' to the front matter"
            ))
        }
        return (files, diagnostics)
    }
}
