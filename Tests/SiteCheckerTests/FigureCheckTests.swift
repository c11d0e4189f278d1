import Testing
@testable import SiteChecker

/// Figures that cannot be right, or that disagree with each other.
@Suite struct FigureCheckTests {
    @Test func aRateOverAHundredPercentIsAnErrorAtTheFigure() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        // The body starts on line 7. The bold markup is not in the plain text
        // the build places figures by, so this also tests the precise column.
        try project.report("lanzhou", body: """
        全市调解矛盾纠纷1000件,调解成功率达98.5%。

        **今年**,全市调解成功率达120%。

        全市普法经费同比增长150%。
        """)
        let result = project.check()
        #expect(project.contentFindings(result) == ["lanzhou.md:9:16: error: rate over 100%: '120%' (调解成功率)"])
        #expect(result.errors == 1)
    }

    @Test func aNegativeCountIsAnErrorAtItsFrontMatterEntry() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", frontMatter: """
        year: 2024
        source: 兰州市司法局
        indicators:
          - id: legal_understanding_persons
            value: -5
            unit: 人
          - id: people_mediators
            value: 1746
            unit: 名
        """, body: "正文。")
        #expect(project.contentFindings(project.check()) == ["lanzhou.md:7:5: error: negative count '-5人' (法律明白人)"])
    }

    /// The extractor reads a minus sign with its figure, but not the range 3-5场.
    @Test func aMinusSignInTheTextIsANegativeCount() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: """
        全市培训法律明白人-5人,调解成功率-3%。

        全市开展活动3-5场,受理案件同比减少-20件。
        """)
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:7:10: error: negative count '-5人' (法律明白人: 培训法律明白人)",
            "lanzhou.md:7:19: error: rate below 0%: '-3%' (调解成功率)",
        ])
    }

    @Test func unitsThatCountDifferentThingsAcrossRegionsWarn() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "全年惠及群众3万人次。")
        try project.report("baiyin", region: "白银市", body: "全年惠及群众2000人。")
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:7:7: warning: indicator 'audience' (受教育、参与人数) is compared across regions in different units: 人 (白银市); 人次 (兰州市)",
        ])
    }

    @Test func measureWordsForTheSameThingAreNotADifference() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        // 万人 is normalised to 人, and 名 counts people as 人 does.
        try project.report("lanzhou", body: "全年惠及群众3万人。")
        try project.report("baiyin", region: "白银市", body: "全年惠及群众2000名。")
        #expect(project.contentFindings(project.check()) == [])
    }

    @Test func aFigureStatedTwiceWithDifferentValuesWarns() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: """
        全市共有人民调解员1746名。

        目前,全市共有人民调解员1412名。
        """)
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:9:13: warning: '人民调解员' (people_mediators) is stated twice with different values: '1412名' here, '1746名' at line 7",
        ])
    }

    /// The later figure's text also stands, earlier on its line, inside 1100名:
    /// the place is searched from where the build put the figure, not from the line's start.
    @Test func aFigureIsPlacedAtItsOwnTextNotAnEarlierMatch() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "全市共有人民调解员1100名;目前,全市共有人民调解员100名。")
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:7:28: warning: '人民调解员' (people_mediators) is stated twice with different values: '100名' here, '1100名' at line 7",
        ])
    }

    @Test func figuresThatCanBothHoldDoNotWarn() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: """
        全市共有人民调解员1746名。

        全市共有人民调解员1700余名,其中招募退休法官、老教师等人民调解员1412名。

        2023年度,全市培训法律明白人1200人;累计培训法律明白人5000人。

        全市推荐法治动漫2部、法治微电影3部。
        """)
        #expect(project.contentFindings(project.check()) == [])
    }
}
