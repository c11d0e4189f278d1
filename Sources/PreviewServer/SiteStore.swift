import ContentFormat
import SiteBuilder
import Synchronization

/// What every request reads: the last good site and how the preview is doing.
/// Copying it out of the store is cheap (the site is a reference).
struct PreviewState: Sendable {
    var site: ServedSite
    /// False until a build succeeds; until then every path answers with an error page.
    var hasSite: Bool
    /// Counts each site or failure shown, so a page can tell it is out of date.
    var build: Int
    /// `"<server>-<build>"`: unique across server restarts too.
    var buildID: String
    /// The errors of the last build when it failed, shown over the last good site.
    var errors: [Diagnostic]
    /// The warnings of the last good build, so unchanged ones are not printed again after every save.
    var warnings: [Diagnostic]
    var injection: PageInjection
    var serverTag: String
}

/// The one shared, mutable thing of the preview. Requests read a snapshot;
/// only the rebuild loop writes, and each write replaces the site whole,
/// before the reload event goes out.
final class SiteStore: Sendable {
    let liveReload: Bool
    private let state: Mutex<PreviewState>
    /// The port the server listens on, once it does.
    private let port = Mutex<Int?>(nil)

    var listeningPort: Int? {
        get { port.withLock { $0 } }
        set { port.withLock { $0 = newValue } }
    }

    init(liveReload: Bool) {
        self.liveReload = liveReload
        let server = ServerTag.random()
        let buildID = "\(server)-0"
        state = Mutex(PreviewState(
            site: .empty, hasSite: false, build: 0, buildID: buildID, errors: [], warnings: [],
            injection: PageInjection(buildID: buildID, liveReload: liveReload, errors: []), serverTag: server
        ))
    }

    var current: PreviewState {
        state.withLock { $0 }
    }

    /// Puts a newly generated site in place and clears any error overlay.
    /// Returns the site it replaced, for the caller to compare and free
    /// after the reload event has gone out.
    func install(_ site: ServedSite, warnings: [Diagnostic]) -> Installation {
        let previous = current
        let installed = state.withLock { state in
            state.site = site
            state.hasSite = true
            state.errors = []
            state.warnings = warnings
            advance(&state)
            return state
        }
        return Installation(state: installed, newWarnings: warnings != previous.warnings, retired: previous.site)
    }

    struct Installation: Sendable {
        var state: PreviewState
        /// The warnings differ from the last good build's.
        var newWarnings: Bool
        var retired: ServedSite
    }

    /// Keeps the last good site and adds the overlay listing `errors`.
    func recordFailure(_ errors: [Diagnostic]) -> PreviewState {
        state.withLock { state in
            state.errors = errors
            advance(&state)
            return state
        }
    }

    private func advance(_ state: inout PreviewState) {
        state.build += 1
        state.buildID = "\(state.serverTag)-\(state.build)"
        state.injection = PageInjection(buildID: state.buildID, liveReload: liveReload, errors: state.errors)
    }
}
