import Foundation
import Testing
@testable import SiteBuilder

@Suite struct BuildOutputTests {
    @Test func buildsIndexRegionPagesReportPagesAnd404() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let summary = try project.build()
        #expect(summary.reports == 4)
        #expect(summary.regions == 3)
        for page in ["index.html", "404.html", "regions/lanzhou/index.html", "regions/lanzhou-chengguan/index.html",
                     "regions/baiyin/index.html", "reports/baiyin/index.html", "reports/baiyin-2021/index.html",
                     "assets/site.css", OutputGuard.markerName] {
            #expect(FileManager.default.fileExists(atPath: project.output.appending(path: page).path), "missing \(page)")
        }
    }

    /// The build writes each report's page and its figures' records while
    /// rendering, then drops the text and the figures no other page reads;
    /// generating in memory keeps everything to the end. Same files.
    @Test func pagesWrittenWhileRenderingMatchTheOnesMadeAtTheEnd() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        // Figures in the older report of a region with several, and a figure repeated.
        try project.write("content/reports/baiyin-2021.md", """
            ---
            title: 白银市2021年普法工作总结
            region: 白银市
            year: 2021
            ---
            2021年，白银市开展法治宣传活动120场次，培育法律明白人300名，另有法律明白人20名。
            """)
        try project.build()
        let generated = try SiteGenerator(options: BuildOptions(source: project.root)).generate()
        var built = TestProject.snapshot(of: project.output)
        #expect(built.removeValue(forKey: "/" + OutputGuard.markerName) != nil)
        #expect(built.keys.sorted() == generated.files.map { "/" + $0.path }.sorted())
        for file in generated.files {
            #expect(built["/" + file.path] == Data(file.bytes), "\(file.path) differs")
        }
        // The text of a report of a region with several is on its own page.
        let page = built["/reports/baiyin-2021/index.html"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(page.contains("白银市开展法治宣传活动"))
        // Figures of that older report are exported, linked to its own page.
        let facts = built["/data/facts.json"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(facts.contains("\"url\": \"reports/baiyin-2021/#f-"))
    }

    @Test func regionPageHasHeaderFiguresOutlineLeadAndText() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("<h1>兰州市</h1>"))
        #expect(page.contains("甘肃省 · 市级"), "province and level from regions.yml")
        #expect(page.contains("<a href=\"https://example.org/lanzhou\" rel=\"noopener\">兰州市司法局</a>"))
        #expect(page.contains("2024年12月20日"))
        #expect(page.contains("<a href=\"#shishi-wudagongcheng\">实施“五大工程” 全面提升公民法治素养</a>"))
        #expect(page.contains("<h2 id=\"shishi-wudagongcheng\">"))
        #expect(page.contains("<p class=\"lead\">今年以来，兰州市坚持以习近平法治思想为指引，纵深推进“八五”普法规划。"), "soft break between CJK removed")
        #expect(page.contains("<caption>兰州市主要指标（2024年） <a class=\"csv\" href=\"../../data/reports/lanzhou.csv\">下载 CSV</a></caption>"))
        #expect(page.contains("<th scope=\"row\">法律明白人"))
        #expect(page.contains("<a href=\"../../regions/lanzhou-chengguan/index.html\">兰州市城关区</a>"), "links to sub-regions")
    }

    @Test func districtLinksToItsParentAndIsMarked() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let page = try project.read("regions/lanzhou-chengguan/index.html")
        #expect(page.contains("<a href=\"../../regions/lanzhou/index.html\">兰州市</a> › 兰州市城关区"))
        #expect(page.contains("<span class=\"badge\">区县</span>"))
        #expect(page.contains("<em>南河新村社区向辖区居民开展宪法宣传(12月4日拍摄)</em>"))
        #expect(page.contains("1200余人"), "curated qualifier shown as written")
    }

    @Test func regionWithSeveralReportsListsThemNewestFirst() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let page = try project.read("regions/baiyin/index.html")
        let newer = try #require(page.range(of: "reports/baiyin/index.html"))
        let older = try #require(page.range(of: "reports/baiyin-2021/index.html"))
        #expect(newer.lowerBound < older.lowerBound)
        let report = try project.read("reports/baiyin/index.html")
        #expect(report.contains("<a href=\"../../regions/baiyin/index.html\">返回白银市</a>"))
        #expect(report.contains("法治宣传教育是一项基础性工作。"))
    }

    @Test func indexGroupsByProvinceAndComparesWithDashForNotReported() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let index = try project.read("index.html")
        #expect(index.contains("<h3>甘肃省</h3>"))
        #expect(index.contains("<th scope=\"col\" class=\"num\" data-sort-key=\"legal_understanders\">法律明白人<span class=\"unit\">（人）</span></th>"))
        let baiyinRow = try #require(index.components(separatedBy: "<tr>").first { $0.contains(">白银市</a>") })
        #expect(baiyinRow.contains("<span class=\"not-reported\" title=\"未报告\">—</span>"))
        #expect(!baiyinRow.contains(">0<"))
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/draft.md", "---\ntitle: 草稿\nregion: 白银市\nyear: 2020\ndraft: true\n---\n草稿。\n")
        try project.build()
        #expect(!FileManager.default.fileExists(atPath: project.output.appending(path: "reports/draft/index.html").path))
        _ = try SiteBuild(options: BuildOptions(source: project.root, includeDrafts: true)).run()
        #expect(FileManager.default.fileExists(atPath: project.output.appending(path: "reports/draft/index.html").path))
    }

    @Test func templateAssetsAreCopied() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("Templates/assets/js/extra.js", "console.log(1)\n")
        try project.build()
        #expect(try project.read("assets/js/extra.js") == "console.log(1)\n")
    }
}

@Suite struct ShippedDefaultsTests {
    @Test func projectWithoutTemplatesOrCatalogUsesTheShippedOnes() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.remove("Templates")
        try project.write("content/reports/lanzhou.md", "---\ntitle: 兰州\nregion: 兰州市\nyear: 2024\n---\n全市共培育“法律明白人”2779人。\n")
        var steps: [String] = []
        _ = try SiteBuild(options: BuildOptions(source: project.root)).run { event in
            if case .step(_, _, let title) = event { steps.append(title) }
        }
        #expect(steps.first?.contains("using pufa-site's own") == true)
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("title=\"法律明白人\">2779人</mark>"), "classified by the shipped catalog")
    }

    @Test func projectFilesWinOverShippedOnes() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("Templates/404.mustache", "{{<base}}{{$content}}<p>自己的404</p>{{/content}}{{/base}}\n")
        try project.build()
        #expect(try project.read("404.html").contains("自己的404"))
    }
}
