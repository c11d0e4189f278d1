import Foundation
import Testing
@testable import SiteBuilder

@Suite struct OutputSafetyTests {
    @Test func twoBuildsGiveIdenticalBytes() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let first = TestProject.snapshot(of: project.output)
        try project.build()
        #expect(TestProject.snapshot(of: project.output) == first)
        #expect(first.count > 5)
    }

    @Test func refusesAFolderWithForeignFilesUnlessForced() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let foreign = project.root.appending(path: "elsewhere")
        try project.write("elsewhere/notes.txt", "mine")
        #expect(throws: BuildFailure.self) { try project.build(output: foreign) }
        #expect(FileManager.default.fileExists(atPath: foreign.appending(path: "notes.txt").path))
        try project.build(output: foreign, force: true)
        #expect(!FileManager.default.fileExists(atPath: foreign.appending(path: "notes.txt").path))
        try project.build(output: foreign)
    }

    @Test func refusesTheProjectRootAndFoldersHoldingContentEvenWhenForced() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        for output in [project.root, project.root.deletingLastPathComponent()] {
            do {
                try project.build(output: output, force: true)
                Issue.record("build into \(output.path) should be refused")
            } catch {
                guard case .refused = error else { Issue.record("unexpected \(error)"); continue }
            }
        }
        #expect(FileManager.default.fileExists(atPath: project.root.appending(path: "content/site.yml").path))
    }

    @Test func rebuildRemovesPagesOfDeletedReports() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        try project.remove("content/reports/baiyin-2021.md")
        try project.build()
        #expect(!FileManager.default.fileExists(atPath: project.output.appending(path: "reports/baiyin-2021/index.html").path))
    }
}
