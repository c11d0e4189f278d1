import Foundation
import Indicators
import Testing
@testable import SiteBuilder

/// Figures are marked in place, and every table cell and export row points at its mark.
@Suite struct FactProvenanceTests {
    /// A catalog of the test's own, so these tests do not move with the project's catalog.
    static let catalog = """
    indicators:
      - id: legal_understanding_persons
        label: 法律明白人
        theme: people_teams
        units: [人, 名]
        order: 100
        match:
          - all: [法律明白人]
      - id: mediation_cases
        label: 调解矛盾纠纷
        theme: mediation_legal_services
        units: [件]
        order: 200
        match:
          - all: [调解]
    """

    static func project() throws -> TestProject {
        let project = try TestProject()
        try project.write("content/indicators.yml", catalog)
        try project.write("content/reports/lanzhou.md", """
        ---
        title: 兰州市普法工作
        region: 兰州市
        year: 2024
        ---
        全市共培育“法律明白人”2779人。

        全市各级调解组织共调解矛盾纠纷7979件，<b>x</b>调解成功率达99%以上。
        """)
        return project
    }

    @Test func figuresAreMarkedInPlaceWithStableIDs() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("全市共培育“法律明白人”<mark id=\"f-1\" class=\"fact\" title=\"法律明白人\">2779人</mark>。"))
        #expect(page.contains("<mark id=\"f-2\" class=\"fact\" title=\"调解矛盾纠纷\">7979件</mark>"))
        #expect(page.contains("<!-- raw HTML omitted -->"), "safe mode stays on around marks")
    }

    @Test func tableCellsLinkToTheMarks() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("<td data-sort-value=\"2779\"><a href=\"../../regions/lanzhou/index.html#f-1\">2779人</a></td>"))
        let index = try project.read("index.html")
        #expect(index.contains("href=\"regions/lanzhou/index.html#f-2\""))
        let indicatorPage = try project.read("indicators/mediation_cases/index.html")
        #expect(indicatorPage.contains("../../regions/lanzhou/index.html#f-2"))
        #expect(indicatorPage.contains("<svg class=\"bar-chart\""))
    }

    @Test func exportsCarryEveryFigureWithItsSentence() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.build()
        let csv = try #require(FileManager.default.contents(atPath: project.output.appending(path: "data/facts.csv").path))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark for Excel")
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("report,region,province,year,indicator,label,value,unit,qualifier,text,scope,quote,url\r\n"))
        #expect(text.contains("lanzhou,兰州市,甘肃省,2024,legal_understanding_persons,法律明白人,2779,人,exact,2779人,,全市共培育“法律明白人”2779人。,regions/lanzhou/#f-1"))

        let json = try #require(FileManager.default.contents(atPath: project.output.appending(path: "data/facts.json").path))
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let facts = try #require(root["facts"] as? [[String: Any]])
        let rate = try #require(facts.first { $0["text"] as? String == "99%以上" })
        #expect(rate["qualifier"] as? String == "at_least")
        #expect(rate["value"] as? Double == 99)
        #expect(rate["url"] as? String == "regions/lanzhou/#f-3")
    }

    @Test func aReportsYearBesideItsDateIsTheYearItsFiguresAreOf() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        // A summary of 2023 published in January 2024.
        try project.write("content/reports/lanzhou.md", """
        ---
        title: 兰州市2023年普法工作总结
        region: 兰州市
        date: 2024-01-15
        year: 2023
        ---
        全市共培育“法律明白人”2779人。
        """)
        try project.build()
        let csv = try #require(FileManager.default.contents(atPath: project.output.appending(path: "data/facts.csv").path))
        #expect(String(decoding: csv, as: UTF8.self).contains("lanzhou,兰州市,甘肃省,2023,legal_understanding_persons,"))
        #expect(try project.read("feed.xml").contains("2024-01-15"), "the feed still dates the report by its publication")
    }

    @Test func figuresInASectionOfPlansAreTargets() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write("content/reports/lanzhou.md", """
        ---
        title: 兰州市普法工作情况和下一步打算
        region: 兰州市
        year: 2024
        ---
        全市共培育“法律明白人”2779人。

        ## 下一步工作打算

        全年新培育“法律明白人”3000人。
        """)
        try project.build()
        let csv = String(decoding: try #require(FileManager.default.contents(
            atPath: project.output.appending(path: "data/facts.csv").path)), as: UTF8.self)
        #expect(csv.contains(",legal_understanding_persons,") && csv.contains("2779"))
        let planned = try #require(csv.split(whereSeparator: \.isNewline).first { $0.contains("3000") })
        #expect(!planned.contains("legal_understanding_persons"), "a figure under a plan's heading is a target")
        #expect(planned.contains("目标"))
    }

    /// An infographic's heading names the thing of the lines under it (法律明白人 / 新培育 300人),
    /// and the mark stays on the line's own figure.
    @Test func aHeadingNamesItsLinesThing() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write("content/reports/lanzhou.md", """
        ---
        title: 一图读懂兰州市普法工作
        region: 兰州市
        year: 2024
        ---
        全市普法工作成效明显。

        ## 法律明白人

        新培育 300人
        """)
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("新培育 <mark id=\"f-1\" class=\"fact\" title=\"法律明白人\">300人</mark>"))
    }

    @Test func curatedFigureOverridesTheExtractedOne() throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try project.write("content/reports/lanzhou.md", """
        ---
        title: 兰州市普法工作
        region: 兰州市
        year: 2024
        indicators:
          - {id: legal_understanding_persons, value: 3000, note: 据年报更正}
        ---
        全市共培育“法律明白人”2779人。
        """)
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("<th scope=\"row\">法律明白人 <span class=\"badge\" title=\"人工录入\">录入</span></th><td data-sort-value=\"3000\"><a href=\"../../regions/lanzhou/index.html#indicator-legal_understanding_persons\">3000人</a></td>"))
        #expect(page.contains("<mark id=\"f-1\""), "the extracted figure is still marked in the text")
    }
}

