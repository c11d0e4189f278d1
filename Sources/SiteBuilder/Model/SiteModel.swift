import ContentFormat
import Synchronization

/// One report after rendering: its HTML, outline, lead and figures.
struct RenderedReport: Sendable {
    var document: ReportDocument
    var slug: String
    /// Valid UTF-8, as cmark writes it.
    var bodyHTML: [UInt8]
    var outline: [OutlineEntry]
    var lead: String
    var facts: [SiteFact]
    /// Set once the pages that show the text have been written and the text
    /// dropped: those pages must not be made from this report again.
    private(set) var pageTextDropped = false
    /// Set once only the first figure of each indicator is kept: the figure
    /// exports, which list every figure, must not be made from this report again.
    private(set) var figuresReduced = false

    var frontMatter: FrontMatter { document.frontMatter }

    /// The same report without its Markdown, which nothing after rendering reads.
    func withoutSource() -> RenderedReport {
        var report = self
        report.document.body = ""
        return report
    }

    /// The same report without its Markdown, HTML and outline, once its own
    /// page is written: the rest of the site reads only its lead and figures.
    func withoutPageText() -> RenderedReport {
        var report = withoutSource()
        report.bodyHTML = []
        report.outline = []
        report.pageTextDropped = true
        return report
    }

    /// Keeps only the figures the site-wide pages and tables read: each
    /// indicator's first, in the report's order. The report's own summary
    /// shows every figure and the exports list them; nothing else does.
    mutating func reduceToIndicatorFigures() {
        var seen: Set<String> = []
        let kept = facts.indices.filter { facts[$0].indicatorID.map { seen.insert($0).inserted } ?? false }
        // Exactly as long as needed: a large site holds a hundred thousand of these.
        var reduced: [SiteFact] = []
        reduced.reserveCapacity(kept.count)
        for index in kept { reduced.append(facts[index]) }
        facts = reduced
        figuresReduced = true
    }
}

struct OutlineEntry: Sendable, Equatable {
    var level: Int
    var text: String
    var id: String
}

/// A place with at least one report, and the pages that belong to it.
struct Region: Sendable {
    let name: String
    let parent: String?
    var province: String?
    var level: RegionLevel?
    let slug: String
    /// Newest first.
    var reports: [RenderedReport]
    var childSlugs: [String] = []
    var parentSlug: String?
    /// 兰州市城关区 for a district of 兰州市.
    let displayName: String
    /// Made once: every row, link and chart bar that names or links the region asks.
    let pagePath: String

    init(name: String, parent: String?, province: String?, level: RegionLevel?, slug: String, reports: [RenderedReport]) {
        self.name = name
        self.parent = parent
        self.province = province
        self.level = level
        self.slug = slug
        self.reports = reports
        displayName = (parent ?? "") + name
        pagePath = "regions/\(slug)/index.html"
    }

    var latest: RenderedReport? { reports.first }

    /// The page that shows a report's full text: the region page when the
    /// region has one report, else the report's own page.
    func pagePath(of report: RenderedReport) -> String {
        reports.count == 1 ? pagePath : "reports/\(report.slug)/index.html"
    }
}

struct ProvinceGroup: Sendable {
    var name: String
    /// Its regions' positions in `SiteModel.regions`.
    var regions: Range<Int>
}

/// The whole site as data, in the order pages show it.
struct SiteModel: Sendable {
    var config: SiteConfig
    var provinces: [ProvinceGroup]
    /// The catalog, in display order.
    var indicators: [IndicatorInfo]
    /// Catalog position by indicator id, for sorting figures.
    let indicatorOrder: [String: Int]
    /// The catalog's themes, each once, in catalog order: every report's
    /// figures are grouped by them.
    let catalogThemes: [String]
    /// Every region, province by province, in page order.
    private(set) var regions: [Region]
    private(set) var reportCount: Int
    private let regionPositions: [String: Int]
    private let reportPositions: [String: ReportPosition]
    /// Tables made from every figure of the site, made when first needed.
    private var tables: FigureTables

