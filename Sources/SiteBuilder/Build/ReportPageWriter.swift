import ContentFormat

/// For a one-off build: the page that shows a report's text (its region's
/// page, or its own page when the region has several reports) is made as soon
/// as the report is rendered, handed to `emit`, and the report's text is then
/// dropped. Holding every rendered text until the page step was a third of a
/// large build's memory.
///
/// Those pages read nothing of other reports: only the region's place among
/// the regions (parent, children), which the front matter already settles.
/// So they are made against a skeleton of the site built from the front
/// matter, with this report put in its place.
struct ReportPageWriter: Sendable {
    private let skeleton: SiteModel
    private let pages: PageRenderer
    private let emit: @Sendable (OutputFile) -> Void

    init(
        reports: [ValidReport], regionSlugs: [String: String], config: SiteConfig, indicators: [IndicatorInfo],
        templates: TemplateSet, emit: @escaping @Sendable (OutputFile) -> Void
    ) {
        let placeholders = reports.map { report in
            RenderedReport(document: report.document, slug: report.slug, bodyHTML: "", outline: [], lead: "", facts: []).withoutSource()
        }
        let regions = RegionAssembler.regions(from: placeholders) { regionSlugs[$0.slug] ?? "" }
        skeleton = SiteModelBuilder.build(config: config, regions: regions, indicators: indicators)
        pages = PageRenderer(templates: templates, model: skeleton)
        self.emit = emit
    }

    /// Writes the page of `report` and returns the report without its text.
    func writePage(of report: RenderedReport) -> RenderedReport {
        guard let position = skeleton.reportPosition(slug: report.slug) else { return report }
        var region = skeleton.regions[position.region]
        region.reports[position.report] = report
        emit(region.reports.count == 1 ? pages.region(region) : pages.report(report, in: region))
        return report.withoutPageText()
    }
}
