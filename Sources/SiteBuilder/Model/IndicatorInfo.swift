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
/// a region and report is hundreds of bytes and dozens of references. The
/// figure itself is held: pages and tables read it for every row, and reached
/// through the regions it was several reads from memory apart.
struct RankedFigure: Sendable {
    private let regions: [Region]
    let fact: SiteFact
    private let regionPosition: Int32
    private let reportPosition: Int32
    /// The report's year, read with the figure: every row that shows the figure asks
    /// for it, and through the regions it is several reads from memory apart. Front
    /// matter years are four digits (the parser checks them), so they fit.
    private let reportYear: Int32?

    init(regions: [Region], region: Int, report: Int, fact: Int) {
        self.regions = regions
        self.regionPosition = Int32(region)
        self.reportPosition = Int32(report)
        self.fact = regions[region].reports[report].facts[fact]
        self.reportYear = regions[region].reports[report].document.frontMatter.effectiveYear.flatMap(Int32.init(exactly:))
    }

    var region: Region { regions[Int(regionPosition)] }
    /// The region's position in the site's regions.
    var regionIndex: Int { Int(regionPosition) }
    var report: RenderedReport { regions[Int(regionPosition)].reports[Int(reportPosition)] }
    var year: Int? { reportYear.map(Int.init) }

    // Single values read in place: `region` and `report` copy a whole region or report.

    var regionDisplayName: String { regions[Int(regionPosition)].displayName }
    var regionSlug: String { regions[Int(regionPosition)].slug }
    var reportSlug: String { regions[Int(regionPosition)].reports[Int(reportPosition)].slug }
    var regionPagePath: String { regions[Int(regionPosition)].pagePath }
    var regionLevel: RegionLevel? { regions[Int(regionPosition)].level }
    var isDistrict: Bool { regions[Int(regionPosition)].parent != nil }
    var value: Double { fact.value }

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
        // Each indicator is hashed once per figure, to its position here;
        // what a report or region has taken is marked by position. The
        // tables are made on one core while the pages that need them wait.
        var positions: [String: Int] = [:]
        var ids: [String] = []
        var latest: [[RankedFigure]] = []
        var all: [[RankedFigure]] = []
        // The last report (counted across the site) and region that took each indicator.
        var takenByReport: [Int] = []
        var takenByRegion: [Int] = []
        var reportNumber = 0
        // By position, reading ids in place: a loop over values copies each
        // region, report and figure, dozens of references each.
        for regionPosition in regions.indices {
            for reportPosition in regions[regionPosition].reports.indices {
                reportNumber += 1
                let facts = regions[regionPosition].reports[reportPosition].facts
                for factPosition in facts.indices {
                    guard let id = facts[factPosition].indicatorID else { continue }
                    let indicator: Int
                    if let known = positions[id] {
                        indicator = known
                    } else {
                        indicator = ids.count
                        positions[id] = indicator
                        ids.append(id)
                        latest.append([])
                        all.append([])
                        takenByReport.append(0)
                        takenByRegion.append(-1)
                    }
                    guard takenByReport[indicator] != reportNumber else { continue }
                    takenByReport[indicator] = reportNumber
                    let figure = RankedFigure(regions: regions, region: regionPosition, report: reportPosition, fact: factPosition)
                    all[indicator].append(figure)
                    if takenByRegion[indicator] != regionPosition {
                        takenByRegion[indicator] = regionPosition
                        latest[indicator].append(figure)
                    }
                }
            }
        }
        // Ranked on all cores, an indicator each.
        let rankings = latest.parallelMap(ranked)
        var tables: [String: IndicatorFigures] = [:]
        for (indicator, id) in ids.enumerated() {
            tables[id] = IndicatorFigures(latest: rankings[indicator], all: all[indicator])
        }
        return tables
    }

    /// Largest figure first; equal figures by region name. The keys are read
    /// once per figure, not once per comparison, and positions are sorted, not
    /// figures: each move of a figure would retain what it holds.
    static func ranked(_ figures: [RankedFigure]) -> [RankedFigure] {
        let values = figures.map(\.value)
        let names = figures.map(\.regionDisplayName)
        return figures.indices
            .sorted { (values[$0], names[$1]) > (values[$1], names[$0]) }
            .map { figures[$0] }
    }
}