    struct ReportPosition: Sendable {
        var region: Int
        var report: Int
    }

    init(config: SiteConfig, provinces: [(name: String, regions: [Region])], indicators: [IndicatorInfo]) {
        self.config = config
        self.indicators = indicators
        indicatorOrder = Dictionary(indicators.map { ($0.id, $0.order) }, uniquingKeysWith: min)
        var themes: [String] = []
        for theme in indicators.map(\.theme) where !theme.isEmpty && !themes.contains(theme) { themes.append(theme) }
        catalogThemes = themes
        var regions: [Region] = []
        var groups: [ProvinceGroup] = []
        for province in provinces {
            groups.append(ProvinceGroup(name: province.name, regions: regions.count..<(regions.count + province.regions.count)))
            regions += province.regions
        }
        self.provinces = groups
        self.regions = regions
        reportCount = regions.reduce(0) { $0 + $1.reports.count }
        regionPositions = Dictionary(regions.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var reportPositions: [String: ReportPosition] = [:]
        for (regionIndex, region) in regions.enumerated() {
            for (reportIndex, report) in region.reports.enumerated() {
                reportPositions[report.slug] = ReportPosition(region: regionIndex, report: reportIndex)
            }
        }
        self.reportPositions = reportPositions
        tables = FigureTables()
    }

    func regions(of province: ProvinceGroup) -> ArraySlice<Region> { regions[province.regions] }

    func region(slug: String) -> Region? { regionIndex(slug: slug).map { regions[$0] } }

    func regionIndex(slug: String) -> Int? { regionPositions[slug] }

    func reportPosition(slug: String) -> ReportPosition? { reportPositions[slug] }

    /// Indicators shown as columns of the cross-region table, in display order.
    var comparisonColumns: [ComparisonColumn] { tables.comparisonColumns(of: self) }

    /// Every region's figures for `indicator`: the newest report's figure
    /// for the ranking, every report's for the time series.
    func figures(for indicator: String) -> IndicatorFigures {
        tables.figures(of: self)[indicator] ?? IndicatorFigures()
    }

    /// Makes the per-indicator tables now if they are not made yet. Called
    /// before pages ask for them from every core: the first to ask makes
    /// them holding a lock, and would rank the indicators on its own core
    /// while the others wait for it.
    func makeFigureTables() {
        _ = tables.figures(of: self)
    }

    /// The same site with these reports (known by slug) rendered again. Nil
    /// when one of them is new: then the regions themselves change.
    func replacing(_ reports: [RenderedReport]) -> SiteModel? {
        var model = self
        for report in reports {
            guard let position = reportPositions[report.slug] else { return nil }
            model.regions[position.region].reports[position.report] = report
        }
        model.tables = FigureTables()
        return model
    }
}

/// The site-wide tables every figure feeds: per-indicator rankings and the
/// comparison columns. Made on first use and shared by copies of one model,
/// so a preview that re-rendered one report pays for them only when a page
/// that shows them is asked for.
final class FigureTables: Sendable {
    // Each made while holding its lock: pages asking at once wait for the
    // one table rather than each making its own.
    private let figures = Mutex<[String: IndicatorFigures]?>(nil)
    private let columns = Mutex<[ComparisonColumn]?>(nil)

    func figures(of model: SiteModel) -> [String: IndicatorFigures] {
        figures.withLock { figures in
            if let figures { return figures }
            let made = IndicatorFigures.gather(model.regions)
            figures = made
            return made
        }
    }

    func comparisonColumns(of model: SiteModel) -> [ComparisonColumn] {
        columns.withLock { columns in
            if let columns { return columns }
            // Positions put in URL order, not regions: a region is a large value to move.
            let regions = model.regions
            let made = SiteModelBuilder.comparisonColumns(
                regions, inOrder: regions.indices.sorted { regions[$0].slug < regions[$1].slug }, indicatorOrder: model.indicatorOrder
            )
            columns = made
            return made
        }
    }
}

struct ComparisonColumn: Sendable, Equatable {
    var id: String
    var label: String
    var unit: String

