import ContentFormat
import Foundation
import Indicators

/// Runs the pipeline from content to the files of the site, in memory:
/// load → validate → render → model → views/templates. The build writes the
/// result to disk; a preview can serve it from memory.
public struct SiteGenerator: Sendable {
    public static let stepCount = 5
    let layout: ProjectLayout
    let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
        self.layout = ProjectLayout(root: options.source)
    }

    public struct Result: Sendable {
        public var files: [OutputFile]
        public var reports: Int
        public var regions: Int
        public var pages: Int
        public var diagnostics: [Diagnostic]
    }

    public func generate(progress: (BuildEvent) -> Void = { _ in }) throws(BuildFailure) -> Result {
        let (templates, templateProblems) = TemplateSet.load(from: layout.templates, display: layout.display)
        let (model, diagnostics) = try siteModel(progress: progress, extraProblems: templateProblems)
        guard let templates else { throw .diagnostics(diagnostics.sorted()) }

        progress(.step(index: 5, total: Self.stepCount, title: "applying templates to \(model.regions.count) regions"))
        var files = try PageRenderer(templates: templates, model: model).pages()
        let pages = files.count
        files += FactExports.files(model) + TableExports.files(model)
        files += try AssetCollector.files(in: layout.templateAssets, display: layout.display)
        let publishing = PublishingFiles.make(model, pages: files, settingsPath: layout.display(layout.siteSettings))
        files += publishing.files
        return Result(
            files: files, reports: model.reportCount, regions: model.regions.count,
            pages: pages, diagnostics: (diagnostics + publishing.diagnostics).sorted()
        )
    }

    /// Steps 1–4: everything but the templates. Fails when any error was
    /// found, including `extraProblems` found by the caller.
    func siteModel(
        progress: (BuildEvent) -> Void, extraProblems: [Diagnostic] = []
    ) throws(BuildFailure) -> (SiteModel, [Diagnostic]) {
        var diagnostics = extraProblems
        let usesShippedTemplates = layout.templates != layout.ownTemplates
        progress(.step(
            index: 1, total: Self.stepCount,
            title: "loading content and templates" + (usesShippedTemplates ? " (no Templates/ here: using pufa-site's own from \(layout.display(layout.templates)))" : "")
        ))
        var project = ProjectLoader(layout: layout).load()
        if let baseURL = options.baseURL { project.config.baseURL = baseURL.isEmpty ? nil : baseURL }
        diagnostics += project.diagnostics

        progress(.step(index: 2, total: Self.stepCount, title: "validating \(project.documents.count) reports"))
        let validator = ContentValidator(knownRegions: project.knownRegions, includeDrafts: options.includeDrafts)
        let (reports, problems) = validator.validate(project.documents)
        diagnostics += problems
        guard !diagnostics.contains(where: { $0.severity == .error }), let catalog = project.catalog else {
            throw .diagnostics(diagnostics.sorted())
        }

        progress(.step(index: 3, total: Self.stepCount, title: "rendering \(reports.count) reports"))
        let renderer = ReportRenderer(config: project.config, catalog: catalog)
        let rendered = reports.parallelMap(renderer.render)
        for report in rendered {
            let classified = report.facts.filter { $0.indicatorID != nil }.count
            progress(.detail("\(report.document.path): \(report.facts.count) figures (\(classified) on indicators), \(report.outline.count) headings"))
        }
        let regionSlugs = Dictionary(uniqueKeysWithValues: reports.map { ($0.slug, $0.regionSlug) })

        progress(.step(index: 4, total: Self.stepCount, title: "modelling regions and indicator tables"))
        let regions = RegionAssembler.regions(from: rendered) { regionSlugs[$0.slug] ?? "" }
        let model = SiteModelBuilder.build(config: project.config, regions: regions, indicators: CatalogLoader.infos(catalog))
        return (model, diagnostics)
    }

    /// Every figure of the site as export records (the fields of
    /// `data/facts.csv`), for the regions named (all when empty).
    public func factRecords(regions names: [String]) throws(BuildFailure) -> (records: [[String: String]], diagnostics: [Diagnostic]) {
        let (model, diagnostics) = try siteModel(progress: { _ in })
        // A region is named as shown (兰州市城关区), by its own name (城关区) or by a report's slug.
        let records = FactExports.records(model).filter { record in
            let region = record["region"] ?? ""
            return names.isEmpty || names.contains { region == $0 || region.hasSuffix($0) || record["report"] == $0 }
        }
        return (records, diagnostics)
    }

    public static var factFields: [String] { FactExports.fields }

    /// The CSV and JSON documents of `data/facts.*`, for printing.
    public static func factsCSV(_ records: [[String: String]]) -> [UInt8] {
        CSV.document(header: FactExports.fields, rows: records.map { record in FactExports.fields.map { record[$0] ?? "" } })
    }

    public static func factsJSON(_ records: [[String: String]]) -> String { FactExports.json(records) }
}
