import ContentFormat
import Testing
@testable import Importer

/// Paragraphs, headings, captions and signatures, on real seed text.
@Suite struct StructureTests {
    func importing(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    @Test func runOnTextSplitsAtInlineHeadingsAndEnumerations() throws {
        let text = """
        兰州市紧扣“三个关键点”推动普法依法治理工作提质增效 | |||
        今年以来,兰州市坚持以习近平法治思想为指引,纵深推进“八五”普法规划,为推进强省会行动、建设新时代美丽兰州筑牢法治基石。 实施“五大工程” 全面提升公民法治素养 兰州市坚持把全民普法作为推进全面依法治国的长期性、基础性工作来做,全面实施公民法治素养提升“五大工程”。一是实施“头雁工程”,推动领导干部带头学法用法。二是实施“中坚工程”,推动行政执法人员规范执法。 做好“三篇文章” 不断繁荣法治文化基因 2024年上半年,全市法治教育紧紧围绕服务中心工作。
        """
        let report = try importing(text)
        #expect(report.frontMatter.title == "兰州市紧扣“三个关键点”推动普法依法治理工作提质增效")
        #expect(report.body == """
        今年以来,兰州市坚持以习近平法治思想为指引,纵深推进“八五”普法规划,为推进强省会行动、建设新时代美丽兰州筑牢法治基石。

        ## 实施“五大工程” 全面提升公民法治素养

        兰州市坚持把全民普法作为推进全面依法治国的长期性、基础性工作来做,全面实施公民法治素养提升“五大工程”。

        一是实施“头雁工程”,推动领导干部带头学法用法。

        二是实施“中坚工程”,推动行政执法人员规范执法。

        ## 做好“三篇文章” 不断繁荣法治文化基因

        2024年上半年,全市法治教育紧紧围绕服务中心工作。

        """)
    }

    /// A wrapped line of the full width with no comma in it still runs on.
    @Test func aFullLineWithoutACommaRunsOn() throws {
        let report = try importing("""
        兰州市司法局局长2025年度述职报告
        2025年，在市委、市政府的坚强领导和省司法厅的指导下，
        本人认真履行市司法局党组书记局长职责和党风廉政建设“第一责
        任人”职责，团结带领局机关干部职工，扎实推进普法各项工作，
        全年开展法治宣传活动860余场，受教育群众15万余人次，培育
        “法律明白人”1260名，创建省级民主法治示范村（社区）9个，
        全市普法依法治理工作取得新成效。
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == [
            "2025年，在市委、市政府的坚强领导和省司法厅的指导下，本人认真履行市司法局党组书记局长职责和党风廉政建设“第一责任人”职责，"
                + "团结带领局机关干部职工，扎实推进普法各项工作，全年开展法治宣传活动860余场，受教育群众15万余人次，培育"
                + "“法律明白人”1260名，创建省级民主法治示范村（社区）9个，全市普法依法治理工作取得新成效。",
        ])
    }