    /// Each column's position by its indicator id. Ids are unique: the columns are
    /// made from a dictionary by id.
    static func positionsByID(_ columns: [ComparisonColumn]) -> [String: Int] {
        Dictionary(columns.indices.map { (columns[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The report's first figure on each column's indicator, in column order (nil where it
    /// has none), found in one pass over its figures rather than one per column.
    static func firstFigures(of facts: [SiteFact], columnCount: Int, positionsByID: [String: Int]) -> [SiteFact?] {
        var figures = [SiteFact?](repeating: nil, count: columnCount)
        for fact in facts {
            guard let id = fact.indicatorID, let column = positionsByID[id], figures[column] == nil else { continue }
            figures[column] = fact
        }
        return figures
    }
}

/// Provinces in a fixed, explicit order: by pinyin, as Chinese readers
/// expect, with regions of no known province last.
enum SiteModelBuilder {
    static let unknownProvince = "未注明省份"

    static func build(config: SiteConfig, regions: [Region], indicators: [IndicatorInfo] = []) -> SiteModel {
        var linked = regions
        let slugByName = Dictionary(regions.map { ($0.displayName, $0.slug) }, uniquingKeysWith: { first, _ in first })
        for index in linked.indices {
            if let parent = linked[index].parent {
                linked[index].parentSlug = slugByName[parent]
            }
        }
        let childrenByParent = Dictionary(grouping: linked.filter { $0.parentSlug != nil }) { $0.parentSlug ?? "" }
        for index in linked.indices {
            linked[index].childSlugs = (childrenByParent[linked[index].slug] ?? [])
                .sorted { $0.displayName < $1.displayName }
                .map(\.slug)
        }
        let grouped = Dictionary(grouping: linked) { $0.province ?? unknownProvince }
        let provinces = grouped.keys
            .map { name in ((name == unknownProvince ? 1 : 0, Slug.make(from: name), name), name) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
            .map { name in (name: name, regions: sortedRegions(grouped[name] ?? [])) }
        return SiteModel(config: config, provinces: provinces, indicators: indicators.sorted { ($0.order, $0.id) < ($1.order, $1.id) })
    }

    /// By pinyin, a city directly followed by its districts. Keys are made
    /// once per region: each costs an ICU transform.
    private static func sortedRegions(_ regions: [Region]) -> [Region] {
        regions
            .map { region in
                let city = region.parentSlug ?? region.parent.map { Slug.fromRegionName($0) } ?? region.slug
                return ((city, region.parent == nil ? 0 : 1, region.slug, region.displayName), region)
            }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }

    /// The main indicators: those that at least two regions report (all of
    /// them while the site has one region), in catalog order, then by id.
    /// A column only one region fills compares nothing.
    /// `order`: the positions of `regions` in the order they are read; a
    /// column's label and unit are those of the first region that has it.
    static func comparisonColumns(_ regions: [Region], inOrder order: [Int], indicatorOrder: [String: Int]) -> [ComparisonColumn] {
        var columns: [String: ComparisonColumn] = [:]
        var regionCounts: [String: Int] = [:]
        for region in order {
            var seen: Set<String> = []
            // Figures read in place: a loop over them would copy each one.
            let facts = regions[region].reports.first?.facts ?? []
            for index in facts.indices {
                guard let id = facts[index].indicatorID, seen.insert(id).inserted else { continue }
                regionCounts[id, default: 0] += 1
                if columns[id] == nil { columns[id] = ComparisonColumn(id: id, label: facts[index].label, unit: facts[index].unit) }
            }
        }
        let minimum = regions.count > 1 ? 2 : 1
        return columns.values
            .filter { regionCounts[$0.id, default: 0] >= minimum }
            .sorted { (indicatorOrder[$0.id] ?? Int.max, $0.id) < (indicatorOrder[$1.id] ?? Int.max, $1.id) }
    }
}
