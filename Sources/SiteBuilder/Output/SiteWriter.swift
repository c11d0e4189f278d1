import Foundation

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

    /// Writes `files` into the staging folder; on failure removes the staging
    /// folder and leaves the output as it was.
    public func stage(_ files: [OutputFile]) throws(Failure) -> URL {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appending(path: file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            try Data("written by pufa-site build; this folder is replaced on every build\n".utf8)
                .write(to: staging.appending(path: OutputGuard.markerName))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw .write(path: staging.path, reason: error.localizedDescription)
        }
        return staging
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
        if hadOutput { try? fileManager.removeItem(at: retired) }
    }

    /// Removes a staging folder left behind by a failed step.
    public func discardStaging() {
        try? FileManager.default.removeItem(at: staging)
    }
}
