import Foundation
import Synchronization

/// The stage and swap steps: every file is written into a staging folder
/// beside the output, and the staging folder replaces the output only when
/// all writes succeeded. Until then the previous site is untouched.
///
/// The output a swap replaces is kept beside it as the spare
/// (`.public.spare`), and the next build stages into the spare instead of
/// into a new folder: a rebuild then neither makes a folder per region nor
/// removes the old copy's, which at 10,000 reports was a tenth of the CPU
/// (the kernel's `mkdir` and `rmdir`). `StagingTree` says how old entries
/// are replaced without touching the output.
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
    /// Where files are written first; beside the output so the final rename
    /// stays on one file system.
    let staging: URL
    private let stagingPath: String
    /// Where the output goes while the staging folder takes its place.
    private let retired: URL
    /// The output before the last swap, kept to be the next staging folder.
    let spare: URL
    private let staged = StagingState()

    /// The folders beside the output are named once: a build opens a file in
    /// the staging folder for every page.
    public init(output: URL) {
        let output = output.standardizedFileURL
        let folder = output.deletingLastPathComponent(), name = output.lastPathComponent
        self.output = output
        staging = folder.appending(path: ".\(name).staging-\(getpid())")
        stagingPath = staging.path
        retired = folder.appending(path: ".\(name).previous-\(getpid())")
        spare = folder.appending(path: ".\(name).spare")
    }

    private final class StagingState: Sendable {
        /// Set by `begin()` when the staging folder is the spare.
        let isReused = Atomic(false)
    }

    var tree: StagingTree {
        StagingTree(root: stagingPath, isReused: staged.isReused.load(ordering: .relaxed))
    }

    /// Starts the staging folder: the spare, when there is one of ours, else
    /// a new empty folder. Removes a staging folder a crashed build left.
    public func begin() throws(Failure) {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        // Renaming claims it: of two builds at once, one gets it.
        if Self.isOurs(spare), rename(spare.path, staging.path) == 0 {
            staged.isReused.store(true, ordering: .relaxed)
            return
        }
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .write(path: staging.path, reason: error.localizedDescription)
        }
    }

    /// Writes one file into the staging folder, making its folders. Safe to
    /// call from several threads at once.
    public func write(_ file: OutputFile) -> Failure? {
        var (bytes, path) = open(file.path)
        bytes.write(file.bytes)
        return bytes.close().map { .write(path: path, reason: $0) }
    }

    /// The file at `relativePath` in the staging folder, for writing in
    /// pieces; `path` is where it is, for messages. A failure to make it or
    /// its folders is told by `close()`.
    func open(_ relativePath: String) -> (bytes: StagedFile, path: String) {
        let tree = tree
        return (staged(relativePath, in: tree), tree.path(relativePath))
    }

    /// Renders and writes every path into the staging folder begun by
    /// `begin()`, on all cores, each file written as soon as it is made so
    /// the site is never held in memory whole. On failure removes the
    /// staging folder and leaves the output as it was.
    /// `write` hands a file's bytes to `emit`, and calls `restart` to
    /// discard what it handed so far (`SitePlan.write`).
    public func stage(
        paths: [String], write: @Sendable (String, _ emit: ([UInt8]) -> Void, _ restart: () -> Void) -> Bool
    ) throws(Failure) -> URL {
        let tree = tree
        let failures = Mutex<[Failure]>([])
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            var file = staged(paths[index], in: tree)
            _ = write(paths[index], { file.write($0) }, { file.restart() })
            if let reason = file.close() {
                failures.withLock { $0.append(.write(path: tree.path(paths[index]), reason: reason)) }
            }
        }
        if let failure = failures.withLock({ $0.first }) {
            discardStaging()
            throw failure
        }
        var marker = tree.createFile(OutputGuard.markerName)
        marker.write(Array(Self.markerText.utf8))
        if let reason = marker.close() {
            discardStaging()
            throw .write(path: tree.root, reason: reason)
        }
        return staging
    }

    /// The file at `relativePath` in the staging folder, kept from the output
    /// being replaced when its bytes are the same (`StagedFile`).
    private func staged(_ relativePath: String, in tree: StagingTree) -> StagedFile {
        StagedFile(at: relativePath, in: tree, previousPath: output.path + "/" + relativePath)
    }

    /// Removes what a reused staging folder holds beyond `files` (and the
    /// marker): the pages of the build before last that this one has not.
    public func removeStaleFiles(keeping files: [String]) {
        tree.removeEntries(keeping: Set(files + [OutputGuard.markerName]))
    }

    static let markerText = "written by pufa-site build; this folder is replaced on every build\n"

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
        if hadOutput { keepAsSpare(retired) }
    }

    /// Keeps the replaced output as the spare, or removes it when it is not
    /// ours (a folder replaced with `--force`) or when a spare is there
    /// already (from another build running at the same time). The spare
    /// ignores itself for git, as the output is usually ignored.
    private func keepAsSpare(_ folder: URL) {
        guard Self.isOurs(folder), rename(folder.path, spare.path) == 0 else { return Self.remove(folder) }
        ignoreSpareForGit()
    }

    /// Whether a folder holds the marker of a completed build.
    private static func isOurs(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: OutputGuard.markerName).path)
    }

    private func ignoreSpareForGit() {
        var ignore = FileBytes(creating: spare.appending(path: ".gitignore").path)
        ignore.write(Array("# pufa-site's previous output, reused by the next build; safe to delete\n*\n".utf8))
        _ = ignore.close()
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

    /// Removes a staging folder left behind by a failed step, or gives it
    /// back as the spare when it was one: it holds only files of ours.
    public func discardStaging() {
        if staged.isReused.load(ordering: .relaxed) && Self.isOurs(staging) && rename(staging.path, spare.path) == 0 {
            return ignoreSpareForGit()
        }
        try? FileManager.default.removeItem(at: staging)
    }
}
