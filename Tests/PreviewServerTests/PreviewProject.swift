import Foundation

/// A throwaway project: the sample fixture's content plus the repository's
/// templates, copied into a temporary folder the test may edit freely.
struct PreviewProject {
    /// Resolved, so a checkout reached through symlinks (a private dev
    /// package links these folders) is copied from, never written through.
    static let repositoryRoot = URL(filePath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    init(fixture: String = "sample-site") throws {
        root = FileManager.default.temporaryDirectory.appending(path: "pufa-preview-test-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        try fileManager.copyItem(
            at: Self.repositoryRoot.appending(path: "Tests/Fixtures/\(fixture)/content"), to: root.appending(path: "content")
        )
        try fileManager.copyItem(at: Self.repositoryRoot.appending(path: "Templates"), to: root.appending(path: "Templates"))
    }

    func url(_ relativePath: String) -> URL {
        root.appending(path: relativePath)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    func write(_ relativePath: String, _ text: String) throws {
        let file = url(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Rewrites a file the way an editor saving in place does.
    func edit(_ relativePath: String, _ change: (String) -> String) throws {
        try write(relativePath, change(try read(relativePath)))
    }

    func move(_ from: String, to: String) throws {
        try FileManager.default.moveItem(at: url(from), to: url(to))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
