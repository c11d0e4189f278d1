import ContentFormat
import Foundation

/// The content as `pufa-site check` sees it: load → validate → render →
/// model, like the build, but it never stops at an error. Every report that
/// parsed is rendered, so a problem in one file does not hide the others.
public struct ContentInspection: Sendable {
    /// What loading and validating found, errors and warnings alike.
    public var diagnostics: [Diagnostic]
    /// In file-name order.
    public var reports: [InspectedReport]
    /// For each indicator id, the figures its page ranks against each other:
    /// one per region, from the region's latest report.
    public var comparedFigures: [String: [ComparedFigure]]
    /// Catalog label by indicator id.
    public var indicatorLabels: [String: String]
    /// Where the site lives on its server: the path of `base_url`, or `/`.
    /// The 404 page's links start there, since it is shown at any depth.
    public var rootPath: String = "/"
}

/// One report after the render stage, with what checks need to know about it.
public struct InspectedReport: Sendable {
    /// As the loader shows it, e.g. `content/reports/lanzhou.md`.
    public var path: String
    /// With province, parent and level filled from the region table.
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which `body` begins.
    public var bodyStartLine: Int
    public var slug: String
    /// 兰州市城关区 for a district of 兰州市.
    public var regionName: String
    /// The site page that shows the report's text, e.g. `regions/lanzhou/index.html`.
    public var pagePath: String
    /// Every id the report's text carries on its page: headings and figure marks.
    public var anchorIDs: Set<String>
    /// Curated figures first, then the extracted ones in text order.
    public var facts: [SiteFact]
}

public struct ComparedFigure: Sendable {
    public var regionName: String
    public var fact: SiteFact
}

extension SiteGenerator {
    public func inspect() -> ContentInspection {
        let project = ProjectLoader(layout: layout).load()
        let validator = ContentValidator(knownRegions: project.knownRegions, includeDrafts: options.includeDrafts)
        let (valid, problems) = validator.validate(project.documents)
        let diagnostics = (project.diagnostics + problems).sorted()
        guard let catalog = project.catalog else {
            return ContentInspection(diagnostics: diagnostics, reports: [], comparedFigures: [:], indicatorLabels: [:])
        }
        let renderer = ReportRenderer(config: project.config, catalog: catalog)
        let rendered = valid.parallelMap(renderer.render)
        // Two reports may share a slug here (the validator reported it): keep the first.
        let regionSlugs = Dictionary(valid.map { ($0.slug, $0.regionSlug) }, uniquingKeysWith: { first, _ in first })
        let regions = RegionAssembler.regions(from: rendered) { regionSlugs[$0.slug] ?? "" }
        let indicators = CatalogLoader.infos(catalog)
        let model = SiteModelBuilder.build(config: project.config, regions: regions, indicators: indicators)

        let reports = model.regions.flatMap { region in
            region.reports.map { report in
                InspectedReport(
                    path: report.document.path, frontMatter: report.frontMatter, body: report.document.body,
                    bodyStartLine: report.document.bodyStartLine, slug: report.slug, regionName: region.displayName,
                    pagePath: region.pagePath(of: report),
                    anchorIDs: Set(report.outline.map(\.id) + report.facts.compactMap(\.anchor)), facts: report.facts
                )
            }
        }
        var compared: [String: [ComparedFigure]] = [:]
        for indicator in indicators {
            compared[indicator.id] = model.figures(for: indicator.id).latest.map {
                ComparedFigure(regionName: $0.region.displayName, fact: $0.fact)
            }
        }
        return ContentInspection(
            diagnostics: diagnostics, reports: reports.sorted { $0.path < $1.path }, comparedFigures: compared,
            indicatorLabels: Dictionary(indicators.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first }),
            rootPath: SiteAddress(baseURL: options.baseURL ?? project.config.baseURL)?.path ?? "/"
        )
    }
}
