import Foundation
import Synchronization

/// The stage and swap steps: every file is written into a staging folder
/// beside the output, and the staging folder replaces the output only when
/// all writes succeeded. Until then the previous site is untouched.
public struct SiteWriter: Sendable {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case write(path: String, reason: String)
        case swap(reason: String)

        public var description: String {
            switch self {
            case .write(let path, let reason): "cannot write \(path): \(reason)"
            case .swap(let reason): "cannot replace the output folder: \(reason)"
            }
        }
    }

    let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Where files are written first; beside the output so the final rename
    /// stays on one file system.
    var staging: URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).staging-\(getpid())")
    }

    private var retired: URL {
        output.deletingLastPathComponent().appending(path: ".\(output.lastPathComponent).previous-\(getpid())")
    }

    /// Starts an empty staging folder, removing one a crashed build left.
    public func begin() throws(Failure) {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .write(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Writes one file into the staging folder, making its folders. Safe to
    /// call from several threads at once.
    public func write(_ file: OutputFile) -> Failure? {
        do throws(Failure) {
            var (bytes, path) = try open(file.path)
            bytes.write(file.bytes)
            return bytes.close().map { .write(path: path, reason: $0) }
        } catch {
            return error
        }
    }

    /// Creates the file at `relativePath` in the staging folder, and its
    /// folders, for writing in pieces; `path` is where it is, for messages.
    func open(_ relativePath: String) throws(Failure) -> (bytes: StagedFile, path: String) {
        var folder = ""
        for part in relativePath.split(separator: "/").dropLast() {
            folder += "/" + part
            // EEXIST when another thread made it first, or an earlier file of the same folder.
            if mkdir(staging.path + folder, 0o755) != 0 && errno != EEXIST {
                throw .write(path: staging.path + folder, reason: String(cString: strerror(errno)))
            }
        }
        let path = staging.appending(path: relativePath).path
        return (staged(path, at: relativePath), path)
    }

    /// Renders and writes every path into the staging folder begun by
    /// `begin()`, on all cores, each file written as soon as it is made so
    /// the site is never held in memory whole. On failure removes the
    /// staging folder and leaves the output as it was.
    public func stage(paths: [String], write: @Sendable (String, _ emit: ([UInt8]) -> Void) -> Bool) throws(Failure) -> URL {
        let fileManager = FileManager.default
        let root = staging
        do {
            for folder in Self.folders(of: paths) {
                try fileManager.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
            }
        } catch {
            try? fileManager.removeItem(at: root)
            throw .write(path: root.path, reason: error.localizedDescription)
        }
        let failures = Mutex<[Failure]>([])
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = root.appending(path: paths[index]).path
            var file = staged(path, at: paths[index])
            _ = write(paths[index]) { file.write($0) }
            if let reason = file.close() {
                failures.withLock { $0.append(.write(path: path, reason: reason)) }
            }
        }
        if let failure = failures.withLock({ $0.first }) {
            try? fileManager.removeItem(at: root)
            throw failure
        }
        var marker = FileBytes(creating: root.appending(path: OutputGuard.markerName).path)
        marker.write(Array(Self.markerText.utf8))
        if let reason = marker.close() {
            try? fileManager.removeItem(at: root)
            throw .write(path: root.path, reason: reason)
        }
        return root
    }

    /// The file at `path` in the staging folder, kept from the output being
    /// replaced when its bytes are the same (`StagedFile`).
    private func staged(_ path: String, at relativePath: String) -> StagedFile {
        StagedFile(creating: path, previousPath: output.path + "/" + relativePath)
    }

    static let markerText = "written by pufa-site build; this folder is replaced on every build\n"

    /// Every folder the paths need, parents before children.
    static func folders(of paths: [String]) -> [String] {
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                parts = parts.dropLast()
            }
        }
        return folders.sorted()
    }

    /// Puts the staged folder in place of the output. The old output is moved
    /// aside first and put back if the final rename fails.
    public func swap() throws(Failure) {
        let fileManager = FileManager.default
        let hadOutput = fileManager.fileExists(atPath: output.path)
        do {
            try? fileManager.removeItem(at: retired)
            if hadOutput { try fileManager.moveItem(at: output, to: retired) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .swap(reason: error.localizedDescription)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fileManager.moveItem(at: retired, to: output) }
            try? fileManager.removeItem(at: staging)
            throw .swap(reason: error.localizedDescription)
        }
        if hadOutput { Self.remove(retired) }
    }

    /// Removes a folder on all cores: a large site's old copy is tens of
    /// thousands of files, and unlinking them is kernel work that spreads over
    /// cores. The pieces are the entries two levels down (`regions/lanzhou`,
    /// `data/facts.json`), since nearly all of a site is in two or three
    /// top-level folders: 3.0 s by one thread, about 2 s like this, for the
    /// 20,000 files of 10,000 reports.
    private static func remove(_ folder: URL) {
        let fileManager = FileManager.default
        var pieces: [String] = []
        for entry in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let path = folder.appending(path: entry).path
            let children = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
            pieces += children.isEmpty ? [path] : children.map { path + "/" + $0 }
        }
        DispatchQueue.concurrentPerform(iterations: pieces.count) { [pieces] index in
            try? FileManager.default.removeItem(atPath: pieces[index])
        }
        try? fileManager.removeItem(at: folder)
    }

    /// Removes a staging folder left behind by a failed step.
    public func discardStaging() {
        try? FileManager.default.removeItem(at: staging)
    }
}
