@testable import Importer
import Testing

/// Texts a user copies from a phone, a broadcast's transcript and a site's list of stories:
/// what the screen, the programme and the list put around the report goes.
@Suite struct ScreensAndPagesTests {
    func imported(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    /// Each screen's status bar and app bar go, and so does the line a screen repeats from the
    /// one before; the sentence the screens cut runs on, and the headline the narrow screen
    /// wrapped over the 原创 line is the title, whole.
    @Test func aSeriesOfPhoneScreenshots() throws {
        let report = try imported("""
        12:30 ⏰ 4G 85%
        ＜ 返回                          ··· 分享
        皋兰普法“半年报”：3.2万
        人次受益，这份成绩单请查
        收
        原创 皋兰司法 皋兰司法
        2024年07月08日 18:05 甘肃

        今年以来，皋兰县司法局深入学习贯彻
        习近平法治思想，在全县七个乡镇扎实推
        进全民普法。上半年，全县开展各类法治
        宣传活动1,146场次，发放普法资料8.7
        12:31 ⏰ 4G 84%
        ＜ 返回                          ··· 分享
        宣传活动1,146场次，发放普法资料8.7
        万份，新创建市级民主法治示范村（社区）
        9个，全县示范村累计达127个。
        """)
        #expect(report.frontMatter.title == "皋兰普法“半年报”：3.2万人次受益，这份成绩单请查收")
        #expect(report.frontMatter.region == "皋兰县")
        #expect(report.frontMatter.date?.description == "2024-07-08")
        #expect(report.body == """
        今年以来，皋兰县司法局深入学习贯彻习近平法治思想，在全县七个乡镇扎实推进全民普法。上半年，全县开展各类法治宣传活动1,146场次，发放普法资料8.7万份，新创建市级民主法治示范村（社区）9个，全县示范村累计达127个。

        """)
        let screen = report.removals.filter { $0.rule == .phoneScreen }.map(\.text)
        #expect(screen == ["12:30 ⏰ 4G 85%", "12:31 ⏰ 4G 84%", "宣传活动1,146场次，发放普法资料8.7"])
    }

    @Test func aStatusBarHasTheTimeAndTheNetworkOrTheCharge() {
        #expect(PhoneScreens.isStatusBar("12:30 ⏰ 4G 85%"))
        #expect(PhoneScreens.isStatusBar("9:41 5G 100%"))
        #expect(!PhoneScreens.isStatusBar("12:30 召开推进会"), "a time and what happened then")
        #expect(!PhoneScreens.isStatusBar("08:00"), "a time alone")
        #expect(!PhoneScreens.isStatusBar("12:30 ⏰"), "no network, no charge")
    }

    /// A line said twice with no screen between is the text's own.
    @Test func aLineRepeatedAwayFromAScreenBreakStays() throws {
        let report = try imported("""
        皋兰县普法工作简报

        宪法宣传周活动圆满结束。

        宪法宣传周活动圆满结束。
        """)
        #expect(report.body == "宪法宣传周活动圆满结束。\n\n宪法宣传周活动圆满结束。\n")
    }

    /// Over a wrapped headline with no 原创 line, lines stay apart as they were.
    @Test func linesOverAnOrdinaryFirstParagraphAreNotAHeadline() {
        let lines = ["兰州市普法工作", "情况通报"].enumerated().map { CleanedLine(number: $0.offset + 1, content: .text($0.element)) }
        #expect(PhoneScreens.joiningWrappedHeadline(lines).count == 1)
        let sentence = ["全市开展活动120场。", "发放资料3万份"].enumerated().map { CleanedLine(number: $0.offset + 1, content: .text($0.element)) }
        #expect(PhoneScreens.joiningWrappedHeadline(sentence) == sentence, "a sentence's end: no headline")
    }

    /// A radio programme's transcript: when it was on air and who spoke are the page's
    /// metadata (the day is its date), [音乐] marks no speech, and the region is the one its
    /// first words name, not its first time.
    @Test func aBroadcastTranscript() throws {
        let report = try imported("""
        兰州广播电视台《法治在线》节目文字实录

        播出时间：2025年1月14日（星期二）08:00—08:30
        本期主题：“八五”普法这一年
        主持人：林晓
        嘉宾：周明远（市司法局局长）

        [音乐]

        08:00

        林晓：今天我们请到了兰州市司法局局长周明远。

        周明远：去年全市开展法治宣传活动一千二百多场。

        [广告]

        【数据】
        """)
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.date?.description == "2025-01-14")
        #expect(report.body == """
        08:00

        林晓：今天我们请到了兰州市司法局局长周明远。

        周明远：去年全市开展法治宣传活动一千二百多场。

        【数据】

        """)
        #expect(report.removals.filter { $0.rule == .siteChrome }.map(\.text) == ["[音乐]", "[广告]"])
    }

    /// A site's list of stories: the date line's 设为首页, the pages, the browser it asks for,
    /// its visitor counter and each summary's link go (the ellipsis that cut the summary
    /// stays); the police's record of the site names no source, and the stories' dates the year.
    @Test func aSitesListOfStories() throws {
        let report = try imported("""
        甘肃普法网
        今天是：2024年12月8日 星期日　　　　设为首页 | 加入收藏 | 无障碍浏览
        当前位置：首页 > 市州动态 > 兰州市

        兰州市

        皋兰县开展“宪法进万家”集中宣传活动
        2024-12-05
        12月4日，皋兰县司法局在城区主要广场设置咨询台8处，发放宣传资料6,300余份……[详细]

        榆中县举办“法律明白人”骨干示范培训班
        2024-11-28
        11月26日，榆中县司法局举办“法律明白人”骨干示范培训班，骨干230名参加培训……[详细]

        首页　上一页　1　2　3　下一页　尾页

        主办：甘肃省司法厅
        甘ICP备05012873号　　甘公网安备62010502000417号
        建议使用1920×1080分辨率、IE9.0以上浏览器浏览
        您是本站第18,352,906位访问者
        """)
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.source == "甘肃普法网")
        #expect(report.frontMatter.year == 2024)
        #expect(report.body == """
        兰州市

        ## 皋兰县开展“宪法进万家”集中宣传活动

        2024-12-05

        12月4日，皋兰县司法局在城区主要广场设置咨询台8处，发放宣传资料6,300余份……

        ## 榆中县举办“法律明白人”骨干示范培训班

        2024-11-28

        11月26日，榆中县司法局举办“法律明白人”骨干示范培训班，骨干230名参加培训……

        """)
    }

    @Test func aListPagesChromeAndWhatIsNone() {
        #expect(LineRules.rule(for: "建议使用1280×768以上分辨率浏览本站") == .siteChrome)
        #expect(LineRules.rule(for: "首页 上一页 1 2 3 下一页 尾页") == .siteChrome)
        #expect(LineRules.rule(for: "您是本站第1582936位访客") == .siteChrome)
        #expect(LineRules.rule(for: "[音乐]") == .siteChrome)
        #expect(LineRules.rule(for: "建议群众使用手机浏览器收看庭审直播") == nil, "advice a report gives")
        #expect(LineRules.rule(for: "【数据】") == nil, "a sidebar's heading")
    }

    @Test func aReadMoreLinkIsOnlyAtTheEnd() {
        #expect(InlineCleaning.removingReadMore("发放资料6,300余份……[详细]").text == "发放资料6,300余份……")
        #expect(InlineCleaning.removingReadMore("点击[详细]查看活动安排").removed.isEmpty, "inside a sentence")
        #expect(InlineCleaning.removingReadMore("[详细]").removed.isEmpty, "a line of its own is chrome's")
    }

    /// A city paper's story copied from its e-paper over two pages: each page's header,
    /// editors and links go; the part on the later page joins the sentence the jump cut, under
    /// the headline set again, which goes; and the story of 全市 is the paper's city's, though
    /// its lead opens in one of its districts.
    @Test func aNewspapersStoryOverTwoPages() throws {
        let report = try imported("""
        鹤岭日报数字报
        2024年11月08日 星期五
        第01版：要闻
        责任编辑：陈卓　美术编辑：许文静
        上一版　下一版　|　版面导航　|　往期回顾　|　PDF版

        全市普法工作综述

        　　本报讯（记者　王晓岚）清晨七点，望川区石榴社区的法治文化广场上，居民正在晨练。

        　　鹤岭市全年开展主题法治宣传活动3,600余场次，受教育群众达（下转第3版）

        鹤岭日报数字报
        2024年11月08日 星期五
        第03版：综合新闻
        责任编辑：刘思远　校对：孙琳　版式：何晴

        全市普法工作综述

        　　（上接第1版）62万人次，发放普法资料四十余万份。
        """)
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs == [
            "清晨七点，望川区石榴社区的法治文化广场上，居民正在晨练。",
            "鹤岭市全年开展主题法治宣传活动3,600余场次，受教育群众达62万人次，发放普法资料四十余万份。",
        ])
        #expect(report.frontMatter.title == "全市普法工作综述")
        #expect(report.frontMatter.region == "鹤岭市")
        #expect(report.removals.filter { $0.rule == .pageFurniture }.map(\.text) == ["（下转第3版）", "（上接第1版）", "全市普法工作综述"])
    }

    /// A story that jumps twice (page 1 to 3, page 3 to 5) is one paragraph.
    @Test func aStoryThatJumpsTwice() throws {
        let report = try imported("""
        鹤岭日报数字报

        全市普法工作综述

        　　鹤岭市全年开展法治宣传活动3,600余场次，受教育群众达（下转第3版）

        第03版：综合新闻

        　　（上接第1版）62万人次，发放普法资料（下转第5版）

        第05版：综合新闻

        　　（上接第3版）四十余万份。
        """)
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == ["鹤岭市全年开展法治宣传活动3,600余场次，受教育群众达62万人次，发放普法资料四十余万份。"])
    }

    /// What stays: a jump's mark inside a sentence, and a story of one district in a city's
    /// paper, which is that district's. A jump no later part answers loses only its mark.
    @Test func whatAPageJumpLeaves() throws {
        let report = try imported("""
        鹤岭日报数字报

        望川区法律明白人走进集市

        　　本报讯 望川区培育法律明白人860名，详见本报（转第3版）的专题，受教育群众达（下转第3版）
        """)
        #expect(report.frontMatter.region == "望川区")
        #expect(report.blocks.filter { $0.kind == .paragraph }.map(\.text) == ["望川区培育法律明白人860名，详见本报（转第3版）的专题，受教育群众达"])
    }
}
