import ContentFormat
import Foundation
import Testing
@testable import Importer

/// File names and safety: never overwrite without --force; add -<year> when
/// another year's report of the region already has the name.
/// Each test gets an instance of its own; its project folder goes with it.
@Suite final class ContentFolderTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: root) }

    func temporaryProject() throws -> ContentFolder {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/reports"), withIntermediateDirectories: true)
        try "regions:\n  - {name: 兰州市, province: 甘肃省, level: city}\n"
            .write(to: root.appendingPathComponent("content/regions.yml"), atomically: true, encoding: .utf8)
        return ContentFolder(root: root.path)
    }

    func report(year: Int, folder: ContentFolder) throws -> ImportedReport {
        let importer = ReportImporter(regions: folder.loadRegions().regions)
        return try importer.importReport(text: "兰州市普法工作报告\n\n\(year)年,兰州市开展普法。", path: "\(year).txt")
    }

    /// A folder stands for the reports in it, in name order; one with none says so.
    @Test func foldersStandForTheirReports() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let downloads = root.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads.appendingPathComponent("sub.txt"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for name in ["b.HTML", "a.txt", "notes.md", ".hidden.txt", "c.htm"] {
            try "x".write(to: downloads.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (files, problems) = ImportInputs.files(from: [downloads.path, root.appendingPathComponent("empty").path + "/", "missing.txt"])
        #expect(files == ["a.txt", "b.HTML", "c.htm"].map { downloads.path + "/" + $0 } + ["missing.txt"])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(root.appendingPathComponent("empty").path + "/: the folder holds no report") == true)
    }

    @Test func regionsTableIsRead() throws {
        let folder = try temporaryProject()
        let loaded = folder.loadRegions()
        #expect(loaded.problem == nil)
        #expect(loaded.regions.entry(named: "兰州市")?.province == "甘肃省")
        let fallback = ContentFolder(root: "/nonexistent").loadRegions()
        #expect(fallback.problem?.severity == .warning)
        #expect(fallback.regions.entry(named: "兰州市")?.province == "甘肃省", "the shipped table stands in")
    }

    @Test func firstReportTakesTheRegionName() throws {
        let folder = try temporaryProject()
        let first = try report(year: 2024, folder: folder)
        let destination = folder.destination(for: first.frontMatter, requestedSlug: nil)
        #expect(destination.slug == "lanzhou")
        #expect(!destination.exists)
        try folder.write(first, to: destination, force: false)
        let written = try String(contentsOfFile: destination.path, encoding: .utf8)
        #expect(written == first.fileText)
    }

    @Test func anotherYearGetsTheYearAdded() throws {
        let folder = try temporaryProject()
        let first = try report(year: 2024, folder: folder)
        try folder.write(first, to: folder.destination(for: first.frontMatter, requestedSlug: nil), force: false)
        let second = try report(year: 2023, folder: folder)
        let destination = folder.destination(for: second.frontMatter, requestedSlug: nil)
        #expect(destination.slug == "lanzhou-2023")
        #expect(!destination.exists)
    }

    @Test func theSameReportAgainNeedsForce() throws {
        let folder = try temporaryProject()
        let first = try report(year: 2024, folder: folder)
        let destination = folder.destination(for: first.frontMatter, requestedSlug: nil)
        try folder.write(first, to: destination, force: false)
        let again = folder.destination(for: first.frontMatter, requestedSlug: nil)
        #expect(again.slug == "lanzhou")
        #expect(again.exists)
        #expect(throws: ImportError.destinationExists(path: "2024.txt", destination: again.path)) {
            try folder.write(first, to: again, force: false)
        }
        try folder.write(first, to: again, force: true)
    }

    @Test func slugsPlannedInTheSameRunCount() throws {
        let folder = try temporaryProject()
        let first = try report(year: 2024, folder: folder)
        let destination = folder.destination(for: first.frontMatter, requestedSlug: nil, reserved: ["lanzhou"])
        #expect(destination.slug == "lanzhou-2024")
    }
}
