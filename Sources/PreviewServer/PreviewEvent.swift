import ContentFormat

/// What the preview tells the person running it. The library never prints;
/// the command decides how each event looks in the terminal.
public enum PreviewEvent: Sendable {
    /// The first build, before the server starts.
    case initialBuildStarted
    /// A build (first or later) is in place and served.
    case built(BuildReport)
    /// A build failed. The last good site keeps being served with an error
    /// overlay; before the first good build there is only an error page.
    case buildFailed(errors: [Diagnostic], build: Int, servingLastGoodSite: Bool)
    /// Warnings of a build that succeeded.
    case warnings([Diagnostic])
    /// The server accepts connections at `url`.
    case listening(url: String)
    /// An edit of `base_url` moved the site to another path: it is now at `url`.
    case moved(url: String)
    /// The watcher could not use inotify and scans the project instead.
    case watcherFallback(reason: String)
    /// A rebuild started because these project files changed (relative paths, sorted).
    case changesDetected([String])

    public struct BuildReport: Sendable {
        /// Counts from 1 for each site (or failure) the preview has shown.
        public var build: Int
        public var pages: Int
        public var reports: Int
        /// From the first change seen to the swapped-in site, debounce included.
        public var elapsed: Duration
        /// The part of `elapsed` spent generating the site; the rest is waiting for quiet and swapping.
        public var generating: Duration
        /// Reports read and rendered again; the others came from memory.
        public var renderedReports: Int
        /// Pages the previous build had and this one does not.
        public var removedPages: Int
    }
}
