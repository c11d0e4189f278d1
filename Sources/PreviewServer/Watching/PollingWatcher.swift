import Foundation

/// Finds changes by rescanning the watched folders: the fallback where
/// inotify is missing or out of watches, and the mode for file systems it
/// cannot see. A scan of 10,000 reports is a few tens of milliseconds of `stat`.
struct PollingWatcher: Sendable {
    let tree: ProjectTree
    let interval: Duration

    typealias Snapshot = [String: ProjectTree.Fingerprint]

    /// Runs on its own thread until `stop` is signalled.
    func start(stop: StopSignal, report: @escaping @Sendable (ProjectChanges) -> Void) {
        let initial = scan()
        Thread.detachNewThread {
            var previous = initial
            while !stop.isStopped {
                Thread.sleep(forTimeInterval: interval.seconds)
                guard !stop.isStopped else { return }
                let current = scan()
                let changed = Self.difference(from: previous, to: current)
                previous = current
                if !changed.isEmpty { report(.paths(changed)) }
            }
        }
    }

    func scan() -> Snapshot {
        var snapshot: Snapshot = [:]
        for folder in ProjectChanges.watchedFolders {
            tree.walk(folder) { entry in
                // A folder's own timestamp moves with every file added or removed; its files tell us more.
                if !entry.isFolder { snapshot[entry.path] = entry.fingerprint }
            }
        }
        return snapshot
    }

    static func difference(from old: Snapshot, to new: Snapshot) -> Set<String> {
        var changed = Set<String>()
        for (path, fingerprint) in new where old[path] != fingerprint { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
