import Foundation
import Testing
@testable import SiteBuilder

@Suite struct EscapingTests {
    @Test func hostileContentNeverReachesTheOutputAsMarkup() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/hostile.md", """
        ---
        title: "<script>alert('title')</script>"
        region: "<img src=x onerror=alert(1)>县"
        province: "<b>省</b>"
        year: 2024
        source: "<script>alert('source')</script>"
        source_url: "javascript:alert(1)"
        summary: "\\"><script>alert('summary')</script>"
        indicators:
          - id: evil
            label: "<script>alert('label')</script>"
            value: 1
            unit: "<i>人</i>"
        ---
        正文<script>alert('body')</script>

        [点我](javascript:alert('link'))

        <iframe src="https://example.org"></iframe>

        ## <script>alert('heading')</script>标题
        """)
        try project.build()
        let pages = TestProject.snapshot(of: project.output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 5)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            // The one script a page may load is the site's own table sorting, from assets/.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 1, "\(path) has \(scripts.count) script tags")
            for script in scripts {
                let tag = script.prefix { $0 != ">" }
                #expect(tag.hasPrefix(" src=\"") && tag.hasSuffix("assets/table-sort.js\" defer"), "\(path) contains a script tag: <script\(tag)>")
                #expect(script.dropFirst(tag.count).hasPrefix("></script>"), "\(path): a script with content")
            }
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("<b>省"), "\(path)")
            #expect(!html.contains("href=\"javascript:alert('link')"), "\(path)")
        }
        let region = try #require(pages.first { $0.key.contains("regions/") && String(decoding: $0.value, as: UTF8.self).contains("alert(&#39;title&#39;)") })
        let html = String(decoding: region.value, as: UTF8.self)
        #expect(html.contains("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;script&gt;alert(&#39;summary&#39;)"))
    }

    @Test func sourceURLThatIsNotHTTPIsNotLinked() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/js.md", "---\ntitle: 标题\nregion: 白银市\nyear: 2019\nsource: 某网\nsource_url: \"javascript:alert(1)\"\n---\n正文。\n")
        try project.build()
        let page = try project.read("reports/js/index.html")
        #expect(!page.contains("javascript:"))
        #expect(page.contains("来源：某网"))
    }

    @Test func unsafeHTMLIsAnExplicitSiteChoice() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/site.yml", "title: 测试\nunsafe_html: true\n")
        try project.write("content/reports/raw.md", "---\ntitle: 标题\nregion: 白银市\nyear: 2019\n---\n<b>粗体</b>\n")
        try project.build()
        #expect(try project.read("reports/raw/index.html").contains("<b>粗体</b>"))
    }
}
