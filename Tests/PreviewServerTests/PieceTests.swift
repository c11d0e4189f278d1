import ContentFormat
import Foundation
import Hummingbird
import Testing
@testable import PreviewServer
import SiteBuilder

/// The parts under the server, each on its own.
@Suite struct PieceTests {
    @Test func theSnippetGoesBeforeTheLastBodyCloseAndTheOverlayIsEscaped() {
        let error = Diagnostic.error(at: SourceLocation(path: "content/reports/a.md", line: 3, column: 7), "bad <b>\"quote\"</b> & 'more'")
        let injection = PageInjection(buildID: "abc-2", liveReload: true, errors: [error])
        let page = Array("<html><body><p>&lt;/body&gt; in text</p></BODY></html>".utf8)
        let served = String(buffer: injection.apply(to: page))
        #expect(served.hasPrefix("<html><body><p>&lt;/body&gt; in text</p><div id=\"pufa-build-errors\""))
        #expect(served.hasSuffix("</script>\n</BODY></html>"))
        #expect(served.contains("content/reports/a.md:3:7: error: bad &lt;b&gt;&quot;quote&quot;&lt;/b&gt; &amp; &#39;more&#39;"))
        #expect(served.contains("var pageBuild = \"abc-2\";"))
        #expect(!served.contains("<b>"))
    }

    @Test func withoutReloadOrErrorsPagesAreServedAsBuilt() {
        let injection = PageInjection(buildID: "abc-1", liveReload: false, errors: [])
        #expect(injection.isEmpty)
    }

    @Test func contentTagsAreEqualExactlyForEqualBytes() {
        let page = Array("<p>兰州</p>".utf8)
        #expect(ContentTag.of(page) == ContentTag.of(Array("<p>兰州</p>".utf8)))
        #expect(ContentTag.of(page) != ContentTag.of(Array("<p>兰州市</p>".utf8)))
        #expect(ContentTag.of([]) != ContentTag.of([0]))
    }

    @Test func ifNoneMatchTakesListsWeakTagsAndStar() {
        #expect(SiteResponder.matches("\"t-1\"", ["\"x\", W/\"t-1\""]))
        #expect(SiteResponder.matches("\"t-1\"", ["*"]))
        #expect(!SiteResponder.matches("\"t-1\"", ["\"t-10\""]))
        #expect(!SiteResponder.matches("\"t-1\"", []))
    }

    @Test func changesMergeAndOverflowMeansEverything() {
        var changes = ProjectChanges.paths(["content/reports/a.md"])
        changes.merge(.paths(["Templates/report.mustache"]))
        #expect(changes == .paths(["content/reports/a.md", "Templates/report.mustache"]))
        changes.merge(.everything)
        #expect(changes == .everything)
        #expect(ProjectChanges.isIgnored(name: ".lanzhou.md.swp"))
        #expect(ProjectChanges.isIgnored(name: "lanzhou.md~"))
        #expect(!ProjectChanges.isIgnored(name: "lanzhou.md"))
    }

    @Test func inotifySeesFilesInAFolderCreatedAfterItStarted() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        let recorder = ChangeAccumulator()
        let watcher = ProjectWatcher(root: project.root, mode: .automatic)
        #expect(watcher.start(report: { recorder.record($0) }) == nil, "inotify is available on Linux")
        defer { watcher.stop() }

        try project.write("content/reports/2025/new.md", "---\ntitle: 新\nregion: 兰州市\n---\n正文。\n")
        let deadline = ContinuousClock.now + .seconds(10)
        var seen = Set<String>()
        while ContinuousClock.now < deadline, !seen.contains("content/reports/2025/new.md") {
            try await Task.sleep(for: .milliseconds(20))
            if case .paths(let paths) = recorder.take()?.changes { seen.formUnion(paths) }
        }
        #expect(seen.contains("content/reports/2025"))
        #expect(seen.contains("content/reports/2025/new.md"))
    }

    @Test func pollingReportsEditsAdditionsAndRemovals() throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        let watcher = PollingWatcher(tree: ProjectTree(root: project.root), interval: .milliseconds(100))
        let before = watcher.scan()
        #expect(before["content/reports/lanzhou.md"] != nil)
        #expect(before["Templates/base.mustache"] != nil)
        try project.edit("content/reports/lanzhou.md") { $0 + "\n多一句，长度也变了。\n" }
        try project.move("content/reports/baiyin-2021.md", to: "content/reports/baiyin-2020.md")
        let changed = PollingWatcher.difference(from: before, to: watcher.scan())
        #expect(changed == ["content/reports/lanzhou.md", "content/reports/baiyin-2021.md", "content/reports/baiyin-2020.md"])
    }
}