    /// A digest's lines of a label and its figure (dot leaders read as a colon) stand one
    /// to a paragraph, among wrapped lines as well.
    @Test func statisticsLinesNeitherRunOnNorAreRunOnTo() throws {
        let report = try importing("""
        兰州市2024年普法工作统计摘要
        2024年，兰州市坚持以习近平法治思想为指导，深入实施八五普法规划，
        统筹推进法治宣传教育和依法治理，全民法治素养持续提升，现将主要
        数据摘要如下，供各成员单位参考使用，标注累计的为历年累计数据，
        公布普法责任清单的单位……………………73家
        法律明白人（累计）··········· 2,236名
        开展法治宣传活动：862场
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text).suffix(3) == [
            "公布普法责任清单的单位：73家", "法律明白人（累计）：2,236名", "开展法治宣传活动：862场",
        ])
        #expect(!StatisticsLine.matches("进一步完善法治进校园长效机制：一"), "no unit: a list's first item")
    }

    /// OCR's stray spaces inside words go from running text when three lines or more
    /// have them; a heading keeps its space, and a text with one such line keeps all.
    @Test func straySpacesOfAScanGo() throws {
        let scanned = try importing("""
        兰州市2024年普法工作总结
        以法治精神润泽金城 让尊法守法蔚然成风
        2024年，全市坚持以习近平法治思想为指导，扎实推进全民普 法，
        调整充实市普法讲 师团，现有成员52名，深入机关、村（社区）、
        学校开展宣讲，全年共开展法治宣传活动860余场，群众 满意率达
        97%以上，全市普法依法治理工作取得新成效，得到上级充分肯定。
        """)
        let paragraphs = scanned.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.contains { $0.contains("全民普法，调整充实市普法讲师团") && $0.contains("群众满意率") })
        let once = try importing("""
        兰州市2024年普法工作总结
        2024年，全市坚持以习近平法治思想为指导，扎实推进全民普 法，
        全年共开展法治宣传活动860余场，受教育群众15万余人次，培育
        “法律明白人”1260名，全市普法依法治理工作取得新成效。
        """)
        #expect(once.blocks.contains { $0.text.contains("全民普 法") }, "one line is no evidence of a scan")
    }

    /// A space before a figure the sentence goes on after is no heading's end.
    @Test func aFigureAfterASpaceGoesOn() {
        #expect(Segmenter.segments(of: "🔹 县普法讲师团成员增至 四十八名，全年开展讲座436场；").count == 1)
        #expect(Segmenter.segments(of: "法治宣传覆盖群众 2.7万人次，发放资料1.5万份；").count == 1)
        #expect(Segmenter.segments(of: "兰州市法治宣传教育工作总结 2024年，全市开展普法。").count == 2)
    }

    /// A wrapped line of the full width that ends in ； was cut by the page: the
    /// clause after it keeps the line's subject (本人…；走进…).
    @Test func aFullLineEndingInASemicolonRunsOn() throws {
        let report = try importing("""
        兰州市司法局局长2025年度述职报告
        2025年，在市委、市政府的坚强领导和省司法厅的指导下，本人
        认真履行职责，团结带领局机关干部职工，扎实推进普法各项工作，
        本人深入机关、学校讲授法治课4场，听课干部群众共620余人次；
        走进兰州中学开展宣讲，参与录制普法短视频3期，效果良好。
        全年开展法治宣传活动860余场，受教育群众15万余人次，培育
        “法律明白人”1260名，创建省级民主法治示范村（社区）9个。
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.hasSuffix("620余人次；走进兰州中学开展宣讲，参与录制普法短视频3期，效果良好。") == true)
        // A short line ending in ； is an item's end, not the page's cut.
        let items = try importing("""
        兰州市司法局局长2025年度述职报告
        2025年，在市委、市政府的坚强领导和省司法厅的指导下，本人
        认真履行职责，团结带领局机关干部职工，扎实推进普法各项工作，
        全年开展法治宣传活动860余场，受教育群众15万余人次，培育了
        一批法律明白人。下一步工作：
        一是培育法律明白人；
        二是创建示范村。
        """)
        #expect(items.blocks.filter { $0.kind == .paragraph }.map(\.text).suffix(2) == ["一是培育法律明白人；", "二是创建示范村。"])
    }

