import Foundation
import PropertyBased
import Testing
@testable import SiteBuilder

/// A staged file keeps the previous build's file when its bytes are the
/// same, and is otherwise written whole, however its pieces come.
@Suite struct StagedFileTests {
    private struct Folder {
        let root = FileManager.default.temporaryDirectory.appending(path: "pufa-staged-\(UUID().uuidString)")
        var previous: String { root.appending(path: "previous").path }
        var staged: String { root.appending(path: "staged").path }
        /// The staging folder, holding `staged`: new, or reused from the build before last.
        func tree(reused: Bool = false) -> StagingTree { StagingTree(root: root.path, isReused: reused) }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        func identity(_ path: String) -> (inode: UInt, modified: Int)? {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return (UInt(status.st_ino), status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec)
        }

        /// Stages `pieces` over `previous` (none when nil); the staged bytes and whether the file was kept.
        /// With `discarded`, those pieces are written first, then the file is restarted.
        func stage(_ pieces: [[UInt8]], over previous: [UInt8]?, discarded: [[UInt8]] = []) throws -> (bytes: [UInt8], kept: Bool) {
            if let previous { try Data(previous).write(to: URL(filePath: self.previous)) }
            let before = identity(self.previous)
            var file = StagedFile(at: "staged", in: tree(), previousPath: self.previous)
            if !discarded.isEmpty {
                for piece in discarded { file.write(piece) }
                file.restart()
            }
            for piece in pieces { file.write(piece) }
            #expect(file.close() == nil)
            if let previous {
                #expect(Array(try Data(contentsOf: URL(filePath: self.previous))) == previous, "the previous file is only read")
            }
            let bytes = Array(try Data(contentsOf: URL(filePath: staged)))
            let kept = before.map { before in identity(staged).map { $0 == before } ?? false } ?? false
            return (bytes, kept)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The new bytes: the previous ones (0 and 1 only, so pieces often match),
    /// unchanged, cut short, lengthened or with one byte changed, then cut into pieces.
    static let cases = Gen.int(in: 0...1).array(of: 0...200).map { $0.map(UInt8.init) }

    @Test func theFileHoldsTheNewBytesAndIsKeptExactlyWhenTheyAreTheSame() async throws {
        await propertyCheck(
            count: 300, input: Self.cases, Gen.int(in: 0...4), Gen.int(in: 0...250), Gen.int(in: 0...250).array(of: 0...4)
        ) { previous, change, position, cuts in
            var new = previous
            switch change {
            case 1: new = Array(new.prefix(position))
            case 2: new.insert(7, at: min(position, new.count))
            case 3 where !new.isEmpty: new[position % new.count] ^= 1
            default: break
            }
            var pieces: [[UInt8]] = []
            var start = 0
            for cut in cuts.sorted() where cut <= new.count {
                pieces.append(Array(new[start..<cut]))
                start = cut
            }
            pieces.append(Array(new[start...]))
            let folder = try Folder()
            defer { folder.remove() }
            let (bytes, kept) = try folder.stage(pieces, over: change == 4 ? nil : previous)
            #expect(bytes == new)
            #expect(kept == (change != 4 && new == previous))
        }
    }

    /// A page given in pieces may be started again (`TemplateSet.renderPieces`):
    /// what was written before is gone, whether it matched the previous file or not.
    @Test func aRestartedFileHoldsOnlyWhatCameAfter() async throws {
        await propertyCheck(count: 300, input: Self.cases, Self.cases, Gen.int(in: 0...1), Gen.int(in: 0...250)) { previous, discarded, same, cut in
            // The bytes given again: the previous ones (kept) or others; the discarded ones start like the previous, or not.
            let new = same == 1 ? previous : previous + [7]
            let discardedPieces = [Array(previous.prefix(cut)), discarded]
            let pieces = [Array(new.prefix(cut)), Array(new.dropFirst(cut))]
            let folder = try Folder()
            defer { folder.remove() }
            let (bytes, kept) = try folder.stage(pieces, over: previous, discarded: discardedPieces)
            #expect(bytes == new)
            #expect(kept == (new == previous))
        }
    }

    @Test func pagesLargerThanOneComparisonAreComparedWhole() throws {
        var generator = SystemRandomNumberGenerator()
        let previous = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var changed = previous
        changed[150_000] &+= 1
        for (new, expectKept) in [(previous, true), (changed, false)] {
            let folder = try Folder()
            defer { folder.remove() }
            let (bytes, kept) = try folder.stage([Array(new[..<70_000]), Array(new[70_000...])], over: previous)
            let same = bytes == new  // not compared inside #expect, which would print 200,000 bytes
            #expect(same)
            #expect(kept == expectKept)
        }
    }

    @Test func aSymbolicLinkInThePreviousOutputIsNotFollowed() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let target = folder.root.appending(path: "target").path
        try Data("same".utf8).write(to: URL(filePath: target))
        #expect(symlink(target, folder.previous) == 0)
        var file = StagedFile(at: "staged", in: folder.tree(), previousPath: folder.previous)
        file.write(Array("same".utf8))
        #expect(file.close() == nil)
        var status = stat()
        #expect(lstat(folder.staged, &status) == 0 && status.st_mode & S_IFMT == S_IFREG, "a file of its own, not the link")
        #expect(status.st_nlink == 1)
    }

