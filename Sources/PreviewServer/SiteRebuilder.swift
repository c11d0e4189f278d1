import ContentFormat
import Dispatch
import Foundation
import SiteBuilder

/// The only place the preview regenerates the site. Today every rebuild is a
/// full `SiteGenerator` run; an incremental engine that keeps rendered reports
/// between runs replaces the body of `generate(changes:)` and nothing else.
struct SiteRebuilder: Sendable {
    let options: BuildOptions

    /// Generation is seconds of synchronous CPU work on a large site; on the
    /// cooperative pool (two threads here) it would stall request handling.
    private let queue = DispatchQueue(label: "pufa-site.preview.rebuild", qos: .userInitiated)

    init(source: URL, includeDrafts: Bool) {
        options = BuildOptions(source: source, output: nil, baseURL: nil, includeDrafts: includeDrafts)
    }

    enum Outcome: Sendable {
        case built(files: [OutputFile], reports: Int, warnings: [Diagnostic])
        /// Errors only; the site to keep serving is the caller's business.
        case failed([Diagnostic])
    }

    /// - Parameter changes: what changed since the previous call; `.everything`
    ///   for the first build. Full regeneration ignores it; an incremental
    ///   engine needs it.
    func rebuild(changes: ProjectChanges) async -> Outcome {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: generate(changes: changes))
            }
        }
    }

    private func generate(changes: ProjectChanges) -> Outcome {
        do {
            let result = try SiteGenerator(options: options).generate()
            return .built(
                files: result.files, reports: result.reports,
                warnings: result.diagnostics.filter { $0.severity == .warning }
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
