import ContentFormat
import Foundation
@testable import SiteBuilder

/// A throwaway project in a temporary folder: a fixture site plus the
/// project's real templates, built the way the command line builds it.
struct TestProject {
    /// Resolved, so a checkout reached through symlinks is copied, never written through.
    static let repositoryRoot = URL(filePath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    init(fixture: String = "sample-site") throws {
        root = FileManager.default.temporaryDirectory.appending(path: "pufa-test-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        try fileManager.copyItem(
            at: Self.repositoryRoot.appending(path: "Tests/Fixtures/\(fixture)/content"),
            to: root.appending(path: "content")
        )
        try fileManager.copyItem(at: Self.repositoryRoot.appending(path: "Templates"), to: root.appending(path: "Templates"))
    }

    /// The repository's own content (the five reports) with its templates.
    static func repositoryContent() throws -> TestProject {
        let project = try TestProject(fixture: "sample-site")
        let content = project.root.appending(path: "content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: repositoryRoot.appending(path: "content"), to: content)
        return project
    }

    var output: URL { root.appending(path: "public") }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = root.appending(path: relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: root.appending(path: relativePath))
    }

    /// Builds; a failure carries its diagnostics in the test log.
    @discardableResult
    func build(output: URL? = nil, baseURL: String? = nil, force: Bool = false) throws(BuildFailure) -> BuildSummary {
        do {
            return try SiteBuild(options: BuildOptions(source: root, output: output, baseURL: baseURL, force: force)).run()
        } catch {
            if case .diagnostics(let diagnostics) = error { print(diagnostics.map(\.description).joined(separator: "\n")) }
            throw error
        }
    }

    /// The diagnostics of a build that must fail.
    func failingBuild() -> [Diagnostic] {
        do {
            try build()
            return []
        } catch {
            if case .diagnostics(let diagnostics) = error { return diagnostics }
            return [.error(at: SourceLocation(path: "?"), error.description)]
        }
    }

    func read(_ sitePath: String) throws -> String {
        try String(contentsOf: output.appending(path: sitePath), encoding: .utf8)
    }

    /// Every file under a folder with its bytes, keyed by relative path.
    static func snapshot(of folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return files }
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
