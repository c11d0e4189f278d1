/// What the site knows about one catalog indicator, in display order.
public struct IndicatorInfo: Sendable, Equatable {
    public var id: String
    public var label: String
    /// The theme's display name.
    public var theme: String
    public var units: [String]
    public var order: Int

    public init(id: String, label: String, theme: String, units: [String], order: Int) {
        self.id = id
        self.label = label
        self.theme = theme
        self.units = units
        self.order = order
    }

    var pagePath: String { "indicators/\(id)/index.html" }
}

/// One region's figure for an indicator, as the indicator page ranks them.
struct RankedFigure {
    var region: Region
    var report: RenderedReport
    var fact: SiteFact

    var year: Int? { report.frontMatter.effectiveYear }
}

extension SiteModel {
    /// Every region's figures for `indicator`: the newest report's figure
    /// for the ranking, every report's for the time series.
    func figures(for indicator: String) -> (latest: [RankedFigure], all: [RankedFigure]) {
        var latest: [RankedFigure] = []
        var all: [RankedFigure] = []
        for region in regions {
            for (index, report) in region.reports.enumerated() {
                guard let fact = report.facts.first(where: { $0.indicatorID == indicator }) else { continue }
                let figure = RankedFigure(region: region, report: report, fact: fact)
                all.append(figure)
                if index == 0 || !latest.contains(where: { $0.region.slug == region.slug }) { latest.append(figure) }
            }
        }
        latest.sort { ($0.fact.value, $1.region.displayName) > ($1.fact.value, $0.region.displayName) }
        return (latest, all)
    }
}
