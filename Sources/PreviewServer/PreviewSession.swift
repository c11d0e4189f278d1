import ContentFormat
import Dispatch
import Foundation

/// The state one `serve` run shares between the rebuild loop and requests:
/// the site being served, the open event streams, and how to rebuild.
struct PreviewSession: Sendable {
    let options: PreviewOptions
    let rebuilder: SiteRebuilder
    let store: SiteStore
    let broadcaster = ReloadBroadcaster()
    let report: @Sendable (PreviewEvent) -> Void

    init(options: PreviewOptions, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.options = options
        self.report = report
        rebuilder = SiteRebuilder(source: options.source, includeDrafts: options.includeDrafts)
        store = SiteStore(liveReload: options.liveReload)
    }

    /// Rebuilds and shows the result: the new site, or the errors over the
    /// last good one. The store is updated before the event goes out, so a
    /// page reloading on the event gets the new files.
    /// - Parameter since: when the first of `changes` was seen; the reported time counts from there.
    @discardableResult
    func rebuild(_ changes: ProjectChanges, since: ContinuousClock.Instant = .now) async -> PreviewState {
        let generationStart = ContinuousClock.now
        let outcome = await rebuilder.rebuild(changes: changes)
        let generating = ContinuousClock.now - generationStart
        let state: PreviewState
        switch outcome {
        case .built(let site, let pages, let reports, let renderedReports, let warnings):
            let installed = store.install(site, warnings: warnings)
            state = installed.state
            broadcaster.announce(buildID: state.buildID)
            let elapsed = ContinuousClock.now - since
            if installed.newWarnings { report(.warnings(warnings)) }
            if installed.retired.mount != site.mount, let port = store.listeningPort {
                report(.moved(url: options.url(port: port, path: site.mount.path)))
            }
            report(.built(PreviewEvent.BuildReport(
                build: state.build, pages: pages, reports: reports, elapsed: elapsed, generating: generating,
                renderedReports: renderedReports, removedPages: installed.retired.removedPages(in: site)
            )))
        case .failed(let errors):
            state = store.recordFailure(errors)
            broadcaster.announce(buildID: state.buildID)
            report(.buildFailed(errors: errors, build: state.build, servingLastGoodSite: state.hasSite))
        }
        return state
    }

    /// Lets the replaced site go on a background thread, after the event:
    /// at 10,000 reports that is ~700 MB and ~40 ms of `free`.
}
