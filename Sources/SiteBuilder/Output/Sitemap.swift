/// `sitemap.xml`: every page but the 404 page, by absolute URL from
/// `base_url`. A page made from reports gets the newest report's date as
/// `lastmod` when the report has an exact date; the build time is never used.
enum Sitemap {
    static let path = "sitemap.xml"

    /// `pages` are the site paths of the HTML pages, in build order.
    static func file(pages: [String], address: SiteAddress, model: SiteModel) -> OutputFile {
        let dates = lastModified(model)
        let entries = pages.filter { $0 != NotFoundView.path }.map { page in
            var entry = "<url><loc>\(XMLText.escape(address.absolute(page)))</loc>"
            if let date = dates[page] { entry += "<lastmod>\(date)</lastmod>" }
            return entry + "</url>"
        }
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(entries.joined(separator: "\n"))
        </urlset>

        """
        return OutputFile(path: path, text: text)
    }

    /// Page path → `YYYY-MM-DD` of the newest report the page shows, when
    /// that report has an exact date. A page whose newest report is known
    /// only by its year gets none: a guessed date would be worse than none.
    static func lastModified(_ model: SiteModel) -> [String: String] {
        var dates: [String: String] = [:]
        for region in model.regions {
            for report in region.reports where region.reports.count > 1 {
                dates[region.pagePath(of: report)] = report.frontMatter.date?.description
            }
            dates[region.pagePath] = region.latest?.frontMatter.date?.description
        }
        let newest = model.regions.compactMap(\.latest).min(by: RegionAssembler.newestFirst)
        dates["index.html"] = newest?.frontMatter.date?.description
        return dates
    }
}
