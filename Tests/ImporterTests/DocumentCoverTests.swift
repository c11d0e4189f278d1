import ContentFormat
import Testing
@testable import Importer

/// A long document copied from a PDF or Word file: its cover, its table of
/// contents, a bulletin's list of stories, the marks over an internal document.
@Suite struct DocumentCoverTests {
    func importing(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    /// A white paper's cover (the court over the title, the year it covers, the court and the
    /// month it was issued in Chinese numerals), its contents with dot leaders, and the court
    /// signing again on the last page after a page number.
    static let whitePaper = """
        溪川县人民法院
        审判公开工作白皮书
        （2023年度）

        溪川县人民法院
        二〇二四年四月

        目　录

        前　言……………………………………1
        第一章　基本情况………………………2
        第二章　普法宣传工作…………………4

        前　言

        　　2023年，河北省溪川县人民法院坚持把审判公开作为最生动的普法课堂。

        — 1 —

        第一章　基本情况

        　　全年开展法治宣传活动156场次，发放宣传资料4.8万份。

        — 2 —

        溪川县人民法院
        2024年4月
        """

    @Test func aCoverGivesTheTitleTheYearTheIssuerAndTheProvince() throws {
        let report = try importing(Self.whitePaper)
        #expect(report.frontMatter.title == "溪川县人民法院审判公开工作白皮书")
        #expect(report.frontMatter.region == "溪川县")
        #expect(report.frontMatter.province == "河北省", "named before the county in the foreword")
        #expect(report.frontMatter.year == 2023, "the year under the title, not the year it was issued")
        #expect(report.frontMatter.source == "溪川县人民法院")
        #expect(!report.body.contains("## 溪川县人民法院"), "the cover's signature is no heading")
    }

    @Test func theContentsGoAndTheChaptersStay() throws {
        let report = try importing(Self.whitePaper)
        #expect(!report.body.contains("……"))
        #expect(!report.body.contains("：1"), "no entry with its page number is left")
        #expect(report.body.contains("## 前 言\n\n2023年，河北省"), "前言, two characters apart, is a heading")
        #expect(report.body.contains("## 第一章 基本情况\n\n全年开展"))
        #expect(report.removals.filter { $0.rule == .contents }.count == 4)
    }

    @Test func anOfficeOverADateOnTheLastPageIsASignatureNotARunningHeader() throws {
        let report = try importing(Self.whitePaper)
        #expect(report.body.hasSuffix("溪川县人民法院\\\n2024年4月\n"))
        #expect(!report.removals.contains { $0.rule == .pageFurniture && $0.text == "溪川县人民法院" })
    }

    @Test func aTableOfContentsNeedsItsEntries() throws {
        let text = """
        溪川县普法工作情况报告

        目录

        全年开展法治宣传活动156场次，发放宣传资料4.8万份。
        """
        let report = try importing(text)
        #expect(report.body.contains("目录"), "a 目录 over running text opens no table of contents")
        #expect(!report.removals.contains { $0.rule == .contents })
        #expect(TableOfContents.isEntry("第二章　审判公开工作…………4", of: .pages))
        #expect(TableOfContents.isEntry("第一章 基本情况 12", of: .pages))
        #expect(!TableOfContents.isEntry("法治宣传活动156场次", of: .pages))
        #expect(!TableOfContents.isEntry("全年开展活动。2", of: .headlines))
    }

    @Test func aBulletinsMarksListOfStoriesAndColumns() throws {
        let text = """
        内部资料　注意保存

        司法行政工作简报

        2025年第7期（总第186期）

        溪峪市司法局办公室编                         2025年7月21日

        【本期要目】
        我市普法终期总结验收工作全面启动
        法律援助“护薪行动”为农民工追回欠薪1,360余万元

        【普法依法治理】
        我市普法终期总结验收工作全面启动

        7月10日，市委全面依法治市委员会召开部署会。全市累计开展法治宣传活动1.2万余场次。

        【法律援助】
        法律援助“护薪行动”为农民工追回欠薪1,360余万元

        上半年，全市法律援助机构共受理法律援助案件3,112件。
        """
        let report = try importing(text)
        #expect(report.frontMatter.title == "司法行政工作简报")
        #expect(report.frontMatter.region == "溪峪市", "the office that compiled it; 依法治市 names no place")
        #expect(report.removals.contains { $0.rule == .documentHead && $0.text == "内部资料 注意保存" })
        #expect(report.removals.filter { $0.rule == .contents }.count == 3)
        #expect(report.body.contains("## 【法律援助】 法律援助“护薪行动”为农民工追回欠薪1,360余万元\n\n上半年"),
                "a column over its story's headline is one heading, figure and all")
        #expect(report.body.components(separatedBy: "追回欠薪1,360余万元").count == 2, "once, as the story's heading")
    }

