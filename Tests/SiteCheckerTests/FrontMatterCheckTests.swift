import Testing
@testable import SiteChecker

/// Front matter completeness, regions without a province, and pipe tables.
@Suite struct FrontMatterCheckTests {
    @Test func everyMissingRequiredKeyIsAnErrorInEveryFile() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.write("content/reports/bare.md", "---\nyear: 2024\n---\n正文。\n")
        try project.write("content/reports/untitled.md", "---\nregion: 兰州市\nyear: 2024\n---\n正文。\n")
        try project.report("baiyin", region: "白银市", body: "正文。")
        let result = project.check()
        #expect(project.contentFindings(result).filter { $0.contains("error") } == [
            "bare.md:1:1: error: missing required front matter key 'region'",
            "bare.md:1:1: error: missing required front matter key 'title'",
            "untitled.md:1:1: error: missing required front matter key 'title'",
        ])
        #expect(result.errors == 3)
        // The report that parsed is still checked.
        #expect(result.reports == 1)
    }

    @Test func missingDateAndSourceAreWarnings() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", frontMatter: "period: 八五", body: "正文。")
        let findings = project.contentFindings(project.check())
        #expect(findings == [
            "lanzhou.md:1:1: warning: the report has neither 'date' nor 'year'",
            "lanzhou.md:1:1: warning: the report names no 'source' or 'source_url'",
        ])
    }

    @Test func aYearAndASourceURLAreEnough() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", frontMatter: "year: 2023\nsource_url: https://example.org/lanzhou", body: "正文。")
        try project.report("baiyin", region: "白银市", frontMatter: "date: 2022-12-16\nsource: 甘肃政法网", body: "正文。")
        #expect(project.contentFindings(project.check()) == [])
    }

    @Test func aPipeTableIsAWarningAtItsHeader() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", frontMatter: "year: 2024\nsource: 兰州市司法局", body: """
        全年主要指标如下。

        | 指标 | 2023年 | 2024年 |
        | --- | ---: | ---: |
        | 法治宣传活动（场） | 1,126 | 1,358 |

        A line | with pipes | but no rule under it.
        """)
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:9:1: warning: a pipe table: Markdown as the site reads it has no tables, so it shows as text and its figures are not read",
        ])
    }

    /// Lines of a label and its figure one under another make one paragraph, which
    /// Markdown joins: a warning at the first; apart, in a list or with hard breaks, none.
    @Test func statisticsLinesInOneParagraphAreAWarning() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", frontMatter: "year: 2024\nsource: 兰州市司法局", body: """
        全年主要指标如下。

        法律明白人：3,216名
        法治宣传活动：1,358场
        调解成功率：98.6%

        受教育群众：15.8万人次

        - 法治讲座：347场
        - 法治培训：52期

        法治长廊：57条\\
        法治书屋：126个
        """)
        #expect(project.contentFindings(project.check()) == [
            "lanzhou.md:9:1: warning: 3 lines of a label and its figure make one paragraph: they show run together, "
                + "and each figure is read with the next line's label",
        ])
    }

    @Test func aRegionWithoutProvinceIsAWarning() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        // Not in regions.yml and no province: a warning at its region key.
        try project.report("jiuquan", region: "酒泉市", body: "正文。")
        // Not in regions.yml, but the front matter names the province: fine.
        try project.report("jiayuguan", region: "嘉峪关市", frontMatter: "province: 甘肃省\nyear: 2024\nsource: 嘉峪关市司法局", body: "正文。")
        // In regions.yml: fine.
        try project.report("lanzhou", body: "正文。")
        let result = project.check()
        #expect(project.contentFindings(result) == ["jiuquan.md:3:9: warning: region '酒泉市' has no province"])
        #expect(result.errors == 0)
    }
}
