import Foundation

/// Decides whether a folder may be replaced by a build. The build never
/// deletes anything the tool did not write, unless told to with `--force`.
public struct OutputGuard: Sendable {
    /// Written into every build; its presence proves the folder is ours.
    public static let markerName = ".pufa-site-output"

    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case isProjectRoot(String)
        case containsContent(String)
        case containsProject(String)
        case foreignFiles(String)
        case notAFolder(String)

        public var description: String {
            switch self {
            case .isProjectRoot(let path): "refusing to write the site into the project folder itself (\(path))"
            case .containsContent(let path): "refusing to replace \(path): it contains a content/ folder"
            case .containsProject(let path): "refusing to replace \(path): it contains the project"
            case .foreignFiles(let path):
                "refusing to replace \(path): it holds files pufa-site did not write (no \(OutputGuard.markerName) marker); use --force to replace it anyway"
            case .notAFolder(let path): "\(path) exists and is not a folder"
            }
        }
    }

    let projectRoot: URL
    let output: URL
    let force: Bool

    public init(projectRoot: URL, output: URL, force: Bool) {
        self.projectRoot = projectRoot.standardizedFileURL.resolvingSymlinksInPath()
        self.output = output.standardizedFileURL.resolvingSymlinksInPath()
        self.force = force
    }

    /// The checks that hold even with `--force`, then the marker check.
    public func check() throws(Refusal) {
        let outputPath = output.path
        let rootPath = projectRoot.path
        if outputPath == rootPath { throw .isProjectRoot(outputPath) }
        if rootPath.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
            throw .containsProject(outputPath)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputPath, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .notAFolder(outputPath) }
        if FileManager.default.fileExists(atPath: output.appending(path: "content").path) {
            throw .containsContent(outputPath)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputPath)) ?? []
        let ours = entries.contains(Self.markerName)
        if !entries.isEmpty && !ours && !force { throw .foreignFiles(outputPath) }
    }
}