@Suite struct IndicatorPageTests {
    @Test func severalYearsOfOneRegionMakeATimeSeriesWithItsCSV() throws {
        let project = try FactProvenanceTests.project()
        defer { project.cleanUp() }
        try project.write("content/reports/lanzhou-2022.md", "---\ntitle: 兰州2022\nregion: 兰州市\nyear: 2022\n---\n全市共培育“法律明白人”1500人。\n")
        try project.build()
        let page = try project.read("indicators/legal_understanding_persons/index.html")
        #expect(page.contains("<h2 id=\"series-heading\">历年变化</h2>"))
        #expect(page.contains("href=\"../../data/indicators/legal_understanding_persons/lanzhou.csv\""))
        let csv = try project.read("data/indicators/legal_understanding_persons/lanzhou.csv")
        #expect(csv.hasSuffix("year,text,value,unit,qualifier\r\n2022,1500人,1500,人,exact\r\n2024,2779人,2779,人,exact\r\n"))
        let ranking = try project.read("data/indicators/legal_understanding_persons.csv")
        #expect(ranking.contains("1,兰州市,city,2024,2779人,2779,人,exact"), "the ranking takes the newest year")
    }
}

@Suite struct ScriptDetectionTests {
    @Test func tellsTraditionalFromSimplified() {
        #expect(ScriptDetection.isTraditional("白銀市各級各部門以習近平法治思想為指引，認真落實普法責任制。"))
        #expect(!ScriptDetection.isTraditional("白银市各级各部门以习近平法治思想为指引，认真落实普法责任制。"))
        #expect(!ScriptDetection.isTraditional("No Chinese at all, 2024."))
    }

    /// The quick answers for the main CJK block and the scalars below it are the property's.
    @Test func ideographsAreTheUnicodePropertys() {
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScriptDetection.isIdeographic(scalar) != scalar.properties.isIdeographic {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }

    /// Whether a sample changes is decided on scalars, and must be what comparing Strings says,
    /// compatibility ideographs (canonically equivalent to others) included.
    @Test(arguments: ["白銀市各級各部門", "白银市各级各部门", "乾坤乾燥", "\u{F900}\u{F901}豈更", "計劃", "", "abc"])
    func changesAsStringsCompare(sample: String) {
        let normaliser = ScriptNormaliser.traditionalToSimplified
        #expect(normaliser.changes(Array(sample.unicodeScalars)) == (normaliser.normalise(sample) != sample))
    }

    @Test func traditionalReportFiguresAreClassified() throws {
        let project = try FactProvenanceTests.project()
        defer { project.cleanUp() }
        try project.write("content/reports/lanzhou.md", "---\ntitle: 蘭州市\nregion: 兰州市\nyear: 2024\n---\n全市共培育“法律明白人”2779人，各級調解組織調解矛盾糾紛7979件。\n")
        try project.build()
        let page = try project.read("regions/lanzhou/index.html")
        #expect(page.contains("<mark id=\"f-2\" class=\"fact\" title=\"调解矛盾纠纷\">7979件</mark>"))
    }
}
