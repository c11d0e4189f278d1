import Foundation
import Testing
@testable import SiteBuilder

/// The site's bytes must not change when the build gets faster. The manifests
/// in `Tests/Fixtures/output-digests` were recorded by
/// `scripts/record-output-digests.sh` before the build was optimised; every
/// later build must match them file for file. A change that is meant to
/// change the output re-records them and says so in its commit.
@Suite(.serialized) struct OutputDigestTests {
    static let digestsFolder = TestProject.repositoryRoot.appending(path: "Tests/Fixtures/output-digests")

    @Test func repositoryContentIsByteIdenticalToTheRecordedBuild() throws {
        let project = try TestProject.repositoryContent()
        defer { project.cleanUp() }
        try project.build()
        try expectManifest(of: project.output, equals: "content.sha256")
    }

    @Test func benchmarkCorpusOf200ReportsIsByteIdenticalToTheRecordedBuild() throws {
        let project = try TestProject.repositoryContent()
        defer { project.cleanUp() }
        try FileManager.default.removeItem(at: project.root)
        try run(script: "make-corpus-project.sh", [project.root.path, "200"])
        try project.build()
        try expectManifest(of: project.output, equals: "corpus-200.sha256")
    }

    private func expectManifest(of site: URL, equals recorded: String) throws {
        let actual = try run(script: "output-digests.sh", [site.path])
        let expected = try String(contentsOf: Self.digestsFolder.appending(path: recorded), encoding: .utf8)
        let actualLines = Set(actual.split(separator: "\n"))
        let expectedLines = Set(expected.split(separator: "\n"))
        #expect(actualLines.count > 10, "the manifest lists the site's files")
        let changed = actualLines.symmetricDifference(expectedLines).map { String($0.split(separator: " ").last ?? "") }
        #expect(actual == expected, "files that differ from \(recorded): \(Set(changed).sorted().prefix(20))")
    }

    @discardableResult
    private func run(script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = TestProject.repositoryRoot.appending(path: "scripts/\(script)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "scripts/\(script) failed")
        return String(decoding: data, as: UTF8.self)
    }
}
