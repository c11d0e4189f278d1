import ContentFormat
import Foundation
import Indicators
import Synchronization

/// The pipeline with a memory: it keeps every report's parse and render
/// between runs, so after one saved file only that report is read and
/// rendered again. A build runs it once; a preview keeps it for its life.
public struct SiteSession: Sendable {
    public let options: BuildOptions
    let layout: ProjectLayout
    private var settings: ProjectSettings?
    private var templates: (set: TemplateSet?, diagnostics: [Diagnostic])?
    private var assets: (files: [OutputFile], diagnostics: [Diagnostic]) = ([], [])
    /// By absolute file path.
    private var documents: [String: LoadedDocument] = [:]
    /// What the last successful update made, for edits that change no front matter.
    private var last: (model: SiteModel, siteChecks: [Diagnostic])?

    /// Whether to keep each file's bytes and text after rendering it: a
    /// preview needs them to tell what an edit changed; a single build does
    /// not, and at 10,000 reports they are a quarter of a gigabyte. Such a
    /// session renders once: each text is handed to the renderer and gone.
    let keepsSources: Bool
    private var hasRendered = false

    public init(options: BuildOptions, keepsSources: Bool = true) {
        self.options = options
        self.keepsSources = keepsSources
        layout = ProjectLayout(root: options.source)
    }

    /// What the last update made: the site's plan, and what it took.
    public struct Generation: Sendable {
        public var plan: SitePlan
        public var reports: Int
        public var regions: Int
        /// Reports parsed and rendered by this update; the rest came from memory.
        public var renderedReports: Int { renderedReportPaths.count }
        /// Their paths as reports name them (`content/reports/x.md`).
        public var renderedReportPaths: [String]
        public var diagnostics: [Diagnostic]
    }

    /// Brings the site up to date with `changes` (project-relative paths
    /// such as `content/reports/x.md`, or everything). Fails, keeping what it
    /// has learnt, when any error is found.
    ///
    public mutating func update(
        _ changes: ProjectChangeSet, progress: (BuildEvent) -> Void = { _ in }
    ) throws(BuildFailure) -> Generation {
        try update(changes, progress: progress, early: nil)
    }

    /// What a one-off build writes while the reports are rendered.
    struct EarlyOutput: Sendable {
        /// Is handed the page that shows each report's text.
        var pages: @Sendable (OutputFile) -> Void
        /// Is given each report's records of the figure exports.
        var figures: StreamedFactExports?
    }