    @Test func handlingMarksAndPlacesThatAreNone() {
        #expect(LineRules.isDocumentHead("内部资料 注意保存"))
        #expect(LineRules.isDocumentHead("秘密★1年"))
        #expect(!LineRules.isDocumentHead("内部资料汇编工作"))
        #expect(!RegionInference.isPlaceName("法治市"))
        #expect(!RegionInference.isPlaceName("室和县"), "办公室和县司法局: an office's end and 和")
        #expect(RegionInference.isPlaceName("会泽县"))
        #expect(RegionInference.provinceNamedBefore(
            RegionGuess(name: "溪川县", province: nil, parent: nil, level: .county, isKnown: false), in: ["2023年，河北省承德市溪川县人民法院"]) == "河北省")
        #expect(RegionInference.provinceNamedBefore(
            RegionGuess(name: "溪川县", province: nil, parent: nil, level: .county, isKnown: false), in: ["坚持河北省经验，溪川县人民法院"]) == nil,
                "a province elsewhere in the sentence is not the county's")
    }

    @Test func aPeriodUnderATitleIsItsSubtitle() {
        #expect(StructureBuilder.isPeriodNote("（2023年度）"))
        #expect(StructureBuilder.isPeriodNote("(2021—2025年)"))
        #expect(!StructureBuilder.isPeriodNote("（2023年12月）"))
        #expect(DateText.isYearAndMonth("二〇二四年四月"))
        #expect(!DateText.isYearAndMonth("二〇二四年四月五日"))
    }

    /// A township's report names its county only in the offices it is addressed to.
    @Test func theOfficesAddressedNameTheRegionAboveATownship() throws {
        let text = """
            柳溪镇综治中心
            2024年第一季度矛盾纠纷排查调处工作情况报告

            汝溪县委政法委、县司法局：
            　　2024年第一季度，柳溪镇综治中心扎实开展矛盾纠纷排查调处工作，受理矛盾纠纷46件。

            柳溪镇综治中心
            2024年4月8日
            """
        let report = try importing(text)
        #expect(report.frontMatter.region == "汝溪县")
        #expect(report.removals.contains { $0.rule == .documentHead && $0.text == "汝溪县委政法委、县司法局：" })
    }

    /// A form attached to a notice: its number over its title is not the title, and the office
    /// in its first field names the region.
    @Test func anAttachmentsNumberIsNotItsTitle() throws {
        let text = """
            附件3

            2024年度全市普法先进集体推荐表

            推荐单位（盖章）：汝溪县司法局　　　　填表日期：2024年12月2日
            单位名称：汝溪县柳溪镇司法所
            主要事迹：
            　　全年开展法治宣传活动86场次，培育“法律明白人”386名。
            """
        let report = try importing(text)
        #expect(report.frontMatter.title == "2024年度全市普法先进集体推荐表")
        #expect(report.frontMatter.region == "汝溪县")
        #expect(!report.body.contains("附件3"))
        let appendix = try importing("汝溪县2024年普法工作总结\n全年开展法治宣传活动86场次。\n附件1\n2024年普法工作统计表\n法治宣传活动 86场次")
        #expect(appendix.body.contains("附件1"), "an attachment after the text keeps its number")
    }

    /// A paper's place in a meeting's set (交流材料之三) over its headline is not its title, and
    /// the date under its issuers is not the first paragraph the region is looked for in.
    @Test func aPapersPlaceInASetIsNotItsTitle() throws {
        let report = try importing("""
            交流材料之三

            念好法治“三字经”  绘就乡村善治新画卷

            中共柳溪镇委员会  柳溪镇人民政府
            （2024年11月26日）

            　　柳溪镇位于汝溪县东北部，辖12个行政村，全镇培育“法律明白人”236名。
            """)
        #expect(report.frontMatter.title == "念好法治“三字经” 绘就乡村善治新画卷")
        #expect(report.frontMatter.region == "汝溪县")
    }

    /// A notice sent to every office names them all before its colon, longer than a short
    /// addressee line; a sentence ending in a colon is not such a list.
    @Test func aLongListOfAddressees() {
        #expect(LineRules.isDocumentHead("各镇（街道）党（工）委、政府（办事处），县委各部门，县政府各部门，各人民团体，驻县各单位："))
        #expect(!LineRules.isDocumentHead("根据县委、县政府工作安排，县司法局会同县普法办对全县各单位开展了专项督导，现将有关情况通报如下："))
    }

    /// A gazette's page numbers its lines, starting again on each page, and opens with the
    /// end of the document before: the numbers go, and the next document's title is the report's.
    @Test func aGazettePageWithNumberedLines() throws {
        let header = "皋兰县人民政府公报　　　　2024年第6期"
        let first = [
            "　　各乡镇要切实加强组织领导，确保各项任务落到实", "处。", "", "皋兰县人民政府", "2024年3月5日", "",
            "皋兰县人民政府", "关于2023年度全县普法工作情况的通报", "", "各乡镇人民政府：",
            "　　2023年，全县开展法治宣传活动2,870场次，受众约",
        ]
        let second = ["86万人次，发放宣传资料52.6万份。", "　　全县培育“法律明白人”1,132名，实现村（社区）", "全覆盖。"]
        func numbered(_ page: [String]) -> [String] { page.enumerated().map { "\($0.offset + 1)  \($0.element)" } }
        let lines = [header, ""] + numbered(first) + ["", "— 17 —", "", header, ""] + numbered(second) + ["", "— 18 —"]
        let report = try importing(lines.joined(separator: "\n"))
        #expect(report.frontMatter.title == "皋兰县人民政府 关于2023年度全县普法工作情况的通报")
        #expect(report.frontMatter.region == "皋兰县")
        #expect(report.body.contains("全县开展法治宣传活动2,870场次，受众约86万人次，发放宣传资料52.6万份。"))
        #expect(report.removals.filter { $0.rule == .pageFurniture && !$0.wholeLine }.count == first.count + second.count)
    }

    /// A table's 序号 column numbers its rows one after another, but its rows go on in
    /// cells; a short numbered list runs down only a part of the text.
    @Test func aNumberedColumnOrListIsNoLineNumbers() {
        let rows = (1...12).map { "\($0) 第\($0)村 12 34" }
        #expect(LineNumbers.stripped(rows).numbers.isEmpty)
        #expect(LineNumbers.stripped(rows.map { $0.replacing(" ", with: "\t") }).numbers.isEmpty)
        let list = (1...10).map { "\($0) 第\($0)村" }
        let prose = (1...8).map { "第\($0)段正文，全年开展活动12场。" }
        #expect(LineNumbers.stripped(prose + list).numbers.isEmpty)
        #expect(LineNumbers.stripped(list).numbers.count == 10)
    }
}
