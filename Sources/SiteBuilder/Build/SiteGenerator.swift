import ContentFormat
import Foundation

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
        var diagnostics: [Diagnostic] = []
        func stopIfErrors() throws(BuildFailure) {
            if diagnostics.contains(where: { $0.severity == .error }) { throw .diagnostics(diagnostics.sorted()) }
        }

        progress(.step(index: 1, total: Self.stepCount, title: "loading content and templates"))
        var project = ProjectLoader(layout: layout).load()
        if let baseURL = options.baseURL { project.config.baseURL = baseURL.isEmpty ? nil : baseURL }
        diagnostics += project.diagnostics
        let (templates, templateProblems) = TemplateSet.load(from: layout.templates, display: layout.display)
        diagnostics += templateProblems

        progress(.step(index: 2, total: Self.stepCount, title: "validating \(project.documents.count) reports"))
        let validator = ContentValidator(knownRegions: project.knownRegions, includeDrafts: options.includeDrafts)
        let (reports, problems) = validator.validate(project.documents)
        diagnostics += problems
        try stopIfErrors()
        guard let templates else { throw .diagnostics(diagnostics.sorted()) }

        progress(.step(index: 3, total: Self.stepCount, title: "rendering \(reports.count) reports"))
        let renderer = ReportRenderer(config: project.config)
        let rendered = reports.map(renderer.render)
        let regionSlugs = Dictionary(uniqueKeysWithValues: reports.map { ($0.slug, $0.regionSlug) })

        progress(.step(index: 4, total: Self.stepCount, title: "modelling regions and indicator tables"))
        let regions = RegionAssembler.regions(from: rendered) { regionSlugs[$0.slug] ?? "" }
        let model = SiteModelBuilder.build(config: project.config, regions: regions)

        progress(.step(index: 5, total: Self.stepCount, title: "applying templates to \(regions.count) regions"))
        var files = try PageRenderer(templates: templates, model: model).pages()
        let pages = files.count
        files += FactExports.files(model) + TableExports.files(model)
        files += try AssetCollector.files(in: layout.templateAssets, display: layout.display)
        return Result(files: files, reports: reports.count, regions: regions.count, pages: pages, diagnostics: diagnostics.sorted())
    }
}
