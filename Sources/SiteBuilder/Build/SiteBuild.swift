import ContentFormat
import Foundation
import Synchronization

/// `pufa-site build`: generate the site, stage it beside the output, swap it
/// in. A failure at any point leaves the previous output exactly as it was.
public struct SiteBuild: Sendable {
    public static let stepCount = SiteGenerator.stepCount
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public var output: URL {
        options.output ?? ProjectLayout(root: options.source).defaultOutput
    }

    public func run(progress: (BuildEvent) -> Void = { _ in }) throws(BuildFailure) -> BuildSummary {
        let guardrail = OutputGuard(projectRoot: options.source, output: output, force: options.force)
        do {
            try guardrail.check()
        } catch {
            throw .refused(error)
        }
        let writer = SiteWriter(output: output)
        do {
            try writer.begin()
        } catch {
            throw .output(error)
        }
        // Each report's own page, and its figures' records, are written while
        // the reports are rendered; the rest after.
        let early = Mutex<(written: Set<String>, failure: SiteWriter.Failure?)>(([], nil))
        let figures = StreamedFactExports(writer: writer)
        let generation: SiteSession.Generation
        do {
            var session = SiteSession(options: options, keepsSources: false)
            let pages: @Sendable (OutputFile) -> Void = { page in
                let failure = writer.write(page)
                early.withLock { early in
                    early.written.insert(page.path)
                    if early.failure == nil { early.failure = failure }
                }
            }
            generation = try session.update(.everything, progress: progress, early: .init(pages: pages, figures: figures))
            // What the site was read from (every report's front matter and
            // figures) is not needed again: a tenth of a second to free at
            // 10,000 reports, on the build's path.
            releaseInBackground(consume session)
        } catch {
            _ = figures.finish()
            writer.discardStaging()
            throw error
        }
        let figuresFailure = figures.finish()
        if figures.isComplete { early.withLock { $0.written.formUnion(StreamedFactExports.paths) } }
        for diagnostic in generation.diagnostics { progress(.diagnostic(diagnostic)) }
        let plan = generation.plan
        let paths = plan.paths
        progress(.step(
            index: Self.stepCount, total: Self.stepCount,
            title: "applying templates to \(generation.regions) regions and writing \(paths.count) files to \(output.lastPathComponent)/"
        ))
        let (written, failure) = early.withLock { ($0.written, $0.failure) }
        do throws(SiteWriter.Failure) {
            if let failure = failure ?? figuresFailure { throw failure }
            _ = try writer.stage(paths: plan.heaviestFirst(paths.filter { !written.contains($0) }), write: plan.write)
            writer.removeStaleFiles(keeping: paths)
            try writer.swap()
        } catch {
            writer.discardStaging()
            throw .output(error)
        }
        let summary = BuildSummary(
            reports: generation.reports, regions: generation.regions, pages: plan.pagePaths.count, files: paths.count,
            warnings: generation.diagnostics.filter { $0.severity == .warning }.count, output: output
        )
        // Freeing the site's model took a twentieth of a second at 10,000 reports.
        releaseInBackground((consume generation, consume plan, consume paths))
        return summary
    }
}
