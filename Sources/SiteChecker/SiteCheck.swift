import ContentFormat
import Foundation
import SiteBuilder

public struct CheckOptions: Sendable {
    /// The project folder holding `content/` and `Templates/`.
    public var source: URL
    /// The built site; defaults to `<source>/public`.
    public var output: URL?
    public var includeDrafts: Bool
    /// Check the site as `pufa-site build` would write it, generated in
    /// memory, instead of what is in the output folder. Nothing is written.
    public var generateSite: Bool

    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, generateSite: Bool = false) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.generateSite = generateSite
    }
}

public struct CheckResult: Sendable {
    /// By path, line and column.
    public var diagnostics: [Diagnostic]
    public var reports: Int
    /// HTML pages of the built site that were checked; 0 when there was none.
    public var pages: Int

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "check: \(count(errors, "error")), \(count(warnings, "warning")) in \(count(reports, "report")), \(count(pages, "page"))"
    }
}

/// `pufa-site check`: lints the content and the built site. Each check is
/// its own type; this runs them all and never stops at the first problem.
///
/// Front matter errors, a missing province and the other cross-file problems
/// come from the build's own load and validate stages, so the check and the
/// build always agree on what is an error.
public struct SiteCheck: Sendable {
    public let options: CheckOptions

    public init(options: CheckOptions) {
        self.options = options
    }

    public func run() -> CheckResult {
        let layout = ProjectLayout(root: options.source)
        let output = options.output ?? layout.defaultOutput
        let generator = SiteGenerator(options: BuildOptions(source: options.source, output: output, includeDrafts: options.includeDrafts))
        let inspection = generator.inspect()
        var diagnostics = inspection.diagnostics
        let (site, siteProblems) = builtSite(generator: generator, output: output, layout: layout, known: Set(diagnostics))
        diagnostics += siteProblems

        let links = MarkdownLinkCheck(reports: inspection.reports, site: site, display: layout.display)
        var locators: [String: FigureLocator] = [:]
        for report in inspection.reports {
            let locator = FigureLocator(report: report)
            locators[report.path] = locator
            diagnostics += FrontMatterCompleteness.diagnostics(for: report)
            diagnostics += PipeTables.diagnostics(for: report)
            diagnostics += JoinedStatisticsLines.diagnostics(for: report)
            diagnostics += ImpossibleValues.diagnostics(for: report, locator: locator)
            diagnostics += RepeatedFacts.diagnostics(for: report, locator: locator)
            diagnostics += links.diagnostics(for: report)
        }
        diagnostics += UnitConsistency.diagnostics(inspection.comparedFigures, labels: inspection.indicatorLabels) { fact in
            locators[fact.location.path]?.location(of: fact) ?? fact.location
        }
        if let site { diagnostics += SiteLinkCheck.diagnostics(site, rootPath: inspection.rootPath) }
        return CheckResult(diagnostics: diagnostics.sorted(), reports: inspection.reports.count, pages: site?.pageCount ?? 0)
    }

    /// The site to check, from the output folder or generated in memory, and
    /// what kept it from being checked. `known` are the content diagnostics
    /// already reported, which a failed generation repeats.
    private func builtSite(
        generator: SiteGenerator, output: URL, layout: ProjectLayout, known: Set<Diagnostic>
    ) -> (SiteFiles?, [Diagnostic]) {
        let displayRoot = layout.display(output)
        let siteLocation = SourceLocation(path: displayRoot)
        guard options.generateSite else {
            guard let site = SiteFiles.read(folder: output, displayRoot: displayRoot) else {
                return (nil, [.warning(
                    at: siteLocation, "the site is not built, so its links and anchors were not checked",
                    hint: "run 'pufa-site build' first, or 'pufa-site check --build'"
                )])
            }
            let freshness = SiteFreshness.diagnostics(output: output, sources: [layout.content, layout.templates], display: layout.display)
            return (site, freshness)
        }
        do {
            let result = try generator.generate()
            return (SiteFiles(files: result.files, displayRoot: displayRoot), result.diagnostics.filter { !known.contains($0) })
        } catch {
            var problems: [Diagnostic] = []
            if case .diagnostics(let diagnostics) = error { problems = diagnostics.filter { !known.contains($0) } }
            problems.append(.warning(at: siteLocation, "the site could not be generated, so its links and anchors were not checked", hint: "fix the errors first"))
            return (nil, problems)
        }
    }
}
