import Foundation
import Testing
@testable import SiteChecker

/// Links and images in reports that lead nowhere.
@Suite struct MarkdownLinkCheckTests {
    static let body = """
    ## Results

    见[附件](files/missing.pdf)和[成效](#results)。
    见[无此节](#no-such-heading)与[图表](files/chart.pdf)。

    ![图](images/missing.png)

    见[白银](baiyin.md#no-such)、[白银报告](baiyin.md#baiyin)与[官网](https://example.org/)。

    [首页](../../index.html)
    """

    @Test func linksToMissingFilesAndAnchorsAreErrors() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: Self.body)
        try project.report("baiyin", region: "白银市", body: "## 白银\n\n正文。")
        try project.write("content/reports/files/chart.pdf", "%PDF")
        let result = project.check()
        #expect(project.contentFindings(result) == [
            "lanzhou.md:9:2: error: link 'files/missing.pdf' finds no file",
            "lanzhou.md:10:2: error: link '#no-such-heading' names no heading of \(project.path("lanzhou"))",
            // In the repository, but the build copies nothing from content/.
            "lanzhou.md:10:26: error: link 'files/chart.pdf' is not part of the site",
            "lanzhou.md:12:1: error: image 'images/missing.png' finds no file",
            "lanzhou.md:14:2: error: link 'baiyin.md#no-such' names no heading of \(project.path("baiyin"))",
            // The heading is there, but links between reports are not rewritten.
            "lanzhou.md:14:26: error: link 'baiyin.md#baiyin' leads to a report file, which the site does not have",
            // Written for the site, but there is no site yet to show it exists.
            "lanzhou.md:16:1: error: link '../../index.html' finds no file",
        ])
        let reportLink = try #require(result.diagnostics.first { $0.message.contains("leads to a report file") })
        #expect(reportLink.hint == "links between reports are not rewritten; link to its page, ../../regions/baiyin/index.html#baiyin")
        #expect(result.errors == 7)
    }

    @Test func aLinkWrittenForTheSiteIsFoundOnTheBuiltSite() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "见[首页](../../index.html)和[白银](../baiyin/index.html#baiyin)。")
        try project.report("baiyin", region: "白银市", body: "## 白银\n\n正文。")
        try project.build()
        let result = project.check()
        #expect(project.contentFindings(result) == [])
        #expect(result.errors == 0)
    }
}

extension CheckProject {
    /// A report's path as diagnostics show it.
    func path(_ slug: String) -> String {
        root.appending(path: "content/reports/\(slug).md").standardizedFileURL.path
    }
}
