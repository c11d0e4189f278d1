import Synchronization

/// What changed in the project since the last rebuild, as project-relative
/// paths (`content/reports/lanzhou.md`, `Templates/report.mustache`). A path
/// may name a folder that appeared or went away as a whole.
enum ProjectChanges: Sendable, Equatable {
    /// The first build, or the watcher lost track (its event queue overflowed).
    case everything
    case paths(Set<String>)

    static let none = ProjectChanges.paths([])

    var isEmpty: Bool { self == .none }

    mutating func merge(_ other: ProjectChanges) {
        switch (self, other) {
        case (.paths(let mine), .paths(let theirs)): self = .paths(mine.union(theirs))
        default: self = .everything
        }
    }

    /// For the terminal: sorted, so the same save always prints the same way.
    var sortedPaths: [String] {
        switch self {
        case .everything: ["(everything)"]
        case .paths(let paths): paths.sorted()
        }
    }

    /// The folders a preview watches, relative to the project root.
    static let watchedFolders = ["content", "Templates"]

    /// Editor droppings: backups, swap files, vim's write probe. A change to
    /// one of them is not a change to the site and must not cost a rebuild.
    static func isIgnored(name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name == "4913"
    }
}

/// Collects changes from the watcher thread until the rebuild loop takes
/// them, and remembers when the last one came so the loop can wait for quiet.
final class ChangeAccumulator: Sendable {
    private struct Pending {
        var changes = ProjectChanges.none
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
    }

    private let pending = Mutex(Pending())
    /// One element means "something is pending"; more saves while a rebuild
    /// runs collapse into it.
    let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation

    init() {
        (signals, signal) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    func record(_ changes: ProjectChanges) {
        guard !changes.isEmpty else { return }
        let now = ContinuousClock.now
        pending.withLock { pending in
            pending.changes.merge(changes)
            if pending.first == nil { pending.first = now }
            pending.last = now
        }
        signal.yield()
    }

    /// When the most recent pending change came, and the earliest; nil if nothing is pending.
    var pendingSince: (first: ContinuousClock.Instant, last: ContinuousClock.Instant)? {
        pending.withLock { pending in
            guard let first = pending.first, let last = pending.last else { return nil }
            return (first, last)
        }
    }

    /// Everything pending, and when the first of it arrived.
    func take() -> (changes: ProjectChanges, since: ContinuousClock.Instant)? {
        let taken = pending.withLock { pending in
            let taken = pending
            pending = Pending()
            return taken
        }
        guard let first = taken.first, !taken.changes.isEmpty else { return nil }
        return (taken.changes, first)
    }

    func finish() {
        signal.finish()
    }
}