    /// A document of statistics lines: a label and its figure, after a colon or
    /// a space, is a line of text, never a heading over its figure; an indented
    /// line begins a paragraph, so lines of one length are not taken as wrapped.
    @Test func statisticsLinesStayWhole() throws {
        let report = try importing("""
        荆川市2024年度普法工作统计摘要
        一、法治宣传活动　1,286场（其中线上412场）
        　　参与群众：46.8万人次，同比增长12.4%
        　　法治副校长：１５６名（覆盖全市中小学校１４２所）
        　　普法志愿服务队：64支，同比增长5个百分点
        　　人民调解员：1,947名（其中专职 183 名）
        　　调解成功率98.6%
        　　法治长廊　57条
        二、法治文化阵地建设
        　　新增 35 个 法治文化阵地，累计建成 418 个
        """)
        #expect(report.blocks.map(\.text) == [
            "一、法治宣传活动 1,286场（其中线上412场）",
            "参与群众：46.8万人次，同比增长12.4%",
            "法治副校长：１５６名（覆盖全市中小学校１４２所）",
            "普法志愿服务队：64支，同比增长5个百分点",
            "人民调解员：1,947名（其中专职 183 名）",
            "调解成功率98.6%",
            "法治长廊 57条",
            "二、法治文化阵地建设",
            "新增 35 个 法治文化阵地，累计建成 418 个",
        ])
        #expect(report.blocks.filter { $0.kind != .paragraph }.map(\.text) == [
            "一、法治宣传活动 1,286场（其中线上412场）", "二、法治文化阵地建设",
        ])
        // Still headings: a date (2024年工作回顾), an ordinal, a number before a space.
        for heading in ["2024年工作回顾", "第3批示范村创建", "01 精准普法 宣传活动"] {
            #expect(HeadingShape.isHeadingLike(heading), "\(heading)")
        }
    }

    /// Slides copied as text: each bulleted line is an item of its own, never a
    /// heading and never joined as a wrapped line, and a figure on a line of its
    /// own is the line's above it.
    @Test func slidesCopiedAsText() throws {
        let report = try importing("""
        岚川县2025年度普法依法治理工作总结
        02 主要成效
        ● 围绕宪法、民法典、乡村振兴促进法等重点法律
        ● 县委、县政府高度重视普法依法治理工作
        ● 开展法治宣传活动
        1,460场
        ● 受教育群众
        31.2万人次
        - 按季度通报普法责任制落实情况
        - 建立重要法律法规颁布实施同步宣传机制
        """)
        #expect(report.blocks.map(\.text) == [
            "02 主要成效",
            "● 围绕宪法、民法典、乡村振兴促进法等重点法律",
            "● 县委、县政府高度重视普法依法治理工作",
            "● 开展法治宣传活动 1,460场",
            "● 受教育群众 31.2万人次",
            "- 按季度通报普法责任制落实情况",
            "- 建立重要法律法规颁布实施同步宣传机制",
        ])
        #expect(report.blocks.filter { $0.kind != .paragraph }.map(\.text) == ["02 主要成效"])
        // A PDF's wrapped line that starts with a figure and goes on is no lone figure.
        #expect(!HeadingShape.isLoneFigure("58部，累计播放量超过260万次，其中"))
        #expect(HeadingShape.isLoneFigure("4,300余人次"))
    }

    /// Items of one sentence, each ending in ；, stay in its paragraph: the 力争 at its head is said of all of them.
    @Test func itemsEndingInSemicolonsStayInTheirSentence() throws {
        let report = try importing("兰州市普法工作打算\n明年将重点做好以下工作：一是力争培育“法律明白人”1500名；二是新创建示范村10个；三是开展活动不少于1万场。")
        #expect(report.blocks.filter { $0.kind == .paragraph }.count == 1)
        #expect(Segmenter.splitAtEnumerations("总体良好。一是加强领导。二是强化保障。").count == 3, "items that are sentences are paragraphs")
    }

    /// 第一部分 and its heading after a space; a heading's drawn bullet; a column tag
    /// before the headline; a closing credit (…供稿) as the source.
    @Test func partsBulletsColumnsAndCredits() throws {
        let parts = try importing("第一部分 基本情况\n2021年，华池县坚持普法。\n第二部分 主要成效\n全县建成法治文化公园3个。")
        #expect(parts.body == "## 第一部分 基本情况\n\n2021年，华池县坚持普法。\n\n## 第二部分 主要成效\n\n全县建成法治文化公园3个。\n")
        #expect(parts.frontMatter.title == "2021年，华池县坚持普法", "no headline: the first sentence stands in")
        let stray = try importing("。2021年，华池县坚持普法。全县建成法治文化公园3个。")
        #expect(stray.frontMatter.title == "2021年，华池县坚持普法", "a stray 。 is no sentence")
        let marks = try ReportImporter(regions: TestRegions.table).importReport(text: "。。。", path: "notes/兰州市.txt",
                                                                               options: ImportOptions(region: "兰州市"))
        #expect(marks.frontMatter.title == "兰州市", "nothing but marks: the file's name")
        #expect(Numbering.marker(at: "第十二章 附则")?.length == 4)
        #expect(Numbering.marker(at: "第一书记") == nil)
        let news = try importing("【工作动态】庆阳市西峰区多举措推进普法工作\n■ 聚焦重点 精准发力\n今年以来，西峰区开展普法活动近200场。\n（西峰区司法局供稿）")
        #expect(news.frontMatter.title == "庆阳市西峰区多举措推进普法工作")
        #expect(news.frontMatter.source == "西峰区司法局")
        #expect(news.body == "## 聚焦重点 精准发力\n\n今年以来，西峰区开展普法活动近200场。\n")
        let longColumn = try ReportImporter(regions: TestRegions.table).importReport(
            text: "【乡村振兴·普法晒单】柳林村：说法的事，桩桩都办成了\n柳林村今年开展普法活动12场。", path: "t.txt",
            options: ImportOptions(region: "崇平县"))
        #expect(longColumn.frontMatter.title == "柳林村：说法的事，桩桩都办成了", "a column's name of ten characters, before a headline with a comma (so the first sentence stands in)")
    }

    /// A bare number over a caption that begins with its unit is the caption's figure.
    @Test func aFigureOverItsCaptionIsJoinedToIt() throws {
        let report = try importing("兰州市2024年普法盘点\n12.4万\n人次群众参与普法活动\n360\n场法治课进校园\n2024\n年是收官之年。")
        #expect(report.blocks.map(\.text).contains("12.4万人次群众参与普法活动"))
        #expect(report.blocks.map(\.text).contains("360场法治课进校园"))
        #expect(!report.blocks.map(\.text).contains("2024年是收官之年。"), "a year is no figure of a caption")
        let post = try importing("兰州市2024年普法盘点\n\n64\n个民主法治示范村已经建成\n\n97.6%\n调解成功率\n\n人次干部参加法治培训\n5200+\n")
        let texts = post.blocks.map(\.text)
        #expect(texts.contains("64个民主法治示范村已经建成"), "a figure, not a badge")
        #expect(texts.contains("97.6%调解成功率"), "a figure over its label")
        #expect(texts.contains("5200+人次干部参加法治培训"), "a caption over its figure")
        let panel = try importing("七里河区2024年普法盘点\n\n99.2%\n三级调解组织覆盖率\n\n86.5%\n2023年覆盖率\n")
        #expect(panel.blocks.map(\.text).contains("99.2%三级调解组织覆盖率"), "a Han numeral is part of a label's name")
        #expect(!panel.blocks.map(\.text).contains("86.5%2023年覆盖率"), "a label has no digits")
    }

    /// A line cut short before a figure its clause goes on after (a PDF's column keeps a number
    /// whole, a poster's lines are short) runs on to it; a year opens a paragraph of its own.
    @Test func aShortLineCutBeforeItsFigureRunsOn() throws {
        let report = try importing("""
        凤栖市2024年普法工作年度报告
        2024年，市本级安排普法专项经费386万元，较上年增
        长8.5%；各县（区）共安排普法经费
        1,126.4万元。全年全市共开展各类法治宣传活
        动6,800余场次，受教育群众达218万人次。
        全镇现有省级民主法治示范村
        2个、市级4个。
        二、主要做法
        2024年，全市培育法律明白人3,465名。
        """)
        let texts = report.blocks.map(\.text)
        #expect(texts.contains { $0.contains("共安排普法经费1,126.4万元。") })
        #expect(texts.contains { $0.contains("全镇现有省级民主法治示范村2个、市级4个。") })
        #expect(texts.contains("2024年，全市培育法律明白人3,465名。"), "a year opens its paragraph")
    }

    /// A figure set before its caption (1,200余场：全年开展…) is turned round, so the caption names
    /// it; the caption's Han numerals are words, its digits a figure of its own.
    @Test func aFigureBeforeItsCaptionIsTurnedRound() {
        #expect(FigureFirstLines.captionFirst("● 1,200余场：三级联动开展法治宣传活动") == "● 三级联动开展法治宣传活动：1,200余场")
        #expect(FigureFirstLines.captionFirst("38.6万人次：受教育群众") == "受教育群众：38.6万人次")
        #expect(FigureFirstLines.captionFirst("1,200余场：其中2024年下半年860场") == nil, "a caption with a figure of its own")
        #expect(FigureFirstLines.captionFirst("2024年：回顾与展望") == nil, "a year is no count")
    }

    /// A year in review sets a caption that wants an object (or says only when and where), its
    /// figure, the thing it counts and perhaps what they did (都有了…) on lines of their own: one
    /// sentence. A caption that names its thing keeps the line after the figure apart, as a
    /// panel's next label.
    @Test func aCaptionItsFigureAndTheThingCounted() throws {
        let report = try importing("""
        兰州市2024年度普法账单
        这一年，我们一起办了
        2,316场
        法治宣传活动
        比2023年多了218场
        分布在城乡的
        427个
        人民调解委员会
        法律明白人
        1,268名
        人民调解员
        1,536名
        """)
        let texts = report.blocks.map(\.text)
        #expect(texts.contains("这一年，我们一起办了 2,316场法治宣传活动"))
        let advisers = try importing("兰州市2024年度普法账单\n全市\n1,508个\n村（社区）\n都有了自己的法律顾问\n")
        #expect(advisers.blocks.map(\.text) == ["全市 1,508个村（社区）都有了自己的法律顾问"], "a place, the figure, the things, what they did")
        #expect(texts.contains("比2023年多了218场"), "a figure of its own: a new line")
        #expect(texts.contains("分布在城乡的 427个人民调解委员会"))
        #expect(!texts.contains { $0.contains("1,268名人民调解员") }, "a label over its figure, then the next label")
    }

    /// An infographic copied as text: its numbered panels under a drawn mark are headings, a
    /// figure's note in parentheses is its line's, a figure that opens with 逾 is as lone as any,
    /// and a label beside its figure is run on to by no line above it.
    @Test func anInfographicsPanelsAndNotes() throws {
        let report = try importing("""
        一图读懂｜柳溪县普法工作成绩单
        2024年，柳溪县推动普法工作走深走实，成绩单请查收。
        ▶ 01 阵地建设 提档升级
        法治宣传教育基地
        7处
        （其中省级1处）
        普法新媒体平台 5个
        （公众号、视频号等）
        全网播放量
        逾120万次
        ① 法律明白人
        全县共培养“法律明白人”3,105名
        新培育 412名
        每个村（社区）配备不少于5名
        开展集中轮训两轮次，每人每年不少于12学时
        召开县委全面依法治县委员会协调小组会议
        2次
        """)
        let texts = report.blocks.map(\.text)
        #expect(report.blocks.first { $0.kind != .paragraph }?.text == "01 阵地建设 提档升级")
        #expect(texts.contains("法治宣传教育基地 7处（其中省级1处）"))
        #expect(texts.contains("普法新媒体平台 5个（公众号、视频号等）"), "a note is no heading")
        #expect(texts.contains("全网播放量 逾120万次"))
        #expect(texts.contains("新培育 412名"), "not run on to the line above")
        #expect(HardWraps.isLabelAndFigure("新培育 412名"))
        #expect(!HardWraps.isLabelAndFigure("2024年12月 3日"), "no label")
        #expect(!HeadingShape.isLoneFigure("逾越120万次"), "one word of size, no more")
    }

    /// An OCR'd poster breaks lines between a figure and its unit, or inside the unit: the line
    /// that finishes the figure is its line's. A time, a date and a whole figure before a new
    /// sentence stay apart.
    @Test func aFigureSplitFromItsUnitIsJoined() throws {
        let poster = try importing("""
        柘阳县“八五”普法成果展
        人民调解员 1,964
        名 丨
        组建普法志愿服务队 115
        支，注册志愿者4,600余
        名
        受众约86万
        人次
        培训3.1万人
        次
        调解成功率98.7
        %
        """)
        #expect(poster.blocks.map(\.text) == [
            "人民调解员 1,964名", "组建普法志愿服务队 115支，注册志愿者4,600余名", "受众约86万人次", "培训3.1万人次", "调解成功率98.7%",
        ])
        #expect(!SplitFigures.continuesAFigure("09:30", with: "集市正式开市！"), "a time")
        #expect(!SplitFigures.continuesAFigure("截至2024", with: "年12月底"), "a year")
        #expect(!SplitFigures.continuesAFigure("培训3.1万人", with: "次日召开总结会。"), "a whole figure, then a sentence")
        #expect(SplitFigures.figureAtTheEnd(of: "县法治文化公园占地约3.2万平方") == "3.2万平方")
    }

    /// A post's bars and emoji marks begin items, which no line runs on to, even in a text
    /// whose other lines read as wrapped.
    @Test func aPostsBarsAndEmojiMarksBeginItems() throws {
        let post = try importing("""
        鹤汀县2024年普法工作回顾
        2024年是“八五”普法规划实施的攻坚之年一年来县司法局坚持谁执法谁普法
        推动普法工作从“大水漫灌”向“精准滴灌”转变各项工作取得新成效全年
        开展各类法治宣传活动覆盖城乡群众普法工作满意度持续提升群众获得感
        ▎8.6万份▎普法资料送到群众手中
        ▎4,617件▎矛盾纠纷就地化解
        👉 全年开展法治宣传活动不少于1,500场次
        """)
        let texts = post.blocks.map(\.text)
        #expect(texts.contains("▎8.6万份▎普法资料送到群众手中"))
        #expect(texts.contains("▎4,617件▎矛盾纠纷就地化解"))
        #expect(texts.contains("👉 全年开展法治宣传活动不少于1,500场次"))
        #expect(ListItems.bullet(of: "✅ 建成法治文化公园3个") == "✅")
    }

    /// A PDF's wrapped lines are joined; a web page's paragraphs and headings are not.
    @Test func linesAPDFWrappedAreJoined() throws {
        let pdf = try importing("""
        定西市安定区2023年法治宣传教育工作总结
        一、工作开展情况
        （一）强化组织领导。2023年，区委常委会专题研究普法工
        作2次，区政府常务会议学法10次，全区各级领导干部参加
        旁听庭审活动1,200余人次。
        （二）深化法治宣传。全年开展各类法治宣传活动520场次，
        发放宣传资料6.8万份，受教育群众达15.6万人次。培育“法律
        明白人”2,416名，实现全区村（社区）全覆盖。
        """)
        #expect(pdf.body == """
        ## 一、工作开展情况

        （一）强化组织领导。2023年，区委常委会专题研究普法工作2次，区政府常务会议学法10次，全区各级领导干部参加旁听庭审活动1,200余人次。

        （二）深化法治宣传。全年开展各类法治宣传活动520场次，发放宣传资料6.8万份，受教育群众达15.6万人次。培育“法律明白人”2,416名，实现全区村（社区）全覆盖。

        """)
        // One line that ends no sentence is no evidence of wrapping: a web page's lines stay apart.
        let web = try importing("""
        兰州市普法工作综述
        今年以来，兰州市开展普法活动，受教育群众达15.6万人次，效果良好
        全市培育“法律明白人”2,416名，实现村（社区）全覆盖。
        """)
        #expect(web.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test func aNumberedHeadingInsideARunOnLineStandsApart() throws {
        let text = "澳门特区普法工作报告\n一、基本情况 2023年,全区共举办法律讲座215场。（一）青少年普法 走进学校开展法治教育课程96节。（二）社区普法 设立社区法律咨询点28个。"
        let report = try importing(text)
        #expect(report.body == """
        ## 一、基本情况

        2023年,全区共举办法律讲座215场。

        ### （一）青少年普法

        走进学校开展法治教育课程96节。

        ### （二）社区普法

        设立社区法律咨询点28个。

        """)
    }

    @Test func aTablesRowsAreTextNeverHeadings() throws {
        let text = "兰州市法治宣传统计表\n全市普法工作成效明显。\n| 项目 | 数量 |\n|||\n|法律明白人|4562名|\n项目\t数量\n法治讲座\t215场\n以上数据截至2023年底。"
        let report = try importing(text)
        #expect(report.frontMatter.title == "兰州市法治宣传统计表")
        #expect(report.body == """
        全市普法工作成效明显。

        项目 数量

        法律明白人 4562名

        项目 数量

        法治讲座 215场

        以上数据截至2023年底。

        """)
        #expect(InlineCleaning.tableCells("| 项目 | 数量 |") == ["项目", "数量"])
        #expect(InlineCleaning.tableCells("兰州市紧扣“三个关键点”推动普法依法治理工作提质增效 | |||") == nil, "layout debris after one piece of text")
    }

    @Test func numberedSectionsAndItems() throws {
        let text = "威海市人民政府关于全市“七五”普法决议贯彻实施情况审议意见的报告\n市人大常委会: 4月27日,市人大常委会听取了报告。现将有关情况报告如下: 一、强化普法工作的使命担当 大力推进民法典实施。 二、提升服务大局能力水平 (一)围绕中心工作,全面开展普法宣传。紧紧围绕深化改革创新。 (二)关注社会热点,维护群众合法权益。聚焦热点问题。 五、加强领导,突出责任,狠抓普法工作落地见效 (一)落实普法责任制。落实责任制。 以上报告不当之处,请指正。 威海市人民政府 2020年8月27日 | ||||"
        let report = try importing(text)
        #expect(report.body == """
        市人大常委会:

        4月27日,市人大常委会听取了报告。现将有关情况报告如下:

        ## 一、强化普法工作的使命担当

        大力推进民法典实施。

        ## 二、提升服务大局能力水平

        (一)围绕中心工作,全面开展普法宣传。紧紧围绕深化改革创新。

        (二)关注社会热点,维护群众合法权益。聚焦热点问题。

        ## 五、加强领导,突出责任,狠抓普法工作落地见效

        (一)落实普法责任制。落实责任制。

        以上报告不当之处,请指正。

        威海市人民政府\\
        2020年8月27日

        """)
        #expect(report.frontMatter.date?.description == "2020-08-27")
    }

    @Test func standaloneSubsectionHeadingIsLevelThree() throws {
        let report = try importing("兰州市普法工作报告\n\n(一)加强领导干部学法\n\n今年以来,兰州市坚持学法。\n")
        #expect(report.blocks.first?.kind == .heading(level: 3))
    }

    @Test func twoLineHeadingsAndCaptions() throws {
        let text = """
        2023年11月,兰州市城关区司法局荣获“甘肃省行政复议体制改革先进集体”称号。
        南河新村社区向辖区居民开展宪法宣传(12月4日拍摄)。
        统筹谋划
        高位推进依法治区
        兰州市城关区全面贯彻落实党的二十大精神,深入践行习近平法治思想。
        """
        let report = try importing(text)
        #expect(report.body == """
        2023年11月,兰州市城关区司法局荣获“甘肃省行政复议体制改革先进集体”称号。

        *南河新村社区向辖区居民开展宪法宣传(12月4日拍摄)。*

        ## 统筹谋划 高位推进依法治区

        兰州市城关区全面贯彻落实党的二十大精神,深入践行习近平法治思想。

        """)
    }

    @Test func headingsOnSeparateBlankSeparatedLinesStayApart() throws {
        let text = "\n\n以法治精神润泽鹿城 让尊法守法蔚然成风\n\n包头市“八五”普法工作再上新台阶\n\n本报记者●王祯\n\n“八五”普法开展以来,包头市以习近平法治思想为指导。\n\n\n\n2\n\n全民法治素养显著提升\n\n抓好领导干部“关键少数”。制定了实施办法。\n"
        let report = try importing(text)
        #expect(report.frontMatter.title == "以法治精神润泽鹿城 让尊法守法蔚然成风")
        #expect(report.body == """
        **包头市“八五”普法工作再上新台阶**

        “八五”普法开展以来,包头市以习近平法治思想为指导。

        ## 全民法治素养显著提升

        抓好领导干部“关键少数”。制定了实施办法。

        """)
    }

    @Test func aPlaceNameBeforeASpaceIsNotAHeading() {
        #expect(Segmenter.segments(of: "兰州市 城关区开展普法活动,效果明显。") == ["兰州市 城关区开展普法活动,效果明显。"])
        #expect(Segmenter.segments(of: "字号 A A") == ["字号 A A"])
    }

    @Test func markdownSpecialsAreEscapedAndChineseIsNot() {
        #expect(MarkdownWriter.escapedLine("1.加强领导") == "1\\.加强领导")
        #expect(MarkdownWriter.escapedLine("# 号") == "\\# 号")
        #expect(MarkdownWriter.escapedLine("*重点*_a_<b>") == "\\*重点\\*\\_a\\_\\<b>")
        #expect(MarkdownWriter.escapedLine("- 一项") == "\\- 一项")
        #expect(MarkdownWriter.escapedLine("“法治+文创”“1+1+1+2N”(区、市)") == "“法治+文创”“1+1+1+2N”(区、市)")
        #expect(MarkdownWriter.escapedLine("2024年度,全市13121名执法人员") == "2024年度,全市13121名执法人员")
    }
}
