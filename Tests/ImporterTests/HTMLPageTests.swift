import ContentFormat
import Foundation
import Testing
@testable import Importer

/// A web page saved as HTML imports as the text a browser gives on copying it.
@Suite struct HTMLPageTests {
    @Test func visibleTextIsLaidOutAsInnerText() throws {
        let page = """
        <!DOCTYPE html>
        <html><head><title>不显示的标题</title><style>p { color: red }</style>
        <script>document.write("<p>脚本</p>")</script></head>
        <body>
        <div class="nav">首页 &gt; <a href="/x">工作动态</a></div>
        <div class="share" style="DISPLAY : none">分享到</div><div hidden>隐藏</div>
        <h1>某市2024年普法工作总结</h1>
        <p>全年培养“法律明白人”<b>3,200</b>名，
        开展宣传活动560场次。</p>
        <p>Legal   aid
        hotline：12348<br>第二行</p>
        <table><tr><th>指标</th><td>2024年</td></tr><tr><td>调解（件）</td><td>4512</td></tr></table>
        <pre>保留
          原样</pre>
        <form><select><option>选项</option></select><input value="按钮"></form>
        </body></html>
        """
        let text = try #require(HTMLPage.text(of: page))
        #expect(text.text.split(separator: "\n", omittingEmptySubsequences: false) == [
            "首页 > 工作动态",
            "某市2024年普法工作总结",
            "",
            "全年培养“法律明白人”3,200名，开展宣传活动560场次。",
            "",
            "Legal aid hotline：12348",
            "第二行",
            "",
            "指标\t2024年",
            "调解（件）\t4512",
            "保留",
            "原样",
        ])
        // A blank line is numbered by the text after it; lines are trimmed, even in `<pre>`.
        #expect(text.sourceLines == [5, 7, 8, 8, 10, 10, 11, 12, 12, 12, 13, 14])
    }

    /// Menus, lists of other stories and link bars are left out; a linked
    /// headline and prose with links in it stay.
    @Test func linkListsAroundTheArticleAreLeftOut() throws {
        let page = """
        <html><body>
        <ul class="menu"><li><a href="/">首页</a></li><li><a href="/jg">机构概况</a></li><li><a href="/zw">政务公开</a></li></ul>
        <div class="side"><h3>热点新闻</h3><ul>
        <li><a href="/1">九江市2024年普法依法治理工作总结</a> 2025-01-05</li>
        <li><a href="/2">全市开展“宪法宣传周”活动</a> 2024-12-04</li></ul></div>
        <h1><a href="/this">南昌市2024年法治宣传教育工作总结</a></h1>
        <p>全市认真学习<a href="/law1">《中华人民共和国宪法》</a>和<a href="/law2">《民法典》</a>，开展宣传活动1,200余场次，培育“法律明白人”8,600名，覆盖全部村（社区）。</p>
        <p>上一篇：<a href="/4">南昌市召开普法工作推进会</a> 下一篇：<a href="/5">南昌县开展法治进校园活动</a></p>
        </body></html>
        """
        let text = try #require(HTMLPage.text(of: page)).text
        #expect(text == """
        南昌市2024年法治宣传教育工作总结

        全市认真学习《中华人民共和国宪法》和《民法典》，开展宣传活动1,200余场次，培育“法律明白人”8,600名，覆盖全部村（社区）。
        """)
    }

    /// A page whose article a script fetches: the user is told to copy the text instead.
    @Test func aPageWithoutItsArticleSaysSo() throws {
        let page = """
        <html><head><script src="article.js"></script></head><body>
        <div>当前位置：首页 &gt; 工作动态</div><h1>兰州市2024年普法依法治理工作总结</h1><div id="article"></div>
        </body></html>
        """
        #expect(throws: ImportError.noTextInPage(path: "page.html")) {
            try ReportImporter(regions: TestRegions.table).importReport(text: page, path: "page.html")
        }
        #expect(ImportError.noTextInPage(path: "page.html").description.hasPrefix("page.html: the saved page shows no report text"))
    }

    @Test func documentsAreToldFromCopiedText() {
        #expect(HTMLPage.isDocument("随便什么", path: "page.HTM"))
        #expect(HTMLPage.isDocument("\u{FEFF}  <!doctype html><p>x", path: "a.txt"))
        #expect(HTMLPage.isDocument("<HTML lang=zh>", path: "a.txt"))
        #expect(!HTMLPage.isDocument("<p>网页残留</p>\n全年开展活动", path: "a.txt"))
        #expect(!HTMLPage.isDocument("兰州市2024年普法工作总结", path: "report.txt"))
    }

    /// The canonical link first, then `og:url`, then a browser's saved-from note; only web addresses.
    @Test func thePageSaysWhereItCameFrom() throws {
        let saved = "<!-- saved from url=(0031)https://sfj.example.cn/a/1.html -->\n<html><body>正文</body></html>"
        #expect(try #require(HTMLPage.text(of: saved)).head.address == "https://sfj.example.cn/a/1.html")
        let both = """
        <html><head><meta property="og:url" content="https://og.example.cn/2">
        <link rel="Canonical" href=" https://www.example.cn/1 "></head><body>正文</body></html>
        """
        #expect(try #require(HTMLPage.text(of: both)).head.address == "https://www.example.cn/1")
        let relative = "<html><head><link rel=canonical href=\"/art/1.html\"></head><body>正文</body></html>"
        #expect(try #require(HTMLPage.text(of: relative)).head.address == nil)
    }

    /// A government site's meta fields fill what the page's text leaves out.
    @Test func governmentMetaFieldsFillTheFrontMatter() throws {
        let page = """
        <html><head>
        <meta name="SiteName" content="兰州市人民政府"><meta name="ArticleTitle" content="兰州市2024年普法工作情况">
        <meta name="PubDate" content="2025-01-10 09:30"><meta name="ContentSource" content="兰州市司法局">
        <meta name="Url" content="https://www.lanzhou.gov.cn/art/2025/1/10/1.html">
        </head><body><p>2024年，全市培养“法律明白人”3,200名，开展法治宣传活动560场次。</p></body></html>
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: page, path: "page.html")
        #expect(report.frontMatter.title == "兰州市2024年普法工作情况")
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.date == ReportDate(year: 2025, month: 1, day: 10))
        #expect(report.frontMatter.source == "兰州市司法局")
        #expect(report.frontMatter.sourceURL == "https://www.lanzhou.gov.cn/art/2025/1/10/1.html")
        #expect(!report.missingFields.contains { $0.key == "title" })
    }

    @Test func anHTMLPageImportsWithItsAddressAndSourceLines() throws {
        let page = """
        <html><head><link rel="canonical" href="https://sfj.example.cn/1.html"></head><body>
        <div>当前位置：首页 &gt; 工作动态</div>
        <h2>兰州市2024年普法依法治理工作总结</h2>
        <div>发布时间：2025-01-10 来源：兰州市司法局</div>
        <p>2024年，全市培养“法律明白人”3,200名。</p>
        </body></html>
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: page, path: "page.html")
        #expect(report.readAsHTMLPage)
        #expect(report.frontMatter.title == "兰州市2024年普法依法治理工作总结")
        #expect(report.frontMatter.sourceURL == "https://sfj.example.cn/1.html")
        #expect(report.frontMatter.source == "兰州市司法局")
        #expect(report.body == "2024年，全市培养“法律明白人”3,200名。\n")
        #expect(report.removals.contains { $0.rule == .pageMetadata && $0.line == 4 })
    }

    /// Each seed, laid out as a page (a `<div>` per line, a `<table>` for a line
    /// of tab-separated cells, `<br>` for a blank line), imports to the same
    /// content file as its text does.
    @Test(arguments: SeedFixtures.seedFiles)
    func aSeedSavedAsAPageImportsAsItsText(seed: URL) throws {
        let text = try String(contentsOf: seed, encoding: .utf8)
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.map { line -> String in
            if line.allSatisfy({ $0 == " " }) { return "<br>" }
            if line.contains("\t") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\(escaped($0))</td>" }
                return "<table><tr>\(cells.joined())</tr></table>"
            }
            return "<div>\(escaped(line))</div>"
        }
        let page = "<!DOCTYPE html>\n<html><head><title>页面</title></head><body>\n\(body.joined(separator: "\n"))\n</body></html>"
        let importer = ReportImporter(regions: TestRegions.table)
        let fromText = try importer.importReport(text: text, path: seed.lastPathComponent)
        let fromPage = try importer.importReport(text: page, path: "page.html")
        #expect(fromPage.fileText == fromText.fileText)
        #expect(fromPage.removals.map(\.text) == fromText.removals.map(\.text))
    }

    private func escaped(_ line: Substring) -> String {
        line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
