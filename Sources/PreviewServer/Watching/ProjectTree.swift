import Foundation
import Synchronization

/// Walks the watched folders of a project the way the build reads them:
/// symlinked folders are followed (a project may link `content/` or
/// `Templates/assets/` from elsewhere), each real folder once, so a link
/// cycle cannot loop.
struct ProjectTree: Sendable {
    let root: URL

    struct Entry: Sendable {
        /// Project-relative, `/`-separated.
        var path: String
        var isFolder: Bool
        /// Changes when a file is rewritten, replaced or renamed over.
        var fingerprint: Fingerprint
    }

    struct Fingerprint: Sendable, Equatable {
        var modified: Int64
        var size: Int64
        var inode: UInt64
        var device: UInt64
    }

    /// Every folder and file under `relativeFolder`, the folder itself first.
    func walk(_ relativeFolder: String, visit: (Entry) -> Void) {
        var visited = Set<[UInt64]>()
        walk(relativeFolder, visited: &visited, visit: visit)
    }

    private func walk(_ relativeFolder: String, visited: inout Set<[UInt64]>, visit: (Entry) -> Void) {
        guard let folder = Self.status(of: absolute(relativeFolder)), folder.isFolder,
              visited.insert([folder.fingerprint.device, folder.fingerprint.inode]).inserted
        else { return }
        visit(Entry(path: relativeFolder, isFolder: true, fingerprint: folder.fingerprint))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(relativeFolder))) ?? []
        // Sorted: a polling scan and the changes it reports come out the same every time.
        for name in names.sorted() where !ProjectChanges.isIgnored(name: name) {
            let path = relativeFolder + "/" + name
            guard let status = Self.status(of: absolute(path)) else { continue }
            if status.isFolder {
                walk(path, visited: &visited, visit: visit)
            } else {
                visit(Entry(path: path, isFolder: false, fingerprint: status.fingerprint))
            }
        }
    }

    func absolute(_ relativePath: String) -> String {
        root.appending(path: relativePath).path
    }

    /// `stat`, following symlinks; nil for a dangling link or a vanished file.
    static func status(of path: String) -> (isFolder: Bool, fingerprint: Fingerprint)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return (isFolder, Fingerprint(modified: modified, size: Int64(info.st_size), inode: UInt64(info.st_ino), device: UInt64(info.st_dev)))
    }
}

/// Tells a watcher thread to finish; the thread checks it between waits.
final class StopSignal: Sendable {
    private let stopped = Atomic<Bool>(false)

    func stop() {
        stopped.store(true, ordering: .releasing)
    }

    var isStopped: Bool {
        stopped.load(ordering: .acquiring)
    }
}
