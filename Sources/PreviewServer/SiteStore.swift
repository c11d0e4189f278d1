import ContentFormat
import SiteBuilder
import Synchronization

/// What every request reads: the last good site and how the preview is doing.
/// Copying it out of the store is cheap (copy-on-write storage).
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
    /// Touched only by the rebuild loop, one rebuild at a time.
    private let tags: Mutex<ContentTags>

    init(liveReload: Bool) {
        self.liveReload = liveReload
        let tags = ContentTags()
        self.tags = Mutex(tags)
        let buildID = "\(tags.server)-0"
        state = Mutex(PreviewState(
            site: .empty, hasSite: false, build: 0, buildID: buildID, errors: [], warnings: [],
            injection: PageInjection(buildID: buildID, liveReload: liveReload, errors: []), serverTag: tags.server
        ))
    }

    var current: PreviewState {
        state.withLock { $0 }
    }

    /// Puts a newly generated site in place and clears any error overlay.
    /// The comparison with the previous site runs outside the lock, so
    /// requests keep being answered from the old site meanwhile.
    ///
    /// Returns the site it replaced as `retired`: freeing a large site takes
    /// tens of milliseconds, which belong neither inside the lock nor before
    /// the reload event, so the caller decides when it goes.
    func install(_ files: [OutputFile], warnings: [Diagnostic]) -> Installation {
        let previous = current
        let (site, difference) = tags.withLock { tags in ServedSite.next(after: previous.site, files: files, tags: &tags) }
        var retired = ServedSite.empty
        let installed = state.withLock { state in
            swap(&retired, &state.site)
            state.site = site
            state.hasSite = true
            state.errors = []
            state.warnings = warnings
            advance(&state)
            return state
        }
        return Installation(state: installed, difference: difference, newWarnings: warnings != previous.warnings, retired: retired)
    }

    struct Installation: Sendable {
        var state: PreviewState
        var difference: ServedSite.Difference
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
