import ContentFormat
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteBuilder

/// The files and head elements that publishing needs: sitemap, feed,
/// robots.txt, canonical and Open Graph, and a 404 page that works at any depth.
@Suite struct PublishingTests {
    static let baseURL = "https://example.org/pufa"

    /// Builds and returns the warnings the build reported.
    static func build(_ project: TestProject, baseURL: String? = nil) throws -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        _ = try SiteBuild(options: BuildOptions(source: project.root, baseURL: baseURL)).run { event in
            if case .diagnostic(let diagnostic) = event, diagnostic.severity == .warning { warnings.append(diagnostic) }
        }
        return warnings
    }

    /// The text of every element named `name`, from a document an XML parser accepted.
    static func elements(_ name: String, in xml: String) throws -> [String] {
        let reader = ElementReader(name: name)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        #expect(parser.parse(), "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return reader.texts
    }

    final class ElementReader: NSObject, XMLParserDelegate {
        let name: String
        var texts: [String] = []
        private var current: String?

        init(name: String) { self.name = name }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if element == name { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == name, let text = current { texts.append(text) }
            if element == name { current = nil }
        }
    }

    @Test func sitemapListsEveryPageButThe404ByAbsoluteURL() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let warnings = try Self.build(project, baseURL: Self.baseURL)
        #expect(!warnings.contains { $0.message.contains("base_url") })
        let locations = try Self.elements("loc", in: project.read("sitemap.xml"))
        let pages = TestProject.snapshot(of: project.output).keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix("404.html") }
        #expect(locations.count == pages.count)
        #expect(locations.first == "https://example.org/pufa/")
        for page in ["regions/lanzhou/", "regions/lanzhou-chengguan/", "reports/baiyin/", "reports/baiyin-2021/"] {
            #expect(locations.contains("https://example.org/pufa/" + page), "\(page) missing")
        }
        #expect(!locations.contains { $0.contains("404") })
        // Dates come from the reports: the region's newest report is dated 2024-12-20.
        #expect(try project.read("sitemap.xml").contains("<loc>https://example.org/pufa/regions/lanzhou/</loc><lastmod>2024-12-20</lastmod>"))
        // A report known only by its year has no date to give.
        #expect(try project.read("sitemap.xml").contains("<loc>https://example.org/pufa/reports/baiyin-2021/</loc></url>"))
    }

    @Test func withoutBaseURLThereIsNoSitemapAndTheBuildSaysWhy() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let warnings = try Self.build(project)
        #expect(!FileManager.default.fileExists(atPath: project.output.appending(path: "sitemap.xml").path))
        let warning = try #require(warnings.first { $0.message.contains("sitemap.xml") })
        #expect(warning.location.path.hasSuffix("site.yml"))
        #expect(warning.hint?.contains("--base-url") == true)
    }

    @Test func canonicalLinkAndOpenGraphURLOnlyWithBaseURL() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try Self.build(project)
        let plain = try project.read("regions/lanzhou/index.html")
        #expect(!plain.contains("rel=\"canonical\""))
        #expect(!plain.contains("og:url"))
        #expect(plain.contains("<meta property=\"og:title\" content=\"兰州市\">"))
        #expect(plain.contains("<meta property=\"og:locale\" content=\"zh_CN\">"), "site.yml's zh-CN")
        #expect(plain.contains("<meta property=\"og:description\" content=\"今年以来，兰州市坚持以习近平法治思想为指引"))

        try Self.build(project, baseURL: Self.baseURL)
        let published = try project.read("regions/lanzhou/index.html")
        #expect(published.contains("<link rel=\"canonical\" href=\"https://example.org/pufa/regions/lanzhou/\">"))
        #expect(published.contains("<meta property=\"og:url\" content=\"https://example.org/pufa/regions/lanzhou/\">"))
        #expect(try project.read("index.html").contains("<link rel=\"canonical\" href=\"https://example.org/pufa/\">"))
        #expect(!(try project.read("404.html")).contains("rel=\"canonical\""), "the 404 page stands for no address")
    }

    @Test func everyPageHasFaviconFeedPrintStylesheetAndTheSortScript() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try Self.build(project)
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\""))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/print.css\" media=\"print\">"))
        #expect(page.contains("<script src=\"../../assets/table-sort.js\" defer></script>"))
        #expect(!page.contains(" onclick="), "no inline handlers")
        for asset in ["assets/favicon.svg", "assets/print.css", "assets/table-sort.js"] {
            #expect(FileManager.default.fileExists(atPath: project.output.appending(path: asset).path), "\(asset) missing")
        }
    }

    @Test func robotsAllowsAllAndNamesTheSitemapWhenItExists() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try Self.build(project)
        #expect(try project.read("robots.txt") == "User-agent: *\nDisallow:\n")
        try Self.build(project, baseURL: Self.baseURL + "/")
        #expect(try project.read("robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/pufa/sitemap.xml\n")
    }

    @Test func feedListsReportsNewestFirstWithDatesFromTheReports() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try Self.build(project, baseURL: Self.baseURL)
        let feed = try project.read("feed.xml")
        let titles = try Self.elements("title", in: feed)
        #expect(titles == ["测试站点", "兰州市推动普法依法治理工作提质增效", "兰州市城关区法治建设工作综述",
                           "将法治精神播撒到群众心田——白银市法治宣传教育工作综述", "白银市2021年普法工作总结"])
        let updated = try Self.elements("updated", in: feed)
        #expect(updated == ["2024-12-20T00:00:00+08:00", "2024-12-20T00:00:00+08:00", "2023-12-31T00:00:00+08:00",
                            "2022-12-16T00:00:00+08:00", "2021-12-31T00:00:00+08:00"])
        #expect(try Self.elements("id", in: feed).contains("https://example.org/pufa/reports/baiyin/"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/pufa/feed.xml\"/>"))

        try Self.build(project)
        let relative = try project.read("feed.xml")
        #expect(relative.contains("<link rel=\"alternate\" type=\"text/html\" href=\"regions/lanzhou/\"/>"), "relative to the feed at the root")
        #expect(try Self.elements("id", in: relative).contains("urn:pufa-site:report:lanzhou"))
    }

    @Test func hostileTextStaysTextInTheFeedAndSitemap() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let title = "</title><script>alert('x')</script> & \"引号\"]]>"
        try project.write("content/reports/dingxi.md", """
        ---
        title: '\(title.replacingOccurrences(of: "'", with: "''"))'
        region: 定西市
        date: 2025-01-02
        source: "<b>司法局</b>"
        ---
        定西市开展普法活动\u{01}。

        """)
        try Self.build(project, baseURL: "https://example.org/a&b/")
        let feed = try project.read("feed.xml")
        #expect(!feed.contains("<script>"))
        #expect(!feed.contains("\u{01}"), "a character XML cannot hold is dropped")
        let titles = try Self.elements("title", in: feed)
        #expect(titles.dropFirst().first == title, "the newest entry, as written")
        #expect(try Self.elements("summary", in: feed).first == "定西市开展普法活动。")
        #expect(try Self.elements("name", in: feed).contains("<b>司法局</b>"))
        let locations = try Self.elements("loc", in: project.read("sitemap.xml"))
        #expect(locations.contains("https://example.org/a&b/regions/dingxi/"))
    }

    @Test func reportsWithoutDateOrYearAreLeftOutOfTheFeedWithAWarning() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/dingxi.md", "---\ntitle: 定西市普法\nregion: 定西市\n---\n正文。\n")
        let warnings = try Self.build(project, baseURL: Self.baseURL)
        #expect(warnings.contains { $0.location.path.hasSuffix("dingxi.md") && $0.message.contains("feed.xml") })
        #expect(!(try project.read("feed.xml")).contains("定西市普法"))
    }

    /// A server shows 404.html at the depth of the missing address, so every
    /// link in it starts at the site's root path, and lands on a real file.
    @Test func the404PageLinksWorkAtAnyDepth() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        for (baseURL, root) in [(nil, "/"), (Self.baseURL, "/pufa/"), ("https://example.org", "/")] as [(String?, String)] {
            try Self.build(project, baseURL: baseURL)
            let links = RelativeLinkTests.links(in: try project.read("404.html"))
            #expect(links.count >= 6)
            for link in links where !link.hasPrefix("#") {
                #expect(link.hasPrefix(root), "\(link) does not start at \(root)")
                let file = String(link.dropFirst(root.count))
                #expect(FileManager.default.fileExists(atPath: project.output.appending(path: file).path), "\(link): no such file")
            }
            #expect(try project.read("404.html").contains("<meta name=\"robots\" content=\"noindex\">"))
        }
    }

    @Test func tableCellsCarryTheNormalisedValueForSorting() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/dingxi.md", "---\ntitle: 定西市普法\nregion: 定西市\nyear: 2024\n---\n全市培育法律明白人3.2万名。\n")
        try Self.build(project)
        let region = try project.read("regions/dingxi/index.html")
        #expect(region.contains("<table class=\"indicators\" id=\"table-indicators\" data-sortable>"))
        #expect(region.contains("<td data-sort-value=\"32000\"><a href=\"../../regions/dingxi/index.html#f-1\">3.2万名</a></td>"), "the text as written sorts by its value")
        #expect(region.contains("<td class=\"num\" data-sort-value=\"32000\">32,000</td>"))
        let index = try project.read("index.html")
        #expect(index.contains("<th scope=\"col\" class=\"num\" data-sort-key=\"legal_understanders\">"))
        let baiyin = try #require(index.components(separatedBy: "<tr>").first { $0.contains(">白银市</a>") })
        #expect(baiyin.contains("<td class=\"num\" data-sort-value=\"\"><span class=\"not-reported\""), "not reported sorts last")
        #expect(baiyin.contains("<th scope=\"row\" data-sort-value=\"baiyin\">"), "regions sort by pinyin")
    }

    @Test func siteAddressKeepsOnlyThePathForThe404Page() {
        #expect(SiteAddress(baseURL: "https://example.org/pufa")?.path == "/pufa/")
        #expect(SiteAddress(baseURL: "https://example.org")?.path == "/")
        #expect(SiteAddress(baseURL: "http://127.0.0.1:8080/a/b/?x=1")?.path == "/a/b/")
        #expect(SiteAddress(baseURL: "") == nil)
        #expect(SiteAddress(baseURL: "https://example.org/pufa/")?.absolute("regions/x/index.html") == "https://example.org/pufa/regions/x/")
        #expect(SiteAddress(baseURL: "https://example.org/pufa/")?.absolute("data/facts.csv") == "https://example.org/pufa/data/facts.csv")
    }

    @Test func xmlTextEscapesMarkupAndDropsWhatXMLCannotHold() {
        #expect(XMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(XMLText.escape("x\u{0}\u{8}\u{1F}\u{FFFE}y\t\n") == "xy\t\n")
        #expect(XMLText.escape("法治") == "法治")
        // U+FFFD and the full-width comma share U+FFFF's lead byte and stay.
        #expect(XMLText.escape("a\u{FFFF}b\u{FFFD}，\u{FFFE}") == "ab\u{FFFD}，")
    }
}
