@testable import Importer
import Testing

/// A data portal's records, a meeting's recording written out by machine, a PDF that spaces
/// out its characters and a board of citizens' messages: what the format puts around the
/// report goes, and its figures are written where the extractor reads them.
@Suite struct RecordsAndRecordingsTests {
    func imported(_ text: String, region: String? = nil) throws -> ImportedReport {
        var options = ImportOptions()
        options.region = region
        return try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt", options: options)
    }

    /// Each record, a field a line, is one sentence: the thing, its figure with the unit of its
    /// own field, its note in parentheses. A field the same in every record is said once; the
    /// running number goes.
    @Test func aDataPortalsRecordsAreSentences() throws {
        let report = try imported("""
        兰州市普法依法治理工作统计数据

        序号：1
        指标名称：法律明白人总数
        统计年度：2024
        统计值：1200
        计量单位：名
        备注：2025年底力争达到1500名

        序号：2
        指标名称：受教育群众人数
        统计年度：2024
        统计值：18.6
        计量单位：万人次
        备注：—

        序号：3
        指标名称：普法宣传队伍数
        统计年度：2024
        统计值：42
        计量单位：支
        备注：含普法志愿服务队
        """)
        #expect(report.body == """
        统计年度：2024。

        法律明白人总数：1200名（2025年底力争达到1500名）。

        受教育群众人数：18.6万人次。

        普法宣传队伍数：42支（含普法志愿服务队）。

        """)
        #expect(report.removals.filter { $0.rule == .tableLayout }.map(\.text).prefix(2) == ["序号：1", "统计年度：2024"])
    }

    /// A data portal's name over its menu is the site, not the dataset's title.
    @Test func aPlatformsNameOverItsMenuIsTheSite() throws {
        let report = try imported("""
        甘肃省政府数据开放平台
        首页 | 数据目录 | 数据接口 | 互动交流

        兰州市普法依法治理工作统计数据
        全市开展法治宣传活动120场。
        """)
        #expect(report.frontMatter.title == "兰州市普法依法治理工作统计数据")
        #expect(report.frontMatter.source == "甘肃省政府数据开放平台")
    }

    /// One block of fields (a dataset's own metadata), and records with no field of figures
    /// (a schedule's, twice), stay as they are.
    @Test func fieldsThatAreNoRecordsOfFiguresStay() throws {
        let metadata = try imported("""
        兰州市普法统计数据集

        数据名称：兰州市普法统计数据
        数据提供方：兰州市司法局
        更新频率：每年
        下载次数：418次
        """, region: "兰州市")
        #expect(metadata.body.contains("数据提供方：兰州市司法局\n"))
        #expect(metadata.body.contains("下载次数：418次"))
        let schedule = try imported("""
        兰州市宪法宣传周活动安排

        时间：12月2日
        地点：城关区
        内容：宪法宣讲

        时间：12月3日
        地点：七里河区
        内容：法治文艺演出
        """, region: "兰州市")
        #expect(schedule.body.contains("地点：七里河区"))
        #expect(!schedule.removals.contains { $0.rule == .tableLayout })
    }

    /// A transcription service's file: the recording's name is the title without its
    /// extension, its length and its notice go, and so do the speakers' labels; what each said
    /// is a paragraph.
    @Test func aMeetingsRecordingWrittenOutByMachine() throws {
        let report = try imported("""
        兰州市普法工作总结会_录音.m4a
        转写时间：2025-01-09 15:27:41
        音频时长：01:06:52
        发言人数：2
        （本文由语音转写自动生成，未经人工校对，仅供参考）

        发言人1 00:00:04
        好那我们开始吧今天我们召开兰州市普法工作总结会先请司法局的同志把全年的工作简单汇报一下

        发言人2 00:01:02
        嗯全年我们一共开展各类法治宣传活动一百二十多场
        """)
        #expect(report.frontMatter.title == "兰州市普法工作总结会")
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.body == """
        好那我们开始吧今天我们召开兰州市普法工作总结会先请司法局的同志把全年的工作简单汇报一下

        嗯全年我们一共开展各类法治宣传活动一百二十多场

        """)
        let gone = report.removals.filter { $0.rule == .timestamps }.map(\.text)
        #expect(gone == ["_录音.m4a", "音频时长：01:06:52", "（本文由语音转写自动生成，未经人工校对，仅供参考）", "发言人1 00:00:04", "发言人2 00:01:02"])
    }

    @Test func aSpeakersLabelIsANumberAndATime() {
        #expect(RecordingTranscript.isSpeakerLabel("发言人1 00:03:12"))
        #expect(RecordingTranscript.isSpeakerLabel("说话人 2  1:02:45"))
        #expect(RecordingTranscript.isSpeakerLabel("发言人3（李所长） 00:10:05"))
        #expect(!RecordingTranscript.isSpeakerLabel("发言人 00:03:12"), "no number: a word in the text")
        #expect(!RecordingTranscript.isSpeakerLabel("发言人1 介绍了全年工作"), "no time: a sentence")
        #expect(RecordingTranscript.withoutRecordingExtension("普法工作会议.mp3")?.line == "普法工作会议")
        #expect(RecordingTranscript.withoutRecordingExtension("会议纪要.docx") == nil, "no recording")
        #expect(RecordingTranscript.withoutRecordingExtension(".m4a") == nil, "no name before it")
    }

    /// A subtitle file: the cues' numbers and ranges go, the cues are a transcript's sentences,
    /// and a figure the cues cut (18.3万 / 余份, 新建的 / 3个…) is whole again. A year that opens
    /// a cue (2024年) opens a sentence.
    @Test func aSubtitleFilesCuesAreATranscript() throws {
        let report = try imported("""
        1
        00:00:01,000 --> 00:00:04,850
        兰州市司法局 出品

        2
        00:00:27,640 --> 00:00:31,780
        这座公园是我市今年新建的

        3
        00:00:32,380 --> 00:00:36,830
        3个法治文化公园之一

        4
        00:00:37,430 --> 00:00:42,810
        2024年
        全市发放各类普法资料18.3万

        5
        00:00:42,900 --> 00:00:45,100
        余份 比上年增长15.3%
        """)
        #expect(report.body == """
        兰州市司法局，出品。这座公园是我市今年新建的3个法治文化公园之一。2024年，全市发放各类普法资料18.3万余份，比上年增长15.3%。

        """)
        let gone = report.removals.filter { $0.rule == .timestamps }.map(\.text)
        #expect(gone.prefix(2) == ["1", "00:00:01,000 --> 00:00:04,850"])
    }

    @Test func aCueGoesOnWithTheFigureTheCueBeforeLeadsTo() {
        #expect(SubtitleFile.goesOn("是我县今年新建的", with: "3个法治文化公园之一"))
        #expect(SubtitleFile.goesOn("累计播放量超过1200万", with: "次 点赞评论46万余条"))
        #expect(!SubtitleFile.goesOn("是“八五”普法规划实施的关键之年", with: "2024年12月"), "a date")
        #expect(!SubtitleFile.goesOn("全年举办培训班26期。", with: "5100余人次参加"), "a sentence's end")
        #expect(!SubtitleFile.goesOn("公布了普法责任清单", with: "5326名国家工作人员参加考试"), "a clause that wants no figure")
        #expect(SubtitleFile.asTimedLines(["1", "00:00:01,000 --> 00:00:02,000", "只有一条字幕"]) == nil, "too few cues")
    }

    /// A board's reply ends with its views and the reader's rating: chrome, not the office's reach.
    @Test func aRepliesViewsAndRatingAreChrome() {
        #expect(LineRules.rule(for: "浏览：1,286次　　评价：满意（4.8分）") == .siteChrome)
        #expect(LineRules.rule(for: "评价：基本满意（3.9分）") == .siteChrome)
        #expect(LineRules.rule(for: "群众评价：满意率达98%") == nil, "a sentence about how people rated the work")
    }

    /// A dashboard's tile: the figure over 万, a figure of ten thousands with no unit of its own.
    @Test func aFigureOverTenThousandsIsOne() {
        #expect(SplitFigures.continuesAFigure("127.4", with: "万"))
        #expect(SplitFigures.continuesAFigure("粉丝数达3", with: "万+"))
        #expect(!SplitFigures.continuesAFigure("2024", with: "万众一心"), "a word that starts with 万")
    }

    /// A dashboard's ranking: each place's line of statistics without its rank, a paragraph of
    /// its own under the heading that names the thing; the header and 查看更多 go.
    @Test func aRankingIsEachPlacesStatistics() throws {
        let report = try imported("""
        兰州市普法数据看板

        全市各项普法工作稳步推进。

        各区(县)法律明白人数量排名
        排名　区(县)　人数
        1　城关区　2,315人
        2　七里河区　2,108人
        3　安宁区　1,962人
        查看更多 >

        各区(县)人民调解案件数排名
        1　城关区　1,836件　成功率99.1%
        2　七里河区　1,702件　成功率98.8%
        3　安宁区　1,590件　成功率98.2%
        """, region: "兰州市")
        #expect(report.body.contains("""
        ## 各区(县)法律明白人数量排名

        城关区 2,315人

        七里河区 2,108人

        安宁区 1,962人

        ## 各区(县)人民调解案件数排名

        城关区 1,836件成功率99.1%

        """))
        #expect(report.removals.contains { $0.rule == .tableLayout && $0.text == "排名 区(县) 人数" })
        #expect(!report.body.contains("查看更多"))
    }

    /// A tile named by a hotline's number and name: the number is no figure, and the tile's
    /// figure under it is the hotline's.
    @Test func aTileUnderAHotlinesName() throws {
        let report = try imported("""
        兰州市普法数据看板

        全市各项普法工作稳步推进。

        12348热线接听
        3.1
        万通
        环比↑4.1%
        """, region: "兰州市")
        #expect(report.body.contains("12348热线接听 3.1万通\n"))
        #expect(HeadingShape.isFigure("12348场"), "a figure of that size in its unit")
        #expect(!HeadingShape.isFigure("12348热线接听"))
    }

    /// Ranks out of order, or a table's header of other columns over the rows, make no ranking.
    @Test func numberedLinesThatAreNoRankingStay() throws {
        let unordered = try imported("""
        兰州市普法工作简报

        全市各项普法工作稳步推进。

        2　城关区　2,315人
        1　七里河区　2,108人
        3　安宁区　1,962人
        """, region: "兰州市")
        #expect(unordered.body.contains("2 城关区 2,315人"))
        var removals: [Removal] = []
        let table = RankingLists.rewritten([
            CleanedLine(number: 1, content: .text("序号 乡镇 法律明白人")),
            CleanedLine(number: 2, content: .text("1 城关镇 236名")),
            CleanedLine(number: 3, content: .text("2 柳泉镇 198名")),
            CleanedLine(number: 4, content: .text("3 河口镇 175名")),
        ], removals: &removals)
        #expect(table.map(\.content) == [.text("序号 乡镇 法律明白人"), .text("1 城关镇 236名"), .text("2 柳泉镇 198名"), .text("3 河口镇 175名")])
        #expect(removals.isEmpty)
    }

    /// A PDF that spaces out every character: its lines are closed up, a wider gap stays one space.
    @Test func aLetterSpacedPDFIsClosedUp() {
        let lines = [
            "兰 州 市 2 0 2 4 年 度 普 法 工 作 报 告",
            "全 市 开 展 法 治 宣 传 活 动 1 , 2 0 0 场 ，",
            "兰 州 市 司 法 局    2 0 2 5 年 1 月",
            "- 3 -",
            "这一行是正常的文字。",
        ]
        let closed = LetterSpacing.closedUp(lines)
        #expect(closed.lines == ["兰州市2024年度普法工作报告", "全市开展法治宣传活动1,200场，", "兰州市司法局 2025年1月", "- 3 -", "这一行是正常的文字。"])
        #expect(closed.changed == [0, 1, 2])
    }

    /// A form's column numbers (甲 乙 丙 1 2 3), in a text that spaces nothing else out, keep their spaces.
    @Test func aFewSpacedLinesInAnOrdinaryTextStay() {
        let lines = ["指标名称 代码 本年 上年", "甲 乙 丙 1 2 3", "法律明白人 01 3412 2956"]
        #expect(LetterSpacing.closedUp(lines).lines == lines)
        #expect(LetterSpacing.characters(ofSpacedLine: "a b c d e") == nil, "no Chinese")
        #expect(LetterSpacing.characters(ofSpacedLine: "法 治 宣传 活 动") == nil, "a piece of two characters")
    }

    /// A board of citizens' messages names its city only in the site's name over its menu.
    @Test func theSitesNameNamesTheRegionLast() throws {
        let report = try imported("""
        兰州市人民政府门户网站
        首页 | 政务公开 | 政务服务 | 互动交流

        网民留言选登（主题：普法宣传）
        本栏目累计收到留言3,412条，已答复3,398条。

        --------------------------------------------------
        留言标题：我们村的“法律明白人”是怎么选出来的？
        留言内容：
        我们村的法律明白人只有两个人。
        """)
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.source == "兰州市人民政府门户网站")
        #expect(!report.body.contains("---"), "the divider goes")
        #expect(report.body.contains("已答复3,398条。\n\n留言标题："), "the divider parts paragraphs")
    }

    /// A page number under a list, then a divider: the story after the divider is no part of the list.
    @Test func aDividerAfterAPageNumberJoinsNothing() throws {
        let report = try imported("""
        兰州市司法局政府采购信息
        · 兰州市普法宣传品印制项目中标结果公告　　2024-04-19
        · 兰州市法治文化阵地建设提升项目中标结果公告　　2024-04-30
        第1页/共1页

        ------------------------------------------------------------

        兰州市普法宣传品印制项目中标结果公告

        全市发放普法资料3万份。
        """)
        #expect(report.body.contains("\n## 兰州市普法宣传品印制项目中标结果公告\n") || report.body.contains("\n兰州市普法宣传品印制项目中标结果公告\n"))
        #expect(InlineCleaning.isDivider("=========="))
        #expect(InlineCleaning.isDivider("——————————"))
        #expect(!InlineCleaning.isDivider("---"), "three marks: Markdown's rule, not a page's divider")
        #expect(!InlineCleaning.isDivider("-----=====-"), "one mark, drawn again and again")
    }
}