    @Test func aPreviousFileWithAnotherNameIsNotShared() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("same".utf8).write(to: URL(filePath: folder.previous))
        #expect(link(folder.previous, folder.root.appending(path: "elsewhere").path) == 0)
        let (bytes, kept) = try folder.stage([Array("same".utf8)], over: nil)
        #expect(bytes == Array("same".utf8))
        #expect(!kept)
    }

    /// Stages `new` into a reused folder where `staged` already names the
    /// previous file, as after a rebuild that kept it.
    private func stageOverSharedFile(_ new: String) throws -> (folder: Folder, previousBefore: (inode: UInt, modified: Int)?) {
        let folder = try Folder()
        try Data("old".utf8).write(to: URL(filePath: folder.previous))
        #expect(link(folder.previous, folder.staged) == 0)
        let before = folder.identity(folder.previous)
        var file = StagedFile(at: "staged", in: folder.tree(reused: true), previousPath: folder.previous)
        file.write(Array(new.utf8))
        #expect(file.close() == nil)
        #expect(try Data(contentsOf: URL(filePath: folder.staged)) == Data(new.utf8))
        #expect(try Data(contentsOf: URL(filePath: folder.previous)) == Data("old".utf8), "the output's file is never written")
        return (folder, before)
    }

    @Test func inAReusedFolderTheSharedFileStaysWhenTheBytesAreTheSame() throws {
        let (folder, before) = try stageOverSharedFile("old")
        defer { folder.remove() }
        let staged = try #require(folder.identity(folder.staged))
        #expect(staged.inode == before?.inode && staged.modified == before?.modified)
    }

    @Test func inAReusedFolderTheSharedFileLosesOnlyItsNameWhenTheBytesDiffer() throws {
        let (folder, before) = try stageOverSharedFile("new bytes")
        defer { folder.remove() }
        let previous = try #require(folder.identity(folder.previous))
        #expect(previous.inode == before?.inode && previous.modified == before?.modified)
        #expect(folder.identity(folder.staged)?.inode != before?.inode)
    }

    @Test func inAReusedFolderAnOldFileOrFolderInTheWayIsReplaced() throws {
        for inTheWay in ["file", "folder"] {
            let folder = try Folder()
            defer { folder.remove() }
            try Data("same".utf8).write(to: URL(filePath: folder.previous))
            if inTheWay == "file" {
                try Data("older".utf8).write(to: URL(filePath: folder.staged))
            } else {
                try FileManager.default.createDirectory(atPath: folder.staged + "/deeper", withIntermediateDirectories: true)
            }
            var file = StagedFile(at: "staged", in: folder.tree(reused: true), previousPath: folder.previous)
            file.write(Array("same".utf8))
            #expect(file.close() == nil, "\(inTheWay)")
            #expect(folder.identity(folder.staged)?.inode == folder.identity(folder.previous)?.inode, "\(inTheWay) replaced by the kept file")
        }
    }

    @Test func inANewFolderAFileInTheWayIsAnErrorAndLeftAlone() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("another program's".utf8).write(to: URL(filePath: folder.staged))
        var file = StagedFile(at: "staged", in: folder.tree(), previousPath: folder.previous)
        file.write(Array("new".utf8))
        #expect(file.close() != nil)
        #expect(try Data(contentsOf: URL(filePath: folder.staged)) == Data("another program's".utf8))
    }
}

/// A rebuild keeps the files whose bytes are unchanged and writes the others.
@Suite struct RebuildTests {
    private func identity(_ url: URL) -> [Int] {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return [] }
        return [Int(status.st_ino), status.st_mtim.tv_sec, status.st_mtim.tv_nsec, Int(status.st_nlink)]
    }

    @Test func unchangedFilesAreKeptAndChangedOnesWritten() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let kept = ["regions/lanzhou/index.html", "assets/site.css", "reports/baiyin-2021/index.html"]
        let changed = ["reports/baiyin/index.html", "data/facts.json", "index.html"]
        let before = (kept + changed).map { identity(project.output.appending(path: $0)) }
        let report = project.root.appending(path: "content/reports/baiyin.md")
        try project.write("content/reports/baiyin.md", try String(contentsOf: report, encoding: .utf8) + "\n全市另开展法治宣传活动99场次。\n")
        try project.build()
        let after = (kept + changed).map { identity(project.output.appending(path: $0)) }
        for (index, path) in (kept + changed).enumerated() {
            // Inode and modification time; the number of names grows by the spare's.
            #expect((before[index].prefix(3) == after[index].prefix(3)) == kept.contains(path), "\(path)")
        }
        // The same files as a first build of the edited project.
        let fresh = project.root.appending(path: "fresh")
        try project.build(output: fresh)
        #expect(TestProject.snapshot(of: project.output) == TestProject.snapshot(of: fresh))
    }
}