    /// With `early` (a one-off build of a fresh session), the page that shows
    /// each report's text is handed to it as soon as the report is rendered,
    /// and only the report's lead and figures are kept; with `early.figures`,
    /// so are the report's figure records, and only the figures the rest of
    /// the site reads are kept. The generation's plan must not be asked for
    /// those pages, or those exports, again: it would stop (`PageRenderer`,
    /// `FactExports` check).
    mutating func update(
        _ changes: ProjectChangeSet, progress: (BuildEvent) -> Void = { _ in }, early: EarlyOutput?
    ) throws(BuildFailure) -> Generation {
        let scope = ChangeScope(changes, firstRun: settings == nil)
        if settings == nil { ICUPreparation.start() }
        var templatesLoaded = false
        if scope.templates && !scope.settings && !scope.allReports && last != nil {
            loadTemplates()
            templatesLoaded = true
        }
        if let generation = bodyOnlyUpdate(scope) { return generation }
        let usesShippedTemplates = layout.templates != layout.ownTemplates
        progress(.step(
            index: 1, total: SiteGenerator.stepCount,
            title: "loading content and templates" + (usesShippedTemplates ? " (no Templates/ here: using pufa-site's own from \(layout.display(layout.templates)))" : "")
        ))
        let loader = ProjectLoader(layout: layout)
        if scope.settings || settings == nil {
            settings = loader.loadSettings()
            if let baseURL = options.baseURL { settings?.config.baseURL = baseURL.isEmpty ? nil : baseURL }
            for key in documents.keys { documents[key]?.forgetRendering() }
        }
        if (scope.templates && !templatesLoaded) || templates == nil { loadTemplates() }
        for template in templates?.set?.notCompiled ?? [] {
            let file = layout.display(layout.templates.appending(path: template.template + ".mustache"))
            progress(.detail("\(file): rendered by swift-mustache, which is slower: the template compiler does not cover \(template.reason)"))
        }
        var diagnostics = (settings?.diagnostics ?? []) + (templates?.diagnostics ?? []) + assets.diagnostics
        diagnostics += reload(scope, loader: loader)

        let files = documents.keys.sorted()
        for path in files { diagnostics += documents[path]?.diagnostics ?? [] }
        progress(.step(index: 2, total: SiteGenerator.stepCount, title: "validating \(files.count) reports"))
        guard let settings else { throw .diagnostics(diagnostics.sorted()) }
        let validator = ContentValidator(knownRegions: settings.knownRegions, includeDrafts: options.includeDrafts)
        let published = files.compactMap { path -> (path: String, document: ReportDocument, valid: ValidReport?)? in
            guard let entry = documents[path], let document = entry.document, validator.publishes(document) else { return nil }
            return (path, document, entry.valid)
        }
        // Completion makes pinyin slugs, an ICU transform each: on all cores.
        let valid = published.parallelMap { item -> (path: String, report: ValidReport) in
            (item.path, item.valid ?? validator.completed(item.document))
        }.sorted { $0.report.slug < $1.report.slug }
        // Freed while the reports are checked, not on the way: ten thousand documents.
        releaseInBackground(consume published)
        for item in valid where documents[item.path]?.valid == nil { documents[item.path]?.valid = item.report }
        let crossChecks = validator.check(valid.map(\.report))
        diagnostics += crossChecks
        guard !diagnostics.contains(where: { $0.severity == .error }), let catalog = settings.catalog else {
            throw .diagnostics(diagnostics.sorted())
        }

        let stale = valid.filter { documents[$0.path]?.rendered == nil }
        precondition(keepsSources || !hasRendered, "a session that keeps no sources renders once")
        hasRendered = true
        let regionSlugs = Dictionary(uniqueKeysWithValues: valid.map { ($0.report.slug, $0.report.regionSlug) })
        var pageWriter: ReportPageWriter?
        if let early, let templateSet = templates?.set, !keepsSources, stale.count == valid.count {
            pageWriter = ReportPageWriter(
                reports: valid.map(\.report), regionSlugs: regionSlugs, config: settings.config,
                indicators: CatalogLoader.infos(catalog), templates: templateSet, emit: early.pages, figures: early.figures
            )
        }
        progress(.step(
            index: 3, total: SiteGenerator.stepCount,
            title: "rendering \(stale.count) reports" + (pageWriter == nil ? "" : " and writing their pages")
        ))
        let renderer = ReportRenderer(config: settings.config, catalog: catalog)
        // In the site's order when the page writer streams the figure exports.
        let renderOrder = pageWriter.map { writer in
            stale.indices.map { (writer.sitePosition(of: stale[$0].report.slug), $0) }.sorted { $0 < $1 }.map(\.1)
        } ?? Array(stale.indices)
        let renderedInOrder = renderOrder.map { (stale[$0].report, documents[stale[$0].path]?.pendingBody) }
            .parallelMap { [pageWriter] valid, pendingBody in
                var valid = valid
                if let pendingBody { valid.document.body = pendingBody.take() }
                let report = renderer.render(valid)
                let detail = "\(report.document.path): \(report.facts.count) figures"
                    + " (\(report.facts.filter { $0.indicatorID != nil }.count) on indicators), \(report.outline.count) headings"
                return (report: pageWriter?.writePage(of: report) ?? report, detail: detail)
            }
        var fresh = renderedInOrder
        for (rendered, index) in zip(renderedInOrder, renderOrder) { fresh[index] = rendered }
        for (item, (report, detail)) in zip(stale, fresh) {
            documents[item.path]?.rendered = keepsSources ? report : report.withoutSource()
            progress(.detail(detail))
        }
        // What only rendering needed (the site's skeleton, the reports as
        // rendered) is freed beside the modelling, not before it.
        releaseInBackground((consume renderedInOrder, consume fresh, consume pageWriter))

        progress(.step(index: 4, total: SiteGenerator.stepCount, title: "modelling regions and indicator tables"))
        let rendered = valid.compactMap { documents[$0.path]?.rendered }
        let regions = RegionAssembler.regions(from: rendered) { regionSlugs[$0.slug] ?? "" }
        let model = SiteModelBuilder.build(config: settings.config, regions: regions, indicators: CatalogLoader.infos(catalog))
        let siteChecks = crossChecks + PublishingFiles.diagnostics(model, settingsPath: layout.display(layout.siteSettings))
        diagnostics += siteChecks.dropFirst(crossChecks.count)
        guard let templateSet = templates?.set else { throw .diagnostics(diagnostics.sorted()) }
        let plan = SitePlan(model: model, templates: templateSet, assets: assets.files)
        last = (model, siteChecks)
        return Generation(
            plan: plan,
            reports: model.reportCount, regions: model.regions.count,
            renderedReportPaths: stale.map(\.report.document.path),
            diagnostics: diagnostics.sorted()
        )
    }

