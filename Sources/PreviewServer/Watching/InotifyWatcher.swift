#if os(Linux)
import Foundation
import Glibc

/// Linux inotify: the kernel reports each change as it happens, so a save
/// reaches the rebuild loop in microseconds instead of a polling interval.
/// inotify watches single folders, so every folder under the watched ones
/// gets its own watch, and folders that appear later are added as they come.
struct InotifyWatcher: Sendable {
    let tree: ProjectTree

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// Sets up every watch before returning, so a change made right after
    /// `start` is seen; then reads events on its own thread until `stop`.
    func start(stop: StopSignal, report: @escaping @Sendable (ProjectChanges) -> Void) throws(Unavailable) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Unavailable(description: "inotify is unavailable (\(Self.lastError()))") }
        var table = WatchTable(descriptor: descriptor, tree: tree)
        do {
            try table.watchProject()
        } catch {
            close(descriptor)
            throw error
        }
        Thread.detachNewThread { [table] in
            var table = table
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !stop.isStopped {
                // A bounded wait, so the thread notices `stop` within a fifth of a second.
                var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&waiting, 1, 200) > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                let changes = buffer.withUnsafeBytes { table.changes(from: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                if !changes.isEmpty { report(changes) }
            }
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// Which folder each inotify watch stands for, owned by the watcher thread.
private struct WatchTable: Sendable {
    let descriptor: Int32
    let tree: ProjectTree
    /// Watch descriptor → project-relative folder; "" is the project root.
    private var folders: [Int32: String] = [:]

    init(descriptor: Int32, tree: ProjectTree) {
        self.descriptor = descriptor
        self.tree = tree
    }

    private static let folderMask = UInt32(IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
    /// The root is watched only to see `content/` or `Templates/` replaced as a whole (a checkout, a restore).
    private static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)

    mutating func watchProject() throws(InotifyWatcher.Unavailable) {
        guard add(folder: "", mask: Self.rootMask) else {
            throw InotifyWatcher.Unavailable(description: "cannot watch \(tree.root.path) (\(InotifyWatcher.lastError()))")
        }
        for folder in ProjectChanges.watchedFolders {
            guard watchTree(folder) != nil else {
                throw InotifyWatcher.Unavailable(
                    description: "out of inotify watches (\(InotifyWatcher.lastError())); raise fs.inotify.max_user_watches"
                )
            }
        }
    }

    /// Watches `folder` and everything under it; returns the files found, or nil when the kernel refused a watch.
    private mutating func watchTree(_ folder: String) -> [String]? {
        var files: [String] = []
        var refused = false
        tree.walk(folder) { entry in
            if entry.isFolder {
                if !add(folder: entry.path, mask: Self.folderMask) { refused = true }
            } else {
                files.append(entry.path)
            }
        }
        return refused ? nil : files
    }

    private mutating func add(folder: String, mask: UInt32) -> Bool {
        let watch = inotify_add_watch(descriptor, tree.absolute(folder), mask)
        guard watch >= 0 else { return false }
        folders[watch] = folder
        return true
    }

    /// A folder moved away keeps its watches (inotify follows the inode);
    /// drop them so its later changes are not taken for the project's.
    private mutating func unwatchTree(_ folder: String) {
        for (watch, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    /// Reads a batch of `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }`.
    mutating func changes(from events: UnsafeRawBufferPointer) -> ProjectChanges {
        var changes = ProjectChanges.none
        var offset = 0
        let headerSize = MemoryLayout<Int32>.size + 3 * MemoryLayout<UInt32>.size
        while offset + headerSize <= events.count {
            let watch = events.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = events.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(events.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = events[(offset + headerSize)..<min(events.count, offset + headerSize + nameLength)]
            offset += headerSize + nameLength
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)

            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                changes = .everything
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[watch] = nil
                continue
            }
            guard let folder = folders[watch], !name.isEmpty, !ProjectChanges.isIgnored(name: name) else { continue }
            if folder.isEmpty && !ProjectChanges.watchedFolders.contains(name) { continue }
            let path = folder.isEmpty ? name : folder + "/" + name
            changes.merge(.paths([path]))

            guard mask & UInt32(IN_ISDIR) != 0 else { continue }
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { unwatchTree(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                // Files can land in a new folder before its watch exists; count them all as changed.
                if let files = watchTree(path) {
                    changes.merge(.paths(Set(files)))
                } else {
                    changes = .everything
                }
            }
        }
        return changes
    }
}
#endif
