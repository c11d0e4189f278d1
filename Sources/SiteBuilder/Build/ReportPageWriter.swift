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
///
/// With `figures`, the report's records of the figure exports are written too,
/// and of its figures only those the rest of the site reads are kept.
struct ReportPageWriter: Sendable {
    private let skeleton: SiteModel
    private let pages: PageRenderer
    private let emit: @Sendable (OutputFile) -> Void
    private let figures: StreamedFactExports?
    /// Each report's place in the site's order (regions, then their reports), by slug.
    private let sitePositions: [String: Int]

    init(
        reports: [ValidReport], regionSlugs: [String: String], config: SiteConfig, indicators: [IndicatorInfo],
        templates: TemplateSet, emit: @escaping @Sendable (OutputFile) -> Void, figures: StreamedFactExports?
    ) {
        let placeholders = reports.map { report in
            RenderedReport(document: report.document, slug: report.slug, bodyHTML: [], outline: [], lead: "", facts: []).withoutSource()
        }
        let regions = RegionAssembler.regions(from: placeholders) { regionSlugs[$0.slug] ?? "" }
        skeleton = SiteModelBuilder.build(config: config, regions: regions, indicators: indicators)
        pages = PageRenderer(templates: templates, model: skeleton)
        self.emit = emit
        self.figures = figures
        let order = skeleton.regions.flatMap { $0.reports.map(\.slug) }
        sitePositions = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        figures?.expect(order.count)
    }

    /// The report's place in the site's order: rendering in it lets the
    /// figure exports be written as the reports come.
    func sitePosition(of slug: String) -> Int { sitePositions[slug] ?? Int.max }

    /// Writes the page of `report` (and its figures' records) and returns
    /// the report without its text (and the figures no other page reads).
    func writePage(of report: RenderedReport) -> RenderedReport {
        guard let position = skeleton.reportPosition(slug: report.slug) else { return report }
        var region = skeleton.regions[position.region]
        region.reports[position.report] = report
        emit(region.reports.count == 1 ? pages.region(region) : pages.report(report, in: region))
        var kept = report.withoutPageText()
        if let figures, let sitePosition = sitePositions[report.slug] {
            figures.add(FactExports.encodedRecords(of: report, in: region), at: sitePosition)
            kept.reduceToIndicatorFigures()
        }
        return kept
    }
}