    private mutating func loadTemplates() {
        templates = TemplateSet.load(from: layout.templates, display: layout.display)
        do { assets = (try AssetCollector.files(in: layout.templateAssets, display: layout.display), []) }
        catch { assets = ([], error.diagnostics) }
    }

    /// The common edits, done in time proportional to them: report texts
    /// changed and no front matter did, or only templates did, so the
    /// regions, their order, the pages and every check between reports stay
    /// as they were; only the edited reports are rendered again and put in
    /// their places. Nil, having changed nothing, when the edit is anything
    /// else (the templates, already loaded, are kept either way).
    private mutating func bodyOnlyUpdate(_ scope: ChangeScope) -> Generation? {
        guard !scope.settings, !scope.allReports, let last, let settings, let catalog = settings.catalog,
              let templateSet = templates?.set, !assets.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        var edited: [(path: String, entry: LoadedDocument)] = []
        for relative in scope.reportFiles {
            let file = layout.root.appending(path: relative)
            let path = file.standardizedFileURL.path
            guard let previous = documents[path], let old = previous.document, let valid = previous.valid, previous.rendered != nil,
                  ReportFiles.isReport(file), let data = FileManager.default.contents(atPath: path) else { return nil }
            let bytes = Array(data)
            if bytes == previous.bytes { continue }
            let (document, problems) = ReportDocument.parse(bytes: bytes, path: layout.display(file))
            guard let document, document.frontMatter == old.frontMatter, document.bodyStartLine == old.bodyStartLine,
                  !problems.contains(where: { $0.severity == .error }) else { return nil }
            var report = valid
            report.document = document
            edited.append((path, LoadedDocument(bytes: bytes, document: document, diagnostics: problems, valid: report)))
        }
        let renderer = ReportRenderer(config: settings.config, catalog: catalog)
        let rendered = edited.compactMap(\.entry.valid).parallelMap(renderer.render)
        guard let model = last.model.replacing(rendered) else { return nil }
        for (item, report) in zip(edited, rendered) {
            documents[item.path] = item.entry
            documents[item.path]?.rendered = report
        }
        var diagnostics = settings.diagnostics + (templates?.diagnostics ?? []) + assets.diagnostics + last.siteChecks
        for entry in documents.values { diagnostics += entry.diagnostics }
        // Another file may still be broken from an earlier save: the full path reports it.
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        self.last = (model, last.siteChecks)
        return Generation(
            plan: SitePlan(model: model, templates: templateSet, assets: assets.files),
            reports: model.reportCount, regions: model.regions.count,
            renderedReportPaths: rendered.map(\.document.path), diagnostics: diagnostics.sorted()
        )
    }

