import ContentFormat
import Testing
@testable import Importer

/// Files a site or a tool wrote rather than a page a user copied: a news feed, a blog's
/// Markdown with its own front matter, a news app's share page and a gallery's page.
@Suite struct FeedsAndExportsTests {
    func imported(_ text: String, path: String = "t.txt") throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: path)
    }

    /// An RSS feed: its title is the headline, each item's title is over the item's body,
    /// whose HTML is read as a page's, and a line import removes is named by the feed's line.
    @Test func anRSSFeed() throws {
        let report = try imported("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
        <channel>
        <title>兰州市司法局 - 工作动态</title>
        <link>https://sfj.lanzhou.example.cn/gzdt/</link>
        <item>
        <title>兰州市召开普法工作推进会</title>
        <pubDate>Sat, 14 Dec 2024 10:05:00 +0800</pubDate>
        <description><![CDATA[<p>&nbsp;&nbsp;会议通报，全市培养“法律明白人”3,200名。</p>
        <p>责任编辑：王芳</p>]]></description>
        </item>
        <item>
        <title>兰州市开展宪法宣传周活动</title>
        <pubDate>Mon, 2 Dec 2024 09:00:00 +0800</pubDate>
        <description>&lt;p&gt;宣传周期间开展宪法宣传活动136场次。&lt;/p&gt;</description>
        </item>
        </channel>
        </rss>
        """, path: "feed.xml")
        #expect(report.readAsHTMLPage)
        #expect(report.frontMatter.title == "兰州市司法局 - 工作动态")
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.date == ReportDate(year: 2024, month: 12, day: 14))
        #expect(report.frontMatter.sourceURL == "https://sfj.lanzhou.example.cn/gzdt/")
        #expect(report.body.contains("会议通报，全市培养“法律明白人”3,200名。"))
        #expect(report.body.contains("宣传周期间开展宪法宣传活动136场次。"))
        #expect(!report.body.contains("<"))
        let first = try #require(report.body.range(of: "兰州市召开普法工作推进会"))
        let second = try #require(report.body.range(of: "兰州市开展宪法宣传周活动"))
        #expect(first.upperBound < (report.body.range(of: "3,200名")?.lowerBound ?? first.upperBound))
        #expect(second.upperBound < (report.body.range(of: "136场次")?.lowerBound ?? second.upperBound))
        #expect(report.removals.contains { $0.rule == .pageMetadata && $0.line == 10 && $0.text.contains("责任编辑") })
    }

    /// An Atom feed's entries, with their HTML escaped in `content`, and its own link
    /// rather than the one to itself.
    @Test func anAtomFeed() throws {
        let report = try imported("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>白银市普法网</title>
        <link href="https://pf.baiyin.example.cn/atom.xml" rel="self"/>
        <link href="https://pf.baiyin.example.cn/"/>
        <entry>
        <title>白银市2024年“法律明白人”培养工作</title>
        <published>2024-11-20T08:00:00+08:00</published>
        <content type="html">&lt;p&gt;全市培养“法律明白人”8,600名。&lt;/p&gt;</content>
        </entry>
        </feed>
        """)
        #expect(report.frontMatter.region == "白银市")
        #expect(report.frontMatter.date == ReportDate(year: 2024, month: 11, day: 20))
        #expect(report.frontMatter.sourceURL == "https://pf.baiyin.example.cn/")
        #expect(report.body.contains("全市培养“法律明白人”8,600名。"))
    }

    /// An XML file that is no feed, and a text that only speaks of one, are read as text.
    @Test func whatIsNoFeed() {
        #expect(!NewsFeed.isFeed("<?xml version=\"1.0\"?>\n<document><p>兰州市</p></document>"))
        #expect(!NewsFeed.isFeed("兰州市司法局开通了<rss>订阅。"))
        #expect(NewsFeed.isFeed("\u{FEFF}<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"))
        #expect(NewsFeed.page(of: "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>无条目</title></channel></rss>") == nil)
    }

    /// A blog's Markdown (Hexo, Jekyll) with its own front matter: its title and date are the
    /// report's, the block goes with its lines counted, and every later line keeps its number.
    /// An HTML comment and a template tag on their own lines go; the words between tags stay.
    @Test func markdownWithItsOwnFrontMatter() throws {
        let report = try imported("""
        ---
        title: 下乡普法这一年
        date: 2024-11-18 21:36:05
        tags:
          - 普法
        url: https://blog.example.cn/2024/11/18/pufa/
        ---

        作为兰州市司法局的干部，我记下这一年。
        <!-- more -->
        {% note info %}
        全市培养“法律明白人”3,200名。
        {% endnote %}
        """, path: "post.md")
        #expect(report.frontMatter.title == "下乡普法这一年")
        #expect(report.frontMatter.date == ReportDate(year: 2024, month: 11, day: 18))
        #expect(report.frontMatter.sourceURL == "https://blog.example.cn/2024/11/18/pufa/")
        #expect(report.removals.filter { $0.rule == .ownFrontMatter }.map(\.line) == Array(1...7))
        #expect(report.removals.contains { $0.rule == .markdownMarkup && $0.line == 10 && $0.text == "<!-- more -->" })
        #expect(report.removals.contains { $0.rule == .markdownMarkup && $0.line == 13 })
        #expect(!report.body.contains("title:"))
        #expect(report.body.contains("全市培养“法律明白人”3,200名。"))
        #expect(!report.body.contains("{%"))
    }

    /// A rule over ordinary lines is no front matter, however it is closed; nor is a block
    /// that is no YAML mapping. A comment inside a sentence stays for the HTML rules.
    @Test func whatIsNoFrontMatter() {
        #expect(MarkdownFrontMatter.read("---\n一、总体情况\n---\n正文") == nil)
        #expect(MarkdownFrontMatter.read("---\n来源：兰州市司法局\n---\n") == nil)
        #expect(MarkdownFrontMatter.read("正文\n---\ntitle: 不在开头\n---\n") == nil)
        #expect(MarkdownFrontMatter.read("---\ntitle: [未闭合\n---\n") == nil)
        #expect(!MarkdownMarkup.isHiddenMarkup("培训<!-- 待核 -->3,200名"))
        #expect(!MarkdownMarkup.isHiddenMarkup("{{法律明白人}}"))
    }

    /// A news app's share page: its calls to open the app, the fold, the advert's label and link
    /// and the report button go; so does the app's name over the headline, which the line with
    /// the day and time names. The headline is the title and that day the date.
    @Test func aNewsAppsSharePage() throws {
        let report = try imported("""
        打开APP
        陇上快讯
        打开APP 阅读体验更佳

        兰州市：“法治快车”开进田间地头

        陇上快讯客户端  2025-03-18 09:42  来自甘肃
        陇上快讯客户端记者 李静 通讯员 赵卫东

        2024年，全市开展法治宣传活动2,150余场次。
        打开APP阅读更多精彩内容
        广告
        了解详情 >
        展开全文
        全市培养“法律明白人”3,200名，公益广告投放30条。
        举报
        """)
        #expect(report.frontMatter.title == "兰州市：“法治快车”开进田间地头")
        #expect(report.frontMatter.date == ReportDate(year: 2025, month: 3, day: 18))
        #expect(report.body == "2024年，全市开展法治宣传活动2,150余场次。\n\n全市培养“法律明白人”3,200名，公益广告投放30条。\n")
        #expect(report.removals.contains { $0.rule == .siteChrome && $0.text == "陇上快讯" })
        #expect(report.removals.contains { $0.rule == .byline && $0.line == 8 })
    }

    /// A gallery's page: the breadcrumb (您当前所在位置), the pager and the counter over each
    /// picture go; a fraction inside a sentence stays.
    @Test func aGallerysPage() throws {
        let report = try imported("""
        您当前所在位置：首页 > 新闻中心 > 图片新闻

        兰州市宪法宣传周活动掠影

        上一张    1/12    下一张    ▶ 自动播放

        1/12
        12月4日，全市发放普法资料6,800余份。
        2/12
        全市三分之一的村，约1/3，建成法治广场。
        """)
        #expect(report.frontMatter.title == "兰州市宪法宣传周活动掠影")
        #expect(report.body == "12月4日，全市发放普法资料6,800余份。\n\n全市三分之一的村，约1/3，建成法治广场。\n")
    }
}
