import Foundation
import Testing
@testable import SiteBuilder

/// A rebuild stages into the output the build before replaced (the spare,
/// `.public.spare`), which holds old pages, old folders and whatever was
/// left there. Whatever it holds, the new output is what a first build
/// gives, and the current output is never touched until the swap.
@Suite struct SpareOutputTests {
    enum Entry: Equatable, CustomStringConvertible {
        case folder, file(Data), other

        var description: String {
            switch self {
            case .folder: "a folder"
            case .file(let bytes): "a file of \(bytes.count) bytes"
            case .other: "neither file nor folder"
            }
        }
    }

    /// Every entry under a folder, by relative path.
    static func entries(of folder: URL) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        let base = folder.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return entries }
        for case let relativePath as String in walker {
            var status = stat()
            guard lstat(base + "/" + relativePath, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: entries[relativePath] = .folder
            case S_IFREG: entries[relativePath] = .file(FileManager.default.contents(atPath: base + "/" + relativePath) ?? Data())
            default: entries[relativePath] = .other
            }
        }
        return entries
    }

    /// The inode and modification time of every file in the output.
    static func identities(of folder: URL) -> [String: [Int]] {
        var identities: [String: [Int]] = [:]
        for (path, entry) in entries(of: folder) {
            guard case .file = entry else { continue }
            var status = stat()
            _ = lstat(folder.path + "/" + path, &status)
            identities[path] = [Int(status.st_ino), status.st_mtim.tv_sec, status.st_mtim.tv_nsec]
        }
        return identities
    }

    private func expectSameAsFreshBuild(_ project: TestProject, _ comment: Comment) throws {
        let fresh = project.root.appending(path: "fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        try project.build(output: fresh)
        let rebuilt = Self.entries(of: project.output)
        let expected = Self.entries(of: fresh)
        #expect(rebuilt.count == expected.count, comment)
        for (path, kind) in expected where rebuilt[path] != kind {
            Issue.record("\(path): \(rebuilt[path].map(\.description) ?? "missing") instead of \(kind) (\(comment))")
        }
        for path in rebuilt.keys where expected[path] == nil {
            Issue.record("\(path) is left over from an earlier build (\(comment))")
        }
    }

    private func spare(of project: TestProject) -> URL {
        project.root.appending(path: ".public.spare")
    }

    @Test func rebuildsOverTheSpareGiveWhatAFirstBuildGives() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        try project.build()
        try expectSameAsFreshBuild(project, "unchanged")

        let lanzhou = try String(contentsOf: project.root.appending(path: "content/reports/lanzhou.md"), encoding: .utf8)
        try project.remove("content/reports/baiyin-2021.md")
        try project.write("content/reports/lanzhou.md", lanzhou + "\n全市新培养法律明白人321名。\n")
        try project.build()
        try expectSameAsFreshBuild(project, "a report removed and one edited")

        // What an earlier build, or someone, left in the spare: an old page
        // in a folder of its own, a folder where a page goes, a file where a
        // folder goes, and a symbolic link out of the site.
        let spare = spare(of: project)
        let outside = project.root.appending(path: "outside.txt")
        try Data("not the site's".utf8).write(to: outside)
        try project.write(".public.spare/stale/old.html", "<p>old</p>")
        try FileManager.default.removeItem(at: spare.appending(path: "index.html"))
        try project.write(".public.spare/index.html/inside.html", "in the way")
        try FileManager.default.removeItem(at: spare.appending(path: "regions"))
        try project.write(".public.spare/regions", "in the way")
        try FileManager.default.removeItem(at: spare.appending(path: "assets/site.css"))
        #expect(symlink(outside.path, spare.appending(path: "assets/site.css").path) == 0)

        try project.write("content/reports/baiyin-2021.md", try String(
            contentsOf: TestProject.repositoryRoot.appending(path: "Tests/Fixtures/sample-site/content/reports/baiyin-2021.md"),
            encoding: .utf8
        ))
        try project.build()
        try expectSameAsFreshBuild(project, "a report back, over a spare with things in the way")
        #expect(try Data(contentsOf: outside) == Data("not the site's".utf8), "a link is removed, never followed")
    }

    @Test func theSpareIsKeptBesideTheOutputAndIgnoredByGit() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        try project.build()
        let spare = spare(of: project)
        #expect(FileManager.default.fileExists(atPath: spare.appending(path: OutputGuard.markerName).path))
        let ignore = try String(contentsOf: spare.appending(path: ".gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("*"))
        try project.build()
        let hidden = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [".public.spare"], "no staging or retired folder is left")
        #expect(Self.entries(of: project.output)[".gitignore"] == nil, "the spare's own file does not reach the output")
    }

    @Test func aFailedRebuildLeavesTheOutputAsItWasAndKeepsTheSpare() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        try project.build()
        let before = Self.entries(of: project.output)
        let identities = Self.identities(of: project.output)
        let report = try String(contentsOf: project.root.appending(path: "content/reports/baiyin.md"), encoding: .utf8)
        try project.write("content/reports/baiyin.md", report.replacingOccurrences(of: "date: 2022-12-16", with: "date: [broken"))
        #expect(!project.failingBuild().isEmpty)
        #expect(Self.entries(of: project.output) == before)
        #expect(Self.identities(of: project.output) == identities, "not one file of the output rewritten")
        #expect(FileManager.default.fileExists(atPath: spare(of: project).appending(path: OutputGuard.markerName).path))
        let hidden = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [".public.spare"])
        try project.write("content/reports/baiyin.md", report + "\n全市开展法治宣传活动12场次。\n")
        try project.build()
        try expectSameAsFreshBuild(project, "after the failed build")
    }

    @Test func aFolderReplacedWithForceIsNotKept() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let foreign = project.root.appending(path: "elsewhere")
        try project.write("elsewhere/notes.txt", "mine")
        try project.build(output: foreign, force: true)
        #expect(!FileManager.default.fileExists(atPath: project.root.appending(path: ".elsewhere.spare").path))
    }
}
