import ContentFormat
import Testing
@testable import Importer

/// A video platform's page copied as text: its menu, the account's and the
/// video's counts, the transcript with its timestamps, and the comments.
@Suite struct VideoPageTests {
    func importing(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    static let page = """
        视频站
        搜索你感兴趣的视频
        首页
        推荐
        朋友
        直播
        放映厅
        私信

        说法时间|1200名“法律明白人”守护溪源千家万户
        溪源融媒
        溪源县融媒体中心官方账号
        粉丝18.6万 获赞203.4万
        关注
        32.7万次播放 · 发布时间:2025-01-16 18:30
        点赞 1.3万
        评论 2186
        收藏 4860
        分享 3512
        合集 | 说法时间 · 第38集

        文稿(AI生成,仅供参考)
        00:00:01 这里是溪源县融媒体中心
        00:00:08 全县共培育“法律明白人”1200名
        00:00:12 比上一年增加了六百多名
        00:00:29 (同期声)村民 刘德顺
        00:00:32 去年一年 我就调了二十多起纠纷
        00:00:46 (解说)县司法局全年举办培训班42期
        00:00:50 其中 乡镇举办30期

        #说法时间# 2024年,溪源县培育“法律明白人”1200名。
        @溪源司法 @溪源普法

        全部评论(2186)
        山里的风
        我们村的刘叔就是法律明白人👍
        01-17 · IP属地:湖北
        1.1万
        """

    @Test func theTranscriptBecomesSentencesWithoutItsTimes() throws {
        let report = try importing(Self.page)
        #expect(report.body == """
            这里是溪源县融媒体中心。全县共培育“法律明白人”1200名。比上一年增加了六百多名。

            (同期声)村民，刘德顺。去年一年，我就调了二十多起纠纷。

            (解说)县司法局全年举办培训班42期。其中，乡镇举办30期。

            \\#说法时间# 2024年,溪源县培育“法律明白人”1200名。

            """)
        #expect(report.removals.filter { $0.rule == .timestamps }.map(\.text).first == "00:00:01")
    }

    @Test func thePagesChromeGivesTheTitleSourceAndDate() throws {
        let report = try importing(Self.page)
        #expect(report.frontMatter.title == "说法时间|1200名“法律明白人”守护溪源千家万户")
        #expect(report.frontMatter.source == "溪源县融媒体中心")
        #expect(report.frontMatter.region == "溪源县", "from the account that posted it")
        #expect(report.frontMatter.date == ReportDate(year: 2025, month: 1, day: 16))
        let chrome = Set(report.removals.filter { $0.rule == .siteChrome }.map(\.text))
        for line in ["视频站", "放映厅", "溪源融媒", "关注", "评论 2186", "分享 3512", "合集 说法时间 · 第38集",
                     "文稿(AI生成,仅供参考)", "@溪源司法 @溪源普法", "全部评论(2186)", "1.1万"] {
            #expect(chrome.contains(line), "\(line)")
        }
    }

    @Test func timedLinesFewerThanATranscriptAreText() {
        let schedule = ["14:30 开幕式", "全县开展法治宣传活动156场次。", "15:00 闭幕式"]
        #expect(VideoTranscript.subtitleIndices(in: schedule).isEmpty)
        #expect(VideoTranscript.sentence(fromSubtitle: "[00:12] 调解成功率达到98.2%").sentence == "调解成功率达到98.2%。")
    }

    @Test func aMenuIsARunOfShortLinesAboveTheText() {
        func lines(_ texts: [String]) -> [CleanedLine] {
            texts.enumerated().map { CleanedLine(number: $0.offset + 1, content: $0.element.isEmpty ? .blank : .text($0.element)) }
        }
        var removals: [Removal] = []
        let menu = lines(["推荐", "朋友", "直播", "音乐", "", "全县开展法治宣传活动156场次，发放资料4.8万份。"])
        #expect(PageMenu.removingMenus(menu, removals: &removals).count == 2)
        let cover = lines(["溪川县司法局", "二〇二四年", "", "全县开展法治宣传活动156场次，发放资料4.8万份。"])
        #expect(PageMenu.removingMenus(cover, removals: &removals).count == 4, "a cover's short lines are no menu")
        let list = lines(["全县开展法治宣传活动156场次，发放资料4.8万份。", "城关镇", "柳河镇", "石门镇", "双庙镇"])
        #expect(PageMenu.removingMenus(list, removals: &removals).count == 5, "below the first sentence, short lines are text")
    }

    @Test func aNewsSitesNamesAndMenuOnOneLine() {
        #expect(LineRules.rule(for: "澧溪新闻网 | 澧溪日报官方网站") == .siteChrome)
        #expect(LineRules.rule(for: "澧溪新闻网 澧溪日报官方网站") == .siteChrome)
        #expect(LineRules.rule(for: "首页 时政 区县 民生 法治 文旅 专题 视频 数字报") == .siteChrome)
        #expect(LineRules.rule(for: "法治宣传 文化惠民") == nil)
        #expect(LineRules.rule(for: "请输入关键词") == .siteChrome, "a search box's placeholder")
        #expect(LineRules.rule(for: "粉丝8.6万 关注412 转评赞28.3万") == .siteChrome, "a Weibo account's counts stay chrome")
        #expect(LineRules.rule(for: "点击蓝字 关注我们") == .siteChrome)
        #expect(LineRules.rule(for: "@溪源普法") == nil, "one account named alone is a repost's author")
    }

    @Test func aHeadlineAfterItsColumnIsNoTable() {
        #expect(InlineCleaning.isColumnAndHeadline(["说法时间", "1200名“法律明白人”守护溪源千家万户"], around: ["", "溪源融媒"]))
        #expect(!InlineCleaning.isColumnAndHeadline(["法律明白人", "1200名"], around: []), "a table's row of a label and a figure")
        #expect(!InlineCleaning.isColumnAndHeadline(["说法时间", "1200名“法律明白人”守护溪源千家万户"], around: ["项目|数量"]),
                "beside a table's rows, a row")
    }
}
