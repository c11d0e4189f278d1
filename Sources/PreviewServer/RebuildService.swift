import ServiceLifecycle

/// Watches the project and rebuilds after each burst of saves, one rebuild
/// at a time; saves made during a rebuild are picked up by the next one.
/// Runs beside the HTTP server in the application's service group, so both
/// stop together on Ctrl-C.
struct RebuildService: Service {
    let session: PreviewSession
    let watcher: ProjectWatcher
    /// A save storm that never goes quiet (a checkout of thousands of files)
    /// still gets a rebuild this long after it began.
    var maximumDelay: Duration = .seconds(1)
    /// Idle event streams get a comment this often, so closed tabs are noticed and dropped.
    var keepAliveInterval: Duration = .seconds(15)

    init(session: PreviewSession) {
        self.session = session
        watcher = ProjectWatcher(root: session.options.source, mode: session.options.watching)
    }

    func run() async throws {
        let accumulator = ChangeAccumulator()
        if let reason = watcher.start(report: { accumulator.record($0) }) {
            session.report(.watcherFallback(reason: reason))
        }
        defer {
            watcher.stop()
            accumulator.finish()
            session.broadcaster.finishAll()
        }
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask { await keepEventStreamsAlive() }
                await rebuildAfterChanges(accumulator)
                group.cancelAll()
            }
        }
    }

    private func rebuildAfterChanges(_ accumulator: ChangeAccumulator) async {
        for await _ in accumulator.signals {
            await waitForQuiet(accumulator)
            guard !Task.isCancelled else { return }
            guard let (changes, since) = accumulator.take() else { continue }
            session.report(.changesDetected(changes.sortedPaths))
            await session.rebuild(changes, since: since)
        }
    }

    /// Debounce: returns once no change has come for `debounce`, or `maximumDelay` after the first.
    private func waitForQuiet(_ accumulator: ChangeAccumulator) async {
        while let pending = accumulator.pendingSince, !Task.isCancelled {
            let deadline = min(pending.last + session.options.debounce, pending.first + maximumDelay)
            guard ContinuousClock.now < deadline else { return }
            try? await Task.sleep(until: deadline, clock: .continuous)
        }
    }

    private func keepEventStreamsAlive() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: keepAliveInterval)
            session.broadcaster.keepAlive()
        }
    }
}
