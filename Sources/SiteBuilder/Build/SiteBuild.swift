import ContentFormat
import Foundation

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
        var session = SiteSession(options: options, keepsSources: false)
        let generation = try session.update(.everything, progress: progress)
        for diagnostic in generation.diagnostics { progress(.diagnostic(diagnostic)) }
        let plan = generation.plan
        let paths = plan.paths
        progress(.step(
            index: Self.stepCount, total: Self.stepCount,
            title: "applying templates to \(generation.regions) regions and writing \(paths.count) files to \(output.lastPathComponent)/"
        ))
        let writer = SiteWriter(output: output)
        do {
            _ = try writer.stage(paths: plan.heaviestFirst(paths), write: plan.write)
            try writer.swap()
        } catch {
            writer.discardStaging()
            throw .output(error)
        }
        return BuildSummary(
            reports: generation.reports, regions: generation.regions, pages: plan.pagePaths.count, files: paths.count,
            warnings: generation.diagnostics.filter { $0.severity == .warning }.count, output: output
        )
    }
}
