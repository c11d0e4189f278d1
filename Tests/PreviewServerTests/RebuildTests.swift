import ContentFormat
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

@Suite struct RebuildTests {
    static let report = "content/reports/lanzhou.md"
    static let reportPage = "/regions/lanzhou/"
    /// baiyin.md and baiyin-2021.md share a region, so each has its own page.
    static let secondReport = "content/reports/baiyin-2021.md"

    @Test func anEditedReportShowsAfterOneReloadEvent() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            let first = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await !preview.text(Self.reportPage).contains("修改后的新句子"))

            try project.edit(Self.report) { $0 + "\n修改后的新句子。\n" }
            let started = ContinuousClock.now
            let next = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(next != first)
            // The event goes out only once the new site is in place: no waiting, no retry here.
            let page = try await preview.text(Self.reportPage)
            #expect(page.contains("修改后的新句子"))
            #expect(page.contains("\"\(next)\""), "the page carries the build it belongs to")
            print("edit → reload event: \(ContinuousClock.now - started)")
        }
    }

    @Test func anEditRendersOnlyThatReportAndUnchangedPagesKeepTheirTags() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            // Not HTML: a page carries the build it belongs to, so its tag changes with every build.
            let otherPage = "/data/reports/baiyin.csv"
            let otherTag = try #require(try await preview.get(otherPage).headers[.eTag])
            let indexBefore = try await preview.text("/")

            // A new figure: the index and the indicator page show it too, not just the report's page.
            try project.edit(Self.report) { $0 + "\n全年培养法律明白人98765人。\n" }
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)

            let rebuilt = try #require(preview.events.builds.last)
            #expect(rebuilt.renderedReports == 1, "only the edited report is rendered again")
            let unchanged = try await preview.get(otherPage, headers: [.ifNoneMatch: otherTag])
            #expect(unchanged.status == .notModified, "a page whose bytes did not change keeps its tag")
            #expect(try await preview.text(Self.reportPage).contains("98765人"))
            let indexAfter = try await preview.text("/")
            #expect(indexAfter != indexBefore)
            #expect(try await preview.text("/indicators/legal_understanding_persons/").contains("98765人"))
        }
    }

    @Test func anErrorInOneFileStaysShownWhileAnotherFileIsEdited() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            try Self.breakDate(of: Self.report, in: project)
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(preview.events.failures.count == 1)

            // A text-only edit elsewhere must not count as a good build while lanzhou.md is broken.
            try project.edit(Self.secondReport) { $0 + "\n另一处修改。\n" }
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(preview.events.failures.count == 2)
            #expect(preview.events.failures.last?.first?.location.path.hasSuffix("lanzhou.md") == true)
            #expect(try await preview.text("/").contains("pufa-build-errors"))
        }
    }

    @Test func aBrokenFrontMatterShowsTheOverlayOverTheOldPages() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            let before = try await preview.text(Self.reportPage)

            try Self.breakDate(of: Self.report, in: project)
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)

            let response = try await preview.get(Self.reportPage)
            #expect(response.status == .ok, "the last good site is still served")
            let page = String(buffer: response.body)
            #expect(page.contains("<h1>兰州市</h1>"))
            #expect(page.contains("pufa-build-errors"))
            #expect(page.contains("content/reports/lanzhou.md:"), "path:line:column")
            #expect(page.contains("malformed date &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"), "the message, HTML-escaped")
            #expect(!page.contains("<script>alert(1)"))
            #expect(page.replacingOccurrences(of: #"(?s)<div id="pufa-build-errors".*?</div>\n"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"pageBuild = "[^"]*""#, with: "", options: .regularExpression)
                == before.replacingOccurrences(of: #"pageBuild = "[^"]*""#, with: "", options: .regularExpression),
                "apart from the overlay and build ID, the old page as it was")

            let failure = try #require(preview.events.failures.last)
            let overlayLine = try #require(failure.first?.description)
            // An independent oracle: the terminal's line, escaped the way HTML needs.
            let escapedLine = overlayLine.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
            #expect(page.contains(escapedLine), "the terminal and the browser show the same message")
            #expect(try await preview.text("/").contains("pufa-build-errors"), "every page shows it")
        }
    }

    @Test func fixingTheErrorRemovesTheOverlay() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            let original = try project.read(Self.report)

            try Self.breakDate(of: Self.report, in: project)
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.text(Self.reportPage).contains("pufa-build-errors"))

            try project.write(Self.report, original + "\n修好了。\n")
            let fixed = try await events.nextBuild(within: LivePreview.eventTimeout)
            let page = try await preview.text(Self.reportPage)
            #expect(!page.contains("pufa-build-errors"))
            #expect(page.contains("修好了"))
            #expect(page.contains("\"\(fixed)\""))
        }
    }

    @Test func whenTheFirstBuildFailsEveryPathShowsTheErrorsUntilAFix() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        let original = try project.read(Self.report)
        try Self.breakDate(of: Self.report, in: project)
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            let broken = try await preview.get(Self.reportPage)
            #expect(broken.status == .serviceUnavailable)
            #expect(String(buffer: broken.body).contains("malformed date &#39;&lt;script&gt;"))

            try project.write(Self.report, original)
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            let fixed = try await preview.get(Self.reportPage)
            #expect(fixed.status == .ok)
            #expect(!String(buffer: fixed.body).contains("pufa-build-errors"))
        }
    }

    @Test func aRenamedReportsOldURLAnswers404() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.get("/reports/baiyin-2021/").status == .ok)

            try project.move(Self.secondReport, to: "content/reports/baiyin-2020.md")
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.get("/reports/baiyin-2021/").status == .notFound)
            #expect(try await preview.get("/reports/baiyin-2020/").status == .ok)

            try FileManager.default.removeItem(at: project.url("content/reports/baiyin-2020.md"))
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.get("/reports/baiyin-2020/").status == .notFound)
            // One report left in the region: its text moves onto the region page.
            #expect(try await preview.get("/reports/baiyin/").status == .notFound)
            #expect(try await preview.get("/regions/baiyin/").status == .ok)
        }
    }

    @Test func aTemplateChangeRerendersEveryPage() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            try project.edit("Templates/partials/footer.mustache") { $0.replacingOccurrences(of: "</footer>", with: "<p>新页脚</p></footer>") }
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            for path in ["/", Self.reportPage, "/reports/baiyin-2021/"] {
                #expect(try await preview.text(path).contains("新页脚"), "\(path)")
            }
        }
    }

    @Test func aBurstOfSavesCostsOneRebuild() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        // A wide quiet window, so a loaded machine pausing between two writes cannot split the burst.
        try await LivePreview.run(project, debounce: .milliseconds(300)) { preview in
            let events = try preview.openEvents()
            let first = try await events.nextBuild(within: LivePreview.eventTimeout)
            for round in 1...5 {
                try project.edit(Self.report) { $0 + "\n第\(round)次保存。\n" }
            }
            let next = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.text(Self.reportPage).contains("第5次保存"))
            // Settle, then count: the burst made one build, not five.
            try await Task.sleep(for: .seconds(1))
            #expect(Self.buildNumber(next) - Self.buildNumber(first) == 1, "builds \(first) → \(next)")
            #expect(events.drainBuilds().isEmpty, "no further builds after the burst")
        }
    }

    @Test func pollingSeesAnEditToo() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project, watching: .polling(interval: .milliseconds(100))) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            try project.edit(Self.report) { $0 + "\n轮询看到的句子。\n" }
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(try await preview.text(Self.reportPage).contains("轮询看到的句子"))
        }
    }

    /// A date the parser rejects, quoting markup that must not reach the page unescaped.
    static func breakDate(of report: String, in project: PreviewProject) throws {
        try project.edit(report) { text in
            text.replacingOccurrences(of: "date: 2024-12-20", with: "date: \"<script>alert(1)</script>\"")
        }
    }

    static func buildNumber(_ buildID: String) -> Int {
        Int(buildID.split(separator: "-").last ?? "") ?? -1
    }
}
