import ContentFormat
import Dispatch
import Foundation
import SiteBuilder
import Synchronization

/// The only place the preview regenerates the site. It keeps one
/// `SiteSession` for the life of the server, so a saved report costs one
/// report's render plus the model, and pages are rendered when asked for.
final class SiteRebuilder: Sendable {
    let options: BuildOptions
    /// Used only on `queue`, one rebuild at a time.
    private let session: Mutex<SiteSession>

    /// Generation is synchronous CPU work, seconds of it for a large site's
    /// first build; on the cooperative pool (two threads here) it would
    /// stall request handling.
    private let queue = DispatchQueue(label: "pufa-site.preview.rebuild", qos: .userInitiated)

    /// At most this many edited reports get their pages rendered before the
    /// reload; a larger change (a checkout) renders on request instead.
    static let prerenderLimit = 20

    init(source: URL, includeDrafts: Bool) {
        options = BuildOptions(source: source, output: nil, baseURL: nil, includeDrafts: includeDrafts)
        session = Mutex(SiteSession(options: options))
    }

    enum Outcome: Sendable {
        case built(site: ServedSite, pages: Int, reports: Int, renderedReports: Int, warnings: [Diagnostic])
        /// Errors only; the site to keep serving is the caller's business.
        case failed([Diagnostic])
    }

    /// - Parameter changes: what changed since the previous call; `.everything`
    ///   for the first build.
    func rebuild(changes: ProjectChanges) async -> Outcome {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.generate(changes: changes))
            }
        }
    }

    private func generate(changes: ProjectChanges) -> Outcome {
        let changeSet: ProjectChangeSet
        switch changes {
        case .everything: changeSet = .everything
        case .paths(let paths): changeSet = .paths(paths)
        }
        do {
            let generation = try session.withLock { session throws(BuildFailure) in try session.update(changeSet) }
            let site = ServedSite(plan: generation.plan)
            if generation.renderedReports <= Self.prerenderLimit {
                site.prerender(generation.renderedReportPaths.flatMap(generation.plan.pagePaths(showingReportFrom:)))
            }
            return .built(
                site: site, pages: generation.plan.pagePaths.count, reports: generation.reports,
                renderedReports: generation.renderedReports,
                warnings: generation.diagnostics.filter { $0.severity == .warning }
            )
        } catch {
            switch error {
            case .diagnostics(let diagnostics):
                let errors = diagnostics.filter { $0.severity == .error }
                return .failed(errors.isEmpty ? [projectError(error.description)] : errors)
            case .refused, .output:
                // Generation never writes, so these cannot happen; shown as they are if they ever do.
                return .failed([projectError(error.description)])
            }
        }
    }

    private func projectError(_ message: String) -> Diagnostic {
        .error(at: SourceLocation(path: ProjectLayout(root: options.source).display(options.source)), message)
    }
}
