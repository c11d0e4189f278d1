import ContentFormat
import Foundation

/// `pufa-site build`: generate the site, stage it beside the output, swap it
/// in. A failure at any point leaves the previous output exactly as it was.
public struct SiteBuild: Sendable {
    public static let stepCount = SiteGenerator.stepCount + 1
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
        let result = try SiteGenerator(options: options).generate { event in
            if case .step(let index, _, let title) = event {
                progress(.step(index: index, total: Self.stepCount, title: title))
            } else {
                progress(event)
            }
        }
        for diagnostic in result.diagnostics { progress(.diagnostic(diagnostic)) }
        progress(.step(index: Self.stepCount, total: Self.stepCount, title: "writing \(result.files.count) files to \(output.lastPathComponent)/"))
        let writer = SiteWriter(output: output)
        do {
            _ = try writer.stage(result.files)
            try writer.swap()
        } catch {
            writer.discardStaging()
            throw .output(error)
        }
        return BuildSummary(
            reports: result.reports, regions: result.regions, pages: result.pages, files: result.files.count,
            warnings: result.diagnostics.filter { $0.severity == .warning }.count, output: output
        )
    }
}
