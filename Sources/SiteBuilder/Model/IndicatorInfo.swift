import ContentFormat

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
///
/// Held as positions in the site's regions, not as copies: every indicator
/// keeps a table of these, two entries per region and indicator, and a copy of
/// a region, report and figure is hundreds of bytes and dozens of references.
struct RankedFigure: Sendable {
    private let regions: [Region]
    private let regionPosition: Int32
    private let reportPosition: Int32
    private let factPosition: Int32

    init(regions: [Region], region: Int, report: Int, fact: Int) {
        self.regions = regions
        self.regionPosition = Int32(region)
        self.reportPosition = Int32(report)
        self.factPosition = Int32(fact)
    }

    var region: Region { regions[Int(regionPosition)] }
    var report: RenderedReport { regions[Int(regionPosition)].reports[Int(reportPosition)] }
    var fact: SiteFact { regions[Int(regionPosition)].reports[Int(reportPosition)].facts[Int(factPosition)] }
    var year: Int? { regions[Int(regionPosition)].reports[Int(reportPosition)].document.frontMatter.effectiveYear }

    // Single values read in place: `region` and `report` copy a whole region or report.

    var regionDisplayName: String { regions[Int(regionPosition)].displayName }
    var regionSlug: String { regions[Int(regionPosition)].slug }
    var reportSlug: String { regions[Int(regionPosition)].reports[Int(reportPosition)].slug }
    var regionPagePath: String { regions[Int(regionPosition)].pagePath }
    var regionLevel: RegionLevel? { regions[Int(regionPosition)].level }
    var isDistrict: Bool { regions[Int(regionPosition)].parent != nil }
    var value: Double { regions[Int(regionPosition)].reports[Int(reportPosition)].facts[Int(factPosition)].value }

    /// The page that shows the figure's report: `Region.pagePath(of:)`.
    var reportPagePath: String {
        let region = Int(regionPosition)
        guard regions[region].reports.count > 1 else { return regions[region].pagePath }
        return "reports/\(regions[region].reports[Int(reportPosition)].slug)/index.html"
    }
}

/// One indicator's figures across the site.
struct IndicatorFigures: Sendable {
    /// Each region's newest figure, largest first: the ranking.
    var latest: [RankedFigure] = []
    /// Every report's figure, region by region: the time series.
    var all: [RankedFigure] = []

    /// A region's figure is taken from each report's first statement of the
    /// indicator; its newest report that states one ranks it.
    static func gather(_ regions: [Region]) -> [String: IndicatorFigures] {
        var gathered: [String: IndicatorFigures] = [:]
        // By position, reading ids in place: a loop over values copies each
        // region, report and figure, dozens of references each.
        for regionPosition in regions.indices {
            var ranked: Set<String> = []
            for reportPosition in regions[regionPosition].reports.indices {
                var seen: Set<String> = []
                let facts = regions[regionPosition].reports[reportPosition].facts
                for factPosition in facts.indices {
                    guard let id = facts[factPosition].indicatorID, seen.insert(id).inserted else { continue }
                    let figure = RankedFigure(regions: regions, region: regionPosition, report: reportPosition, fact: factPosition)
                    gathered[id, default: IndicatorFigures()].all.append(figure)
                    if ranked.insert(id).inserted { gathered[id, default: IndicatorFigures()].latest.append(figure) }
                }
            }
        }
        // Ranked on all cores, an indicator each: the site's pages wait for these tables.
        let ids = Array(gathered.keys)
        let unranked = ids.map { gathered[$0]?.latest ?? [] }
        let rankings = unranked.parallelMap(ranked)
        var tables: [String: IndicatorFigures] = [:]
        for (id, ranking) in zip(ids, rankings) {
            tables[id] = IndicatorFigures(latest: ranking, all: gathered[id]?.all ?? [])
        }
        return tables
    }

    /// Largest figure first; equal figures by region name. The names are
    /// made once per figure, not once per comparison.
    static func ranked(_ figures: [RankedFigure]) -> [RankedFigure] {
        let keyed = figures.map { (value: $0.value, name: $0.regionDisplayName, figure: $0) }
        return keyed.sorted { ($0.value, $1.name) > ($1.value, $0.name) }.map(\.figure)
    }
}
