import ContentFormat

/// Every file of a site and how to make it, before any is made. A build
/// renders them all; a preview renders each when it is first asked for, so
/// an edit costs only the pages someone looks at. A path is resolved by
/// reading it (`regions/<slug>/index.html`), so making a plan costs nothing
/// per page.
public struct SitePlan: Sendable {
    enum Entry: Sendable {
        case index
        case region(Int)
        case report(SiteModel.ReportPosition)
        case indicator(Int)
        case notFound
        case factsJSON
        case factsCSV
        case comparisonCSV
        case reportCSV(SiteModel.ReportPosition)
        case indicatorCSV(Int)
        case seriesCSV(indicator: Int, region: Int)
        case asset(OutputFile)
        case feed
        case robots
        case sitemap(SiteAddress)
    }

    let model: SiteModel
    let pages: PageRenderer
    private let assets: [OutputFile]
    private let assetsByPath: [String: OutputFile]
    private let indicatorPositions: [String: Int]

    init(model: SiteModel, templates: TemplateSet, assets: [OutputFile]) {
        self.model = model
        self.pages = PageRenderer(templates: templates, model: model)
        self.assets = assets
        assetsByPath = Dictionary(assets.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorPositions = Dictionary(model.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every file, pages first, in a fixed order.
    public var paths: [String] {
        var paths = pagePaths
        paths += [FactExports.jsonPath, FactExports.csvPath, TableExports.comparisonPath]
        for region in model.regions {
            paths += region.reports.map(TableExports.reportTablePath)
        }
        // Each indicator's series found on all cores: a region's figures are
        // grouped and put in order for each, and the build waits for the paths.
        let model = model
        model.makeFigureTables()
        let indicatorPaths = model.indicators.parallelMap { indicator in
            [TableExports.indicatorPath(indicator)] + IndicatorPageView.series(model.figures(for: indicator.id).all).map { region, _ in
                TableExports.seriesPath(indicator, region: region)
            }
        }
        paths += indicatorPaths.joined()
        return paths + assets.map(\.path) + PublishingFiles.paths(model)
    }

    /// The HTML pages of `paths`.
    public var pagePaths: [String] {
        var paths = ["index.html"]
        for region in model.regions {
            paths.append(region.pagePath)
            guard region.reports.count > 1 else { continue }
            paths += region.reports.map(region.pagePath(of:))
        }
        return paths + model.indicators.map(\.pagePath) + [NotFoundView.path]
    }

    public func contains(_ path: String) -> Bool { entry(at: path) != nil }

    /// The path the site is published under: `/pufa/` for a `base_url` of
    /// `https://example.org/pufa/`, `/` without one. The 404 page's links start here.
    public var basePath: String { SiteAddress(baseURL: model.config.baseURL)?.path ?? "/" }

    /// The same paths with the site-wide files first: the exports and the
    /// index grow with the whole site and each is made by one thread, so
    /// started last they would leave the other core idle at the end.
    public func heaviestFirst(_ paths: [String]) -> [String] {
        let heavy = [FactExports.jsonPath, FactExports.csvPath, "index.html", TableExports.comparisonPath, AtomFeed.path]
            + model.indicators.map(\.pagePath)
        let present = Set(paths)
        let first = heavy.filter(present.contains)
        let firstSet = Set(first)
        return first + paths.filter { !firstSet.contains($0) }
    }

    /// The file at `path`, or nil when the site has none there.
    public func render(_ path: String) -> OutputFile? {
        var bytes: [UInt8] = []
        guard write(path, emit: { bytes += $0 }, restart: { bytes.removeAll() }) else { return nil }
        return OutputFile(path: path, bytes: bytes)
    }

    /// Hands the bytes of the file at `path` to `emit`: the site-wide
    /// exports and the home page in pieces as they are made, so they are
    /// never whole in memory, any other file at once. `restart` says that
    /// the pieces so far are to be discarded and the file starts again
    /// (`TemplateSet.renderPieces`). False when the site has no file there.
    public func write(_ path: String, emit: ([UInt8]) -> Void, restart: () -> Void) -> Bool {
        guard let entry = entry(at: path) else { return false }
        switch entry {
        case .factsJSON: FactExports.writeJSON(model, emit: emit)
        case .factsCSV: FactExports.writeCSV(model, emit: emit)
        case .index: pages.writeIndex(emit: emit, restart: restart)
        default: emit(render(entry, at: path).bytes)
        }
        return true
    }

    /// Every file, rendered on all cores, in the order of `paths`.
    public func renderAll() -> [OutputFile] {
        paths.parallelMap { path in render(path) ?? OutputFile(path: path, bytes: []) }
    }

    /// The pages that show the text of the report read from `sourcePath`
    /// (`content/reports/x.md`): its region page, and its own page when the
    /// region has several reports.
    public func pagePaths(showingReportFrom sourcePath: String) -> [String] {
        for region in model.regions {
            guard let report = region.reports.first(where: { $0.document.path == sourcePath }) else { continue }
            return Array(Set([region.pagePath, region.pagePath(of: report)])).sorted()
        }
        return []
    }

    /// Reads a site path; the inverse of the paths the pages link to.
    private func entry(at path: String) -> Entry? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            if path == "index.html" { return .index }
            if path == NotFoundView.path { return .notFound }
            if path == AtomFeed.path { return .feed }
            if path == RobotsFile.path { return .robots }
            if path == Sitemap.path { return SiteAddress(baseURL: model.config.baseURL).map(Entry.sitemap) }
        case 2 where parts[0] == "data":
            if path == FactExports.jsonPath { return .factsJSON }
            if path == FactExports.csvPath { return .factsCSV }
            if path == TableExports.comparisonPath { return .comparisonCSV }
        case 3 where parts[2] == "index.html":
            switch parts[0] {
            case "regions": return model.regionIndex(slug: parts[1]).map(Entry.region)
            case "reports":
                guard let position = model.reportPosition(slug: parts[1]),
                      model.regions[position.region].reports.count > 1 else { return nil }
                return .report(position)
            case "indicators": return indicatorPositions[parts[1]].map(Entry.indicator)
            default: break
            }
        case 3 where parts[0] == "data" && parts[2].hasSuffix(".csv"):
            let stem = String(parts[2].dropLast(".csv".count))
            if parts[1] == "reports" { return model.reportPosition(slug: stem).map(Entry.reportCSV) }
            if parts[1] == "indicators" { return indicatorPositions[stem].map(Entry.indicatorCSV) }
        case 4 where parts[0] == "data" && parts[1] == "indicators" && parts[3].hasSuffix(".csv"):
            guard let indicator = indicatorPositions[parts[2]],
                  let region = model.regionIndex(slug: String(parts[3].dropLast(".csv".count))),
                  seriesFigures(indicator: indicator, region: region).count > 1 else { return nil }
            return .seriesCSV(indicator: indicator, region: region)
        default: break
        }
        return assetsByPath[path].map(Entry.asset)
    }

    private func seriesFigures(indicator: Int, region: Int) -> [RankedFigure] {
        let slug = model.regions[region].slug
        return model.figures(for: model.indicators[indicator].id).all.filter { $0.regionSlug == slug }
    }

    private func render(_ entry: Entry, at path: String) -> OutputFile {
        let regions = model.regions
        switch entry {
        case .index: return pages.index()
        case .region(let region): return pages.region(regions[region])
        case .report(let position):
            let region = regions[position.region]
            return pages.report(region.reports[position.report], in: region)
        case .indicator(let indicator): return pages.indicator(model.indicators[indicator])
        case .notFound: return pages.notFound()
        case .factsJSON, .factsCSV: preconditionFailure("exports are written in pieces by write(_:emit:)")
        case .comparisonCSV: return TableExports.comparison(model)
        case .reportCSV(let position):
            return TableExports.reportTable(regions[position.region].reports[position.report], order: model.indicatorOrder)
        case .indicatorCSV(let indicator): return TableExports.indicatorTable(model.indicators[indicator], model: model)
        case .seriesCSV(let indicator, let region):
            let figures = IndicatorPageView.oldestFirst(seriesFigures(indicator: indicator, region: region))
            return TableExports.seriesTable(model.indicators[indicator], region: regions[region], figures: figures)
        case .asset(let file): return file
        case .feed: return AtomFeed.file(model, address: SiteAddress(baseURL: model.config.baseURL))
        case .robots: return RobotsFile.file(address: SiteAddress(baseURL: model.config.baseURL))
        case .sitemap(let address): return Sitemap.file(pages: pagePaths, address: address, model: model)
        }
    }
}
