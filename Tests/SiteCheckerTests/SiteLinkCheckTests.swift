import Foundation
import Testing
@testable import SiteChecker

/// Links and anchors of the built site.
@Suite struct SiteLinkCheckTests {
    /// A page added to a built site: what breaks, and what only looks as if it might.
    static let extraPage = """
    <!DOCTYPE html>
    <html><head><link rel="stylesheet" href="../assets/site.css"><script>var x = '<a href="script.html">';</script></head>
    <body>
    <!-- <a href="commented.html"> -->
    <p id="here">正文 <a href="#here">本页</a> <a href='#gone'>无此处</a></p>
    <a href="../index.html#no-such">首页</a> <a href=missing.html>缺失</a>
    <a href="../regions/lanzhou/">兰州</a> <a href="../index.html?from=extra#main">首页</a>
    <a href="%E6%96%87%E4%BB%B6.html">文件</a> <a href="https://example.org/none.html">外部</a>
    <a href="mailto:someone@example.org">信</a> <a href="../../outside.html">外面</a>
    <img src="/assets/site.css" alt="">
    </body></html>
    """

    @Test func brokenLinksAndAnchorsAreErrorsAtTheirPlace() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "全市共有人民调解员1746名。")
        try project.build()
        #expect(project.check().errors == 0, "the site as built links correctly")
        try project.write("public/extra/page.html", Self.extraPage)
        try project.write("public/extra/文件.html", "<p>文件</p>")
        let result = project.check()
        let findings = result.diagnostics.filter { $0.location.path.contains("extra/") }.map { diagnostic in
            "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
        #expect(findings == [
            "5:49: error: link '#gone' names an anchor 'gone' that this page does not have",
            "6:10: error: link '../index.html#no-such' names an anchor 'no-such' that index.html does not have",
            "6:48: error: link 'missing.html' finds no file",
            "9:53: error: link '../../outside.html' leads out of the site",
            "10:11: warning: link '/assets/site.css' is an absolute path",
        ])
        #expect(result.diagnostics.allSatisfy { !$0.location.path.contains("extra/") || $0.location.path.hasPrefix(project.root.path + "/public/extra/") })
        #expect(result.errors == 4)
    }

    @Test func aSiteThatIsNotBuiltIsAWarning() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "正文。")
        let result = project.check()
        #expect(result.pages == 0)
        #expect(result.errors == 0)
        #expect(result.diagnostics.map(\.message) == ["the site is not built, so its links and anchors were not checked"])
        #expect(result.diagnostics.first?.hint?.contains("pufa-site build") == true)
    }

    @Test func generatingTheSiteChecksItWithoutWritingIt() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "## 成效\n\n全市共有人民调解员1746名。")
        let result = project.check(generatingSite: true)
        #expect(result.pages > 3)
        // The build's own warning for a site without base_url; no link problems.
        #expect(result.diagnostics.map(\.message) == ["no base_url: sitemap.xml is not written and pages have no canonical link"], "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: project.root.appending(path: "public").path))
    }

    @Test func aSiteOlderThanTheContentIsAWarning() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "正文。")
        try project.build()
        // Dates in the future stand for "later" without waiting for the clock.
        func touch(_ path: String, secondsFromNow: TimeInterval) throws {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: secondsFromNow)], ofItemAtPath: project.root.appending(path: path).path
            )
        }
        try touch("public/index.html", secondsFromNow: 60)
        #expect(project.check().diagnostics.isEmpty)
        try project.report("lanzhou", body: "改过的正文。")
        try touch("content/reports/lanzhou.md", secondsFromNow: 120)
        let messages = project.check().diagnostics.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("the built site is older than") == true)
        #expect(messages.first?.contains("content/reports/lanzhou.md") == true)
    }
}
