import ContentFormat
@testable import Importer
import Testing

/// Tables copied as text: each row becomes a sentence naming its figures by their columns.
@Suite struct TextTablesTests {
    func imported(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: "兰州市普法工作情况统计\n" + text, path: "t.txt")
    }

    @Test func rowsBecomeSentencesNamedByTheirColumns() throws {
        let report = try imported("""
        各区县主要指标完成情况
        序号 区县 法律明白人（名） 法治文化公园（个） 调解成功率（%）
        1 城关区 412 7 98.6
        2 七里河区 305 5 97.9
        合计 717 12 98.3
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "城关区：法律明白人412名，法治文化公园7个，调解成功率98.6%。",
            "七里河区：法律明白人305名，法治文化公园5个，调解成功率97.9%。",
            "合计：法律明白人717名，法治文化公园12个，调解成功率98.3%。",
        ])
        #expect(report.removals.contains { $0.rule == .tableLayout && $0.text.hasPrefix("序号 区县") })
    }

    /// A table a PDF drew with box-drawing characters: its rules go, its walls part the
    /// cells, and a name padded to the column's width (合  计) is one cell.
    @Test func aTableDrawnWithBoxDrawingCharacters() throws {
        let report = try imported("""
        ┌──────┬──────────┬────────┐
        │乡镇  │法律明白人（名）│普法活动（场）│
        ├──────┼──────────┼────────┤
        │ 桐山镇 │    486   │   132  │
        ├──────┼──────────┼────────┤
        │ 白沙镇 │    352   │    97  │
        ├──────┼──────────┼────────┤
        │ 合  计 │    838   │   229  │
        └──────┴──────────┴────────┘
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == [
            "桐山镇：法律明白人486名，普法活动132场。", "白沙镇：法律明白人352名，普法活动97场。", "合计：法律明白人838名，普法活动229场。",
        ])
        #expect(report.removals.filter { $0.rule == .tableDebris && $0.wholeLine }.count == 5, "the five rules")
        #expect(!InlineCleaning.isBoxRule("│ 桐山镇 │    486   │"), "a row is no rule")
    }

    /// A ledger exported as CSV: quoted fields may hold commas, an empty field is an empty
    /// cell, and a column that counts people (受众人数) counts them in 人. Prose with ASCII
    /// commas is no table.
    @Test func aLedgerExportedAsCSV() throws {
        let report = try imported("""
        序号,日期,地点,受众人数,发放资料(份),现场咨询(人次),备注
        1,2024-01-18,"城关镇文化广场,县人民法院门前","1,200","2,500",86,"联合县公安局,设咨询台6个"
        2,2024-02-27,桐溪镇石桥村村部,800余,150,,
        今年,全市开展活动,受众1,200人,发放资料3,000份
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "2024-01-18 城关镇文化广场,县人民法院门前：受众人数1,200人，发放资料2,500份，现场咨询86人次，备注为联合县公安局,设咨询台6个。",
            "2024-02-27 桐溪镇石桥村村部：受众人数800余人，发放资料150份。",
            "今年,全市开展活动,受众1,200人,发放资料3,000份",
        ])
        #expect(CSVTables.fields(of: CleanedLine(number: 1, content: .text("a,\"b,\"\"c\"\"\",d"))) == ["a", "b,\"c\"", "d"])
    }

    /// A table by years whose header takes two lines, the years over their measures: each
    /// column is named by both.
    @Test func aHeaderOfYearsOverTheirMeasures() throws {
        let report = try imported("""
        指标                         2024年                 2023年
                                数量        同比增减         数量
        法律明白人（名）          3,126       +15.2%          2,714
        受教育群众（万人次）       62.4        +9.7%           56.9
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == [
            "法律明白人：2024年数量3,126名，2024年同比增减+15.2%，2023年数量2,714名。",
            "受教育群众：2024年数量62.4万人次，2024年同比增减+9.7%，2023年数量56.9万人次。",
        ])
        #expect(TwoLineHeaders.combined(["指标", "2024年", "2023年"], ["数量", "同比"]) == nil, "two groups needed")
    }

    /// A table by periods other than years (指标 本季度 累计 同比) names its rows' figures
    /// by period too; a dash is an empty cell, and 持平 a cell of words.
    /// A column of words among the figures (the offices a school's vice-principals come from).
    @Test func wordsBetweenFiguresTakeTheirColumnsName() throws {
        let report = try imported("""
        附表：部分学校法治副校长工作情况
        序号\t学校\t法治副校长(名)\t派出单位\t法治讲座(场)\t受教育学生(人次)
        1\t第一中学\t2\t县公安局、县人民法院\t9\t6,240
        2\t城南小学\t1\t县司法局\t4\t1,950
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.suffix(2) == [
            "第一中学：法治副校长2名，派出单位为县公安局、县人民法院，法治讲座9场，受教育学生6,240人次。",
            "城南小学：法治副校长1名，派出单位为县司法局，法治讲座4场，受教育学生1,950人次。",
        ])
    }

    /// A performance table: its header names no unit, each figure carries its own.
    @Test func figuresWithTheirOwnUnitsUnderAHeaderOfWords() throws {
        let report = try imported("""
        一级指标 二级指标 三级指标 指标值 完成值 得分
        产出指标 数量指标 法治宣传活动场次 ≥60场次 78场次 10分
        效益指标 社会效益指标 矛盾纠纷调解成功率 ≥95% 98.6% 10分
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "产出指标、数量指标、法治宣传活动场次：指标值≥60场次，完成值78场次，得分10分。",
            "效益指标、社会效益指标、矛盾纠纷调解成功率：指标值≥95%，完成值98.6%，得分10分。",
        ])
        #expect(TextTables.isMeasure("3.62万份"))
        #expect(!TextTables.isMeasure("指标值"))
        #expect(TextTables.sentence(row: ["合计", "78场次", "10分"], measures: ["项目", "指标值", "完成值", "得分"]) == nil,
                "a row short of a cell does not say which column each figure is in")
    }

    /// A performance table pasted from a spreadsheet: a group's cell merged down its rows is
    /// empty under its first row, scores stand bare, and a deadline is a date.
    @Test func aPerformanceTablesMergedCellsAndBareScores() throws {
        let report = try imported("""
        表1 项目支出绩效自评表
        一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
        产出指标\t数量指标\t开展法治宣传活动\t≥100场\t128场\t6\t6
        \t\t发放普法资料\t≥5万份\t5.62万份\t5\t5
        \t时效指标\t活动完成时间\t12月7日前\t12月7日\t2\t2
        效益指标\t社会效益指标\t调解成功率\t≥95%\t97.8%\t8\t8
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "产出指标、数量指标、开展法治宣传活动：年度指标值≥100场，实际完成值128场，分值6，得分6。",
            "产出指标、数量指标、发放普法资料：年度指标值≥5万份，实际完成值5.62万份，分值5，得分5。",
            "产出指标、时效指标、活动完成时间：年度指标值12月7日前，实际完成值12月7日，分值2，得分2。",
            "效益指标、社会效益指标、调解成功率：年度指标值≥95%，实际完成值97.8%，分值8，得分8。",
        ])
        #expect(TextTables.sentence(row: ["合计", "128", "6"], measures: ["项目", "完成值", "得分"]) == nil,
                "bare figures alone say nothing of what they count")
    }

    /// 单位 over the rows' names is who they are, not a column of units.
    @Test func aTableOfOfficesUnder单位() throws {
        let report = try imported("单位\t受理法律援助案件（件）\t接待法律咨询（人次）\n市法律援助中心\t1145\t15620\n淮东区\t682\t9840")
        #expect(report.blocks.map(\.text) == ["市法律援助中心：受理法律援助案件1145件，接待法律咨询15620人次。",
                                            "淮东区：受理法律援助案件682件，接待法律咨询9840人次。"])
        #expect(TextTables.columns(of: ["指标", "单位", "本年（个）"]) == nil, "a column of units after the first")
    }

    @Test func aTableByQuarterAndYearToDate() {
        let periods = TextTables.periodColumns(of: ["指标", "本季度", "累计", "同比"])!
        #expect(TextTables.sentence(row: ["法律咨询（人次）", "18,436", "52,907", "+9.3%"], periods: periods)
                == "法律咨询：本季度18,436人次，累计52,907人次，同比+9.3%。")
        #expect(TextTables.sentence(row: ["法律顾问覆盖（个）", "—", "1,352", "持平"], periods: periods)
                == "法律顾问覆盖：累计1,352个，持平。")
        #expect(TextTables.periodColumns(of: ["区县", "人数", "场次"]) == nil)
        // 一般 and 较好 are words, though 一 is a numeral: a row of them holds no figure.
        #expect(TextTables.sentence(row: ["群众评价", "一般", "较好", "—"], periods: periods) == nil)
    }

    /// A dash marks a cell empty (合计 with —— under 村（社区）): no part of the row's name.
    @Test func aDashIsAnEmptyCell() {
        let columns = TextTables.columns(of: ["序号", "村（社区）", "参训学员（名）", "考核合格（名）"])!
        #expect(TextTables.sentence(row: ["合计", "——", "168", "158"], columns: columns, numbered: true)
                == "合计：参训学员168名，考核合格158名。")
    }

    /// A table by years names its things in its rows, with their units, and its years in its
    /// columns; a Markdown table's pipes, its `| --- |` line and the text's `#` and `**` go.
    @Test func aMarkdownTableByYearsBecomesSentences() throws {
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: """
        # 兰州市2024年普法工作总结

        ## 一、主要指标

        | 指标 | 2023年 | 2024年 | 增减 |
        | --- | ---: | ---: | :---: |
        | 法治宣传活动（场） | 980 | 1,120 | +14.3% |
        | 受教育群众（万人次） | 21.5 | 24.8 | +15.3% |
        | 法治文化公园 | 9个 | 12个 | 增加3个 |

        - **压实责任。** 全市63家单位公布普法责任清单。
        """, path: "t.md")
        #expect(report.frontMatter.title == "兰州市2024年普法工作总结")
        #expect(report.blocks.filter { $0.kind == .heading(level: 2) }.map(\.text) == ["一、主要指标"])
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(Array(paragraphs.prefix(3)) == [
            "法治宣传活动：2023年980场，2024年1,120场，增减+14.3%。",
            "受教育群众：2023年21.5万人次，2024年24.8万人次，增减+15.3%。",
            "法治文化公园：2023年9个，2024年12个，增加3个。",
        ])
        #expect(!report.body.contains("**") && !report.body.contains("---") && !report.body.contains("|"))
        #expect(report.removals.contains { $0.rule == .markdownMarkup && $0.wholeLine && $0.text.hasPrefix("| ---") })
        #expect(MarkdownMarkup.removingMarks("#普法强基# 话题").text == "#普法强基# 话题", "a topic tag is no heading")
    }

    /// A wiki page written in Markdown: its `# ` heading is the title though the wiki's name and
    /// the path to the page stand over it; links show their words, a footnote's mark and a rule
    /// go, and emphasised words keep their words.
    @Test func aWikiPageInMarkdown() throws {
        let report = try ReportImporter(regions: KnownRegions()).importReport(text: """
        甬川市东澜区司法局 · 内部知识库
        [首页](/) > [业务科室](/dept) > 2023年度工作总结

        # 东澜区2023年普法依法治理工作总结

        *编写：普法与依法治理科*

        ---

        全年开展法治宣传活动1,236场次，覆盖群众约21.5万人次[^1]，见[年度数据](https://example.org/data)。

        ![](https://example.org/p.png)

        [^1]: 数据截至2023年12月20日。
        """, path: "wiki.md")
        #expect(report.frontMatter.title == "东澜区2023年普法依法治理工作总结")
        #expect(report.frontMatter.region == "东澜区")
        #expect(report.frontMatter.parent == "甬川市", "the city named before the district over the title")
        let texts = report.blocks.map(\.text)
        #expect(texts.contains("全年开展法治宣传活动1,236场次，覆盖群众约21.5万人次，见年度数据。"))
        #expect(texts.contains("编写：普法与依法治理科"))
        #expect(texts.contains("数据截至2023年12月20日。"))
        #expect(!report.body.contains("---") && !report.body.contains("](") && !report.body.contains("[^"))
        #expect(MarkdownMarkup.removingMarks("面积3*4*5平方米").text == "面积3*4*5平方米", "stars between figures")
        #expect(!MarkdownMarkup.isRule("-----"), "five marks are a page's divider, dealt with later")
        #expect(MarkdownMarkup.removingMarks("## 一、总体情况").isTitle == false)
    }

    @Test func whatIsNoTableStaysAsItIs() throws {
        // No unit in the header: its figures cannot be named.
        let bare = [CleanedLine(number: 1, content: .text("区县 人数 场次")),
                    CleanedLine(number: 2, content: .text("城关区 412 7")),
                    CleanedLine(number: 3, content: .text("七里河区 305 5"))]
        var removals: [Removal] = []
        #expect(TextTables.rewritten(bare, removals: &removals) == bare)
        // One row is no table; a sentence with spaces is no row.
        let lines = [CleanedLine(number: 1, content: .text("区县 法律明白人（名） 公园（个）")),
                     CleanedLine(number: 2, content: .text("城关区 412 7")),
                     CleanedLine(number: 3, content: .text("全区开展 普法活动 120场"))]
        #expect(TextTables.rewritten(lines, removals: &removals) == lines)
        #expect(removals.isEmpty)
        #expect(TextTables.sentence(row: ["城关区", "412", "7", "9"], columns: TextTables.columns(of: ["区县", "人数（名）", "公园（个）"])!,
                                    numbered: false) == nil, "more cells than columns")
    }

    /// A task list pasted from a spreadsheet: tabs between cells of words. Each row is its
    /// name, then each cell after its column's name, with the row's name before a column
    /// that holds a figure, so a goal and a result each meet the task.
    @Test func aTableOfWordsPastedFromASpreadsheet() throws {
        let report = try imported("""
        序号\t任务\t责任单位\t目标\t完成情况\t备注
        1\t培育“法律明白人”\t县司法局\t全县新增150名\t✓ 新增172名，全县累计1,206名\t
        2\t法治文化阵地建设\t县司法局、县住建局\t新建法治长廊3条\t✓ 建成法治长廊4条\t提前完成
        """)
        let texts = report.blocks.map(\.text)
        #expect(texts.contains("培育“法律明白人”。责任单位：县司法局。培育“法律明白人”的目标：全县新增150名。培育“法律明白人”的完成情况：✓ 新增172名，全县累计1,206名。"))
        #expect(texts.contains("法治文化阵地建设。责任单位：县司法局、县住建局。法治文化阵地建设的目标：新建法治长廊3条。法治文化阵地建设的完成情况：✓ 建成法治长廊4条。备注：提前完成。"))
        #expect(report.removals.contains { $0.rule == .tableLayout && $0.text == "序号 任务 责任单位 目标 完成情况 备注" })
        // Cells with no figure in any row are no table of words: they stay as they were.
        let plain = try imported("姓名\t职务\t单位\n王某\t主任\t县司法局\n李某\t科员\t县司法局")
        #expect(plain.blocks.map(\.text) == ["姓名 职务 单位", "王某 主任 县司法局", "李某 科员 县司法局"])
    }

    /// A web table copied with every cell on a line of its own: the first row's figures
    /// say how many columns there are, and as many names above it are the header. A dash is
    /// an empty cell.
    @Test func aTableWhoseCellsStandOneToALine() throws {
        let report = try imported("""
        各区县情况见下表。
        区县
        法律明白人（名）
        宣传活动（场）
        调解成功率（%）
        城关区
        1286
        214
        98.4

        七里河区
        1105
        —
        97.9

        合计
        2391
        214
        98.2
        全市将继续推进普法工作。
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "各区县情况见下表。",
            "城关区：法律明白人1286名，宣传活动214场，调解成功率98.4%。",
            "七里河区：法律明白人1105名，调解成功率97.9%。",
            "合计：法律明白人2391名，宣传活动214场，调解成功率98.2%。",
            "全市将继续推进普法工作。",
        ])
    }

    /// Lines of a name and one figure, or of figures without names, are no stacked table.
    @Test func labelsOverFiguresAreNoStackedTable() {
        let lines = ["法律明白人", "7,606", "宣传活动", "1233", "受众", "48.3万"].enumerated().map {
            CleanedLine(number: $0.offset + 1, content: .text($0.element))
        }
        #expect(StackedCells.rewritten(lines) == lines)
    }

    /// A bilingual table: its names in Uyghur beside the Chinese ones, and its header again
    /// in Uyghur under it. The figures are named by the Chinese header.
    @Test func aBilingualTableIsReadByItsChineseNames() throws {
        let report = try imported("""
        乡（镇）\tيېزا-بازار\t法律明白人（名）\t调解矛盾纠纷（件）
        \t\tقانۇن چۈشىنىدىغان كىشى (نەپەر)\tماجىرا كېلىشتۈرۈش (دانە)
        博斯坦镇\tبوستان بازىرى\t236\t342
        阿恰乡\tئاچا يېزىسى\t174\t221
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == [
            "博斯坦镇：法律明白人236名，调解矛盾纠纷342件。",
            "阿恰乡：法律明白人174名，调解矛盾纠纷221件。",
        ])
        #expect(TextTables.isInAnotherScript("بوستان"))
        #expect(!TextTables.isInAnotherScript("博斯坦镇") && !TextTables.isInAnotherScript("236") && !TextTables.isInAnotherScript("Total"))
    }

    /// A spreadsheet pasted with its tabs: a cell left empty under a merged one (片区) keeps
    /// the cells after it under their columns, an empty 备注 is no cell of words, and the note
    /// over the table gives the units its columns do not (单位：场、人次); a note of what the
    /// row includes gives the parts of its first figure in their unit.
    @Test func aSpreadsheetWithMergedCellsAndAUnitNote() throws {
        let report = try imported("""
        单位：场、人次\t\t\t\t\t
        序号\t片区\t乡镇\t普法宣传活动\t受教育群众\t发放普法资料（份）\t备注
        1\t东片区\t城关镇\t46\t12830\t6,420\t含活动5场
        2\t\t白沙镇\t31\t7615\t4,150\t
        \t\t小计\t77\t20445\t10,570\t
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "单位：场、人次",
            "东片区 城关镇：普法宣传活动46场（含活动5场），受教育群众12830人次，发放普法资料6,420份。",
            "白沙镇：普法宣传活动31场，受教育群众7615人次，发放普法资料4,150份。",
            "小计：普法宣传活动77场，受教育群众20445人次，发放普法资料10,570份。",
        ])
    }

    @Test func aNoteGivesUnitsOnlyWhenItNamesUnits() {
        #expect(TableNotes.units(inNote: "单位：场、人次") == ["场", "人次"])
        #expect(TableNotes.units(inNote: "2024年各乡镇普法经费（单位：万元）") == ["万元"])
        #expect(TableNotes.units(inNote: "单位：县司法局") == nil, "who filled the form in")
        #expect(TableNotes.units(inNote: "填报单位：县司法局") == nil)
        let columns = TextTables.columns(of: ["乡镇", "活动", "群众", "资料（份）"])!
        #expect(TextTables.withNoteUnits(columns, cells: ["城关镇", "46", "12830", "6,420"], ["场"]).map(\.unit) == ["", "场", "场", "份"],
                "one unit for every figure without one")
        #expect(TextTables.withNoteUnits(columns, cells: ["城关镇", "46", "—", "6,420"], ["场", "人次"]).map(\.unit) == ["", "", "", "份"],
                "two units for one figure: which is whose is unknown")
    }

    /// A statistical form: the row's code is left out, its 计量单位 is its figures' unit, the
    /// line that numbers the columns (甲 乙 丙 1 2 3) goes with the header, and 增减% is a share.
    @Test func aStatisticalFormWithCodesAndUnits() throws {
        let report = try imported("""
        指标名称                      代码  计量单位        本年      上年    增减%
        甲                            乙    丙                 1         2        3
        法律明白人                    01    名             3,412     2,956     15.4
        调解矛盾纠纷                  08    件             2,687     2,905     -7.5
        调解成功率                    10    %               98.3      98.1        —
        受教育人数                    25    万人次          42.6      38.9      9.5
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "法律明白人：本年3,412名，上年2,956名，增减15.4%。",
            "调解矛盾纠纷：本年2,687件，上年2,905件，增减-7.5%。",
            "调解成功率：本年98.3%，上年98.1%。",
            "受教育人数：本年42.6万人次，上年38.9万人次，增减9.5%。",
        ])
        #expect(report.removals.filter { $0.rule == .tableLayout }.map(\.text) == [
            "指标名称 代码 计量单位 本年 上年 增减%", "甲 乙 丙 1 2 3",
        ])
        #expect(!TableNotes.isColumnNumbering(["1", "2", "3"]), "a row of bare numbers")
        #expect(!TableNotes.isColumnNumbering(["甲", "丙", "1"]), "stems out of order")
    }

    /// A note at the end of the line over a table (编制单位：…　　单位：元) gives its unit to a
    /// header that names none; that line does not run on into the first row.
    @Test func aNoteAtTheEndOfTheLineOverATable() throws {
        let report = try imported("""
        编制单位：兰州市普法依法治理领导小组办公室　　　　单位：元
        序号　支出科目　预算数　实际支出数
        1　普法资料印制费　128,000.00　125,000.00
        2　普法培训费　38,000.00　35,200.00
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "编制单位：兰州市普法依法治理领导小组办公室 单位：元",
            "普法资料印制费：预算数128,000.00元，实际支出数125,000.00元。",
            "普法培训费：预算数38,000.00元，实际支出数35,200.00元。",
        ])
        #expect(TextTables.columns(of: ["序号", "支出科目", "预算数", "实际支出数"]) == nil, "no unit, no note: no table")
    }

    /// A Word table as pandoc writes it in plain text: a grid of + - and |, = under the
    /// header, cells wrapping over lines inside their row. Each row is one row; its cells'
    /// pieces join as words, and a dash in a row of figures counts as one of them.
    @Test func aGridTableFromPandoc() throws {
        let report = try imported("""
        表1  各乡镇情况

        +--------+--------------+----------+--------------------+
        | 乡镇   | “法律明白人” | 法治长廊 | 备注               |
        |        | （名）       | （条）   |                    |
        +========+==============+==========+====================+
        | 城关镇 | 412          | 6        | 新建城东法治文化   |
        |        |              |          | 公园1个            |
        +--------+--------------+----------+--------------------+
        | 石桥镇 | 286          | —        |                    |
        +--------+--------------+----------+--------------------+
        | 合计   | 698          | 6        |                    |
        +--------+--------------+----------+--------------------+

        全县共有法律明白人698名。
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "表1 各乡镇情况",
            "城关镇：“法律明白人”412名，法治长廊6条，备注为新建城东法治文化公园1个。",
            "石桥镇：“法律明白人”286名。",
            "合计：“法律明白人”698名，法治长廊6条。",
            "全县共有法律明白人698名。",
        ])
        #expect(report.removals.filter { $0.rule == .tableDebris }.count == 5, "the five borders")
    }

    /// What is no grid table: a border alone, a grid whose line holds a | in a cell's words,
    /// and one that lost its last border. Their lines stay as they were copied.
    @Test func whatIsNoGridTable() {
        #expect(GridTables.rewritten(["+------+------+", "全县开展活动12场。"]) == nil)
        let barInACell = ["+----+----+", "| 甲 | 1 |", "| 乙|丙 | 2 |", "+----+----+", "| 丁 | 3 |", "+----+----+"]
        #expect(GridTables.rewritten(barInACell) == nil)
        let noLastBorder = ["+----+----+", "| 甲 | 1 |", "+----+----+", "| 乙 | 2 |"]
        #expect(GridTables.rewritten(noLastBorder) == nil)
    }

    /// A pivot table pasted from a spreadsheet: 求和项: over each column, a group's name in
    /// its first row only, and a subtotal row per group (鹤鸣区 小计) that keeps its name.
    @Test func aPivotTableWithSubtotals() throws {
        let report = try imported("""
        县（市、区）\t乡镇（街道）\t求和项:法治宣传活动（场）\t求和项:法律明白人（名）
        鹤鸣区\t江滨街道\t52\t186
        \t文昌街道\t47\t172
        鹤鸣区 小计\t\t99\t358
        石埠县\t石埠镇\t45\t265
        总计\t\t144\t623
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "鹤鸣区 江滨街道：法治宣传活动52场，法律明白人186名。",
            "鹤鸣区 文昌街道：法治宣传活动47场，法律明白人172名。",
            "鹤鸣区 小计：法治宣传活动99场，法律明白人358名。",
            "石埠县 石埠镇：法治宣传活动45场，法律明白人265名。",
            "总计：法治宣传活动144场，法律明白人623名。",
        ])
    }
}