    /// Reads the report files `scope` names (all of them when it says so),
    /// keeping what was made from a file whose bytes did not change.
    private mutating func reload(_ scope: ChangeScope, loader: ProjectLoader) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let files: [URL]
        if scope.allReports {
            files = loader.reportFiles(&diagnostics)
        } else {
            files = scope.reportFiles.map { layout.root.appending(path: $0) }
        }
        // Each file's path is worked out once, on all cores.
        let paths = files.parallelMap { (path: $0.standardizedFileURL.path, isReport: ReportFiles.isReport($0)) }
        if scope.allReports {
            let listed = Set(paths.map(\.path))
            documents = documents.filter { listed.contains($0.key) }
        }
        // Read and parsed on all cores; stored in the order listed.
        let previous = documents
        let keepsSources = keepsSources
        let current = FileManager.default.currentDirectoryPath
        let loaded = paths.parallelMap { path, isReport -> (String, LoadedDocument?, unchanged: Bool) in
            guard isReport, let data = FileManager.default.contents(atPath: path) else { return (path, nil, false) }
            let bytes = Array(data)
            if let old = previous[path], old.bytes == bytes { return (path, old, true) }
            var (document, problems) = ReportDocument.parse(bytes: bytes, path: ProjectLayout.display(path, from: current))
            if keepsSources { return (path, LoadedDocument(bytes: bytes, document: document, diagnostics: problems), false) }
            // Held in one place only, so it is freed as soon as it is rendered.
            let body = document.map { PendingBody($0.body) }
            document?.body = ""
            return (path, LoadedDocument(bytes: [], document: document, diagnostics: problems, pendingBody: body), false)
        }
        documents.reserveCapacity(documents.count + loaded.count)
        for (path, entry, unchanged) in loaded where !unchanged {
            documents[path] = entry
        }
        return diagnostics
    }
}

extension SiteSession.LoadedDocument {
    mutating func forgetRendering() {
        valid = nil
        rendered = nil
    }
}

/// A report's Markdown between reading and rendering, in a session that keeps
/// no sources: here and nowhere else (not in the document, its validated form
/// or any list made of them), so each is freed as soon as it is rendered and
/// a large site's text is never all in memory.
final class PendingBody: Sendable {
    private let text: Mutex<String?>

    init(_ text: String) {
        self.text = Mutex(text)
    }

    /// The Markdown, once; empty after.
    func take() -> String {
        text.withLock { text in
            let taken = text ?? ""
            text = nil
            return taken
        }
    }
}

/// What changed in a project, as paths relative to its root.
public enum ProjectChangeSet: Sendable, Equatable {
    case everything
    case paths(Set<String>)
}

/// Which parts of the pipeline a set of changes touches.
struct ChangeScope {
    var settings = false
    var templates = false
    var allReports = false
    /// Project-relative paths of report files to read again.
    var reportFiles: [String] = []

    init(_ changes: ProjectChangeSet, firstRun: Bool) {
        guard case .paths(let paths) = changes, !firstRun else {
            settings = true; templates = true; allReports = true
            return
        }
        for path in paths.sorted() {
            let parts = path.split(separator: "/").map(String.init)
            switch parts.first {
            case "Templates": templates = true
            case "content" where parts.count == 1: settings = true
            case "content" where parts.count == 3 && parts[1] == "reports": reportFiles.append(path)
            case "content" where parts.count == 2 && parts[1] != "reports": settings = true
            case "content": allReports = true
            default: continue
            }
        }
        // A settings file changes every report's completion and render, so all are read again.
        if settings { allReports = true }
    }
}

/// Which files in `content/reports/` are reports.
enum ReportFiles {
    static func isReport(_ file: URL) -> Bool {
        let name = file.lastPathComponent
        return name.hasSuffix(".md") && !name.hasPrefix(".")
    }
}

extension BuildFailure {
    var diagnostics: [Diagnostic] {
        if case .diagnostics(let diagnostics) = self { return diagnostics }
        return [.error(at: SourceLocation(path: "?"), description)]
    }
}
