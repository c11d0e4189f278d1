@testable import Importer
import Testing

/// What a PDF's charts and a post's rows of figures leave in copied text: data labels,
/// axis marks, categories and legends, and lines of bare figures.
@Suite struct ChartsAndRowsTests {
    func paragraphs(_ text: String) throws -> [String] {
        try ReportImporter(regions: TestRegions.table).importReport(text: "兰州市普法工作报告\n\n" + text, path: "t.txt")
            .blocks.filter { $0.kind == .paragraph }.map(\.text)
    }

    /// A chart of two series, a row of data labels each, its years and its legend: a sentence
    /// a year, each figure named by its series, in the note's units; a share keeps its %.
    @Test func aChartsRowsOfDataLabels() throws {
        #expect(try paragraphs("""
        图4 2022—2024年人民调解案件数及调解成功率
        单位：件、%
        3215    3487    3602
        96.8%   97.4%   98.1%
        2022年  2023年  2024年
        ■ 调解案件数  ● 调解成功率
        全年调解矛盾纠纷3,602件。
        """) == [
            "单位：件、%",
            "2022年：调解案件数3215件，调解成功率96.8%。",
            "2023年：调解案件数3487件，调解成功率97.4%。",
            "2024年：调解案件数3602件，调解成功率98.1%。",
            "全年调解矛盾纠纷3,602件。",
        ])
    }

    /// A figure a line: the value axis' marks go, the last figures are the categories', and a
    /// legend with no mark names the one series when it says what it measures.
    @Test func aChartWithAFigureALine() throws {
        let read = try paragraphs("""
        单位：场次
        2000
        1500
        1000
        500
        1126
        1358
        1402
        2022年
        2023年
        2024年
        法治宣传活动场次
        """)
        #expect(read == ["单位：场次", "2022年：法治宣传活动1126场次。", "2023年：法治宣传活动1358场次。", "2024年：法治宣传活动1402场次。"])
    }

    /// What is no chart: figures under a unit note with no legend, categories that do not
    /// match the figures, and marks that are no axis (they do not fall by one step).
    @Test func whatIsNoChart() throws {
        #expect(try paragraphs("单位：人\n412 356 298\n城关镇 枣林镇 白沙镇\n全县共有法律明白人1,066名。").contains("412 356 298"))
        #expect(try paragraphs("单位：人\n412 356 298\n城关镇 枣林镇\n■ 法律明白人").contains("412 356 298"))
        #expect(try paragraphs("单位：场次\n2000\n1800\n900\n1126\n1358\n2023年\n2024年\n法治宣传活动场次").contains("1126"))
    }

    /// A row of bare figures runs into no line near it, which would make one figure of two
    /// (3602 and 96.8% as 360296.8%), even in a text whose lines a PDF wrapped.
    @Test func aRowOfFiguresIsALineOfItsOwn() throws {
        #expect(HardWraps.isRowOfFigures("3215    3487    3602"))
        #expect(HardWraps.isRowOfFigures("96.8% 97.4% 98.1%"))
        #expect(!HardWraps.isRowOfFigures("调解案件 3215"))
        #expect(!SplitFigures.continuesAFigure("3215 3487 3602", with: "96.8% 97.4% 98.1%"))
        #expect(SplitFigures.continuesAFigure("受众约86", with: "万人次"), "a figure's unit on the next line still joins")
    }

    /// A post's lines that each begin with an emoji's diamond are items, each a paragraph.
    @Test func diamondsBeginItems() throws {
        let read = try paragraphs("""
        🔸打造3档普法栏目,全年更新142期
        🔸为全县156名村(社区)通讯员举办新媒体普法培训班两期,手把手教拍、教剪、教运营
        """)
        #expect(read.count == 2)
    }
}
