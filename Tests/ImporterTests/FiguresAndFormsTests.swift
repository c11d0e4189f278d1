import ContentFormat
@testable import Importer
import Testing

/// How figures are written by systems and forms: digits grouped with spaces or
/// apostrophes, decimal commas, a space before %, numbered items one to a line,
/// a form's blanks, a journal's running heads and a tour's itinerary.
@Suite struct FiguresAndFormsTests {
    func paragraphs(_ text: String) throws -> [String] {
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: "兰州市普法工作统计\n\n" + text, path: "t.txt")
        return report.blocks.filter { $0.kind == .paragraph }.map(\.text)
    }

    @Test func digitsGroupedWithSpacesAndApostrophes() {
        let text = "普法志愿者：12 500 人，受教育群众 1 862 300 人次\n学法用法示范户：3'480 户，资料 386\u{2009}200 份\n"
            + "普法经费 1 286,5 万元，增长 8,4 %；人均 1,85 元，另有 3,216 件。"
        #expect(DigitGroups.closedUp(text) == "普法志愿者：12500 人，受教育群众 1862300 人次\n学法用法示范户：3480 户，资料 386200 份\n"
            + "普法经费 1286.5 万元，增长 8.4%；人均 1.85 元，另有 3,216 件。")
    }

    /// What the groups must leave alone: a text that groups no figure with spaces keeps
    /// them (a row's cells, a decimal's comma-free list), a % before a table's next cell,
    /// letter-spaced text, telephone numbers and years.
    @Test func spacesThatGroupNoDigits() {
        let rows = "城关镇 236 480\n七里河区 1 312 650\n共 62 个乡镇、1,2 号文件"
        #expect(DigitGroups.closedUp(rows) == rows)
        #expect(DigitGroups.closedUp("调解成功率 10 % 98.3 98.1") == "调解成功率 10 % 98.3 98.1")
        #expect(DigitGroups.closedUp("分 值 占 比 2 . 5 % 。") == "分 值 占 比 2 . 5 % 。")
        #expect(DigitGroups.closedUp("热线 138 1234 5678，2023 年 500 场") == "热线 138 1234 5678，2023 年 500 场")
        #expect(DigitGroups.closedUp("公布率 100 %。") == "公布率 100%。")
    }

    @Test func aReportWithGroupedFiguresAndItsSpaceAlignedTable() throws {
        let found = try paragraphs("""
        4. 普法讲师团成员：486 名（其中本年新增 73 名）
        5. 普法宣传队伍：215 支；普法志愿者：12 500 人
        6. “法律明白人”：9 876 名，覆盖率 100 %

        （二）全年开展法治宣传活动 4 612 场次，其中宪法日当天开展宣传活动近 200 场。

        县（市、区）    法律明白人（名）    法治宣传活动（场次）
        鹭江区              1 215                  612
        合  计              9 876                4 612
        """)
        #expect(found == [
            "4. 普法讲师团成员：486 名（其中本年新增 73 名）",
            "5. 普法宣传队伍：215 支；普法志愿者：12500 人",
            "6. “法律明白人”：9876 名，覆盖率 100%",
            "（二）全年开展法治宣传活动 4612 场次，其中宪法日当天开展宣传活动近 200 场。",
            "鹭江区：法律明白人1215名，法治宣传活动612场次。",
            "合计：法律明白人9876名，法治宣传活动4612场次。",
        ])
    }

    @Test func aFormsBlanksLoseTheirUnderlines() throws {
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: """
        兰州市普法工作自查表

        8\t全年开展法治宣传活动__36__场，覆盖群众____约4200____人次\t5 分
        9\t创建民主法治示范村：全国____/____个，省级__1__个
        ______________________________
        """, path: "t.txt")
        let text = report.blocks.map(\.text).joined(separator: "\n")
        #expect(text.contains("全年开展法治宣传活动36场，覆盖群众约4200人次"))
        #expect(text.contains("省级1个"))
        #expect(!text.contains("_"))
        #expect(report.removals.filter { $0.rule == .formBlanks }.count == 8)
        #expect(FormBlanks.removingUnderlines("user_name 与 a_b").removed.isEmpty)
    }

    @Test func aJournalsRunningHeadsAreItsPages() throws {
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: """
        兰州市普法工作的个案考察

        ·46·                    基层治理研究                    2024年第2期

        该县累计培育“法律明白人”2,946名，覆盖全部210个村（社区）。
        基层治理研究                    2024年第2期                    ·47·

        村均约14名。
        """, path: "t.txt")
        #expect(report.blocks.map(\.text) == ["该县累计培育“法律明白人”2,946名，覆盖全部210个村（社区）。", "村均约14名。"])
        #expect(report.removals.filter { $0.rule == .pageFurniture }.count == 2)
        #expect(PageBreaks.isPageNumber("·46·"))
        #expect(!PageBreaks.isPageNumber("会议强调·46·项任务已完成。"))
    }

    /// A dashboard's tiles, a label and its figure set apart by wide gaps, are lines of their
    /// own however the text around them wraps; a line with a sentence's commas is no tile.
    @Test func aDashboardsTilesStayApart() throws {
        let found = try paragraphs("""
        本季度主要数据如下。

        人民调解委员会  268 个　　较年初 ▲8个
        人民调解员  1,356 名　　其中专职  74 名
        本期  23 期　　参训  2,318 人次
        """)
        #expect(found == ["本季度主要数据如下。", "人民调解委员会 268 个较年初 ▲8个", "人民调解员 1,356 名其中专职 74 名", "本期 23 期参训 2,318 人次"])
        #expect(InlineCleaning.setsFiguresApart("调解成功率  97.8%　　较上年同期 ▼0.6个百分点"))
        #expect(!InlineCleaning.setsFiguresApart("图1  2024年12月4日，凤栖市在鹭岗区市民"), "a caption's sentence")
        #expect(!InlineCleaning.setsFiguresApart("　　全年开展法治宣传活动 326 场"), "an indent is no gap")
    }

    /// A tour's itinerary: a speaker's name padded to its column (周  斌) with the office
    /// after it is one cell, and a row named by several cells has them apart by middle dots.
    @Test func anItineraryByDate() throws {
        let found = try paragraphs("""
        序号\t日期\t乡镇/村（社区）\t宣讲主题\t宣讲人\t受众人数（人）\t发放资料份数（份）
        1\t3月18日\t城关镇城南社区\t民法典与婚姻家庭\t刘志远（县司法局）\t236\t480
        2\t3月20日\t城关镇河西村\t反电信网络诈骗\t周  斌（县公安局）\t312\t650
        """)
        #expect(found == [
            "3月18日·城关镇城南社区·民法典与婚姻家庭·刘志远（县司法局）：受众人数236人，发放资料份数480份。",
            "3月20日·城关镇河西村·反电信网络诈骗·周斌（县公安局）：受众人数312人，发放资料份数650份。",
        ])
    }
}
