import Foundation

/// Watches `content/` and `Templates/` of a project and reports what changed:
/// inotify on Linux, polling where that is unavailable or asked for.
struct ProjectWatcher: Sendable {
    let tree: ProjectTree
    let mode: PreviewOptions.WatchMode
    private let stopSignal = StopSignal()

    static let fallbackPollingInterval = Duration.milliseconds(500)

    init(root: URL, mode: PreviewOptions.WatchMode) {
        tree = ProjectTree(root: root)
        self.mode = mode
    }

    /// Starts watching. Returns why inotify could not be used, when the
    /// watcher fell back to polling, so the person running it can know.
    func start(report: @escaping @Sendable (ProjectChanges) -> Void) -> String? {
        switch mode {
        case .polling(let interval):
            PollingWatcher(tree: tree, interval: interval).start(stop: stopSignal, report: report)
            return nil
        case .automatic:
            #if os(Linux)
            do {
                try InotifyWatcher(tree: tree).start(stop: stopSignal, report: report)
                return nil
            } catch {
                PollingWatcher(tree: tree, interval: Self.fallbackPollingInterval).start(stop: stopSignal, report: report)
                return error.description
            }
            #else
            PollingWatcher(tree: tree, interval: Self.fallbackPollingInterval).start(stop: stopSignal, report: report)
            return "this platform has no inotify"
            #endif
        }
    }

    func stop() {
        stopSignal.stop()
    }
}
