import Testing
@testable import Importer

/// One test per cleaning rule, each on real lines from the seeds.
@Suite struct CleaningRuleTests {
    /// A report with a headline and one paragraph around the line under test.
    func importing(_ lines: [String]) throws -> ImportedReport {
        let text = (["兰州市普法依法治理工作综述", ""] + lines + ["", "今年以来,兰州市坚持以习近平法治思想为指引。"]).joined(separator: "\n")
        return try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    func removedRules(_ report: ImportedReport) -> Set<CleaningRule> {
        Set(report.removals.map(\.rule))
    }

    @Test func siteChromeLines() throws {
        for line in ["歡迎訪問甘肅政法網(wǎng) 今天是 2024年12月23日 星期一", "字號:A A    顏色:", "打印本页 关闭窗口 |"] {
            let report = try importing([line])
            #expect(report.body == "今年以来,兰州市坚持以习近平法治思想为指引。\n", "\(line)")
            #expect(removedRules(report).contains(.siteChrome), "\(line)")
        }
    }

    @Test func breadcrumbsAndShareWidgets() {
        #expect(LineRules.rule(for: "当前位置:首页 > 新闻中心 > 工作动态") == .siteChrome)
        #expect(LineRules.rule(for: "首页 > 普法宣传") == .siteChrome)
        #expect(LineRules.rule(for: "【打印】 【关闭】 扫一扫在手机打开当前页") == .siteChrome)
        #expect(LineRules.rule(for: "阅读 1.2万 赞 318 在看 57") == .siteChrome, "a WeChat article's counts")
        #expect(LineRules.rule(for: "【上一篇】关于开展2025年“美好生活·民法典相伴”主题宣传月活动的通知") == .siteChrome)
        #expect(LineRules.rule(for: "相关链接：国务院 山东省人民政府 中国政府网") == .siteChrome)
        #expect(LineRules.rule(for: "荆阳市司法局主办") == .copyright, "the office that runs the site")
        #expect(LineRules.rule(for: "今天是:2024年6月14日 星期五") == .siteChrome)
        #expect(LineRules.rule(for: "【字体：大 中 小】 【列印本页】") == .siteChrome, "列印, a Traditional page's 打印")
        #expect(LineRules.rule(for: "< 上一版 下一版 > 返回目录 PDF版下载") == .siteChrome, "an e-paper's page links")
        #expect(LineRules.rule(for: "澴阳日报数字报") == .siteChrome)
        #expect(LineRules.rule(for: "2024年11月26日 星期二 第05版：法治·民生") == .pageMetadata, "an e-paper's day and page")
        #expect(LineRules.rule(for: "幻灯片 3") == .pageFurniture)
        #expect(LineRules.rule(for: "备注：") == .pageFurniture, "the label over a slide's notes")
        #expect(LineRules.rule(for: "备注：以上数据截至11月底。") == nil)
        #expect(LineRules.rule(for: "由市司法局主办") == nil)
        #expect(LineRules.rule(for: "附件下载：2024年度履职评议结果汇总表.xlsx") == .siteChrome)
        #expect(LineRules.rule(for: "阅读 3862 点赞 26 在看 8") == .siteChrome)
        #expect(LineRules.rule(for: "群众点赞率98%") == nil, "a sentence with a rate is text")
    }

    @Test func aNewsPagesHeadlineDateAndSourceLine() throws {
        let text = """
        当前位置：首页 > 工作动态
        嘉峪关市：以“法治+”模式推动普法工作走深走实
        2023-06-12 09:15   来源：嘉峪关日报   作者：李明
        　　今年以来，嘉峪关市坚持把普法作为一项基础性工作。
        相关链接：
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "嘉峪关市：以“法治+”模式推动普法工作走深走实")
        #expect(report.frontMatter.date?.description == "2023-06-12")
        #expect(report.frontMatter.source == "嘉峪关日报")
        #expect(report.body == "今年以来，嘉峪关市坚持把普法作为一项基础性工作。\n")
        // A date alone on its line is the report's own (under a signature), and a sentence ending in a colon is no headline.
        #expect(LineRules.rule(for: "2023年12月20日") == nil)
        #expect(!HeadingShape.isTitleLike("现将有关情况总结如下："))
        #expect(!HeadingShape.isTitleLike("主要做法：一是加强领导，二是完善制度"))
    }

    /// Metadata lines with more pieces than one: a view count with a thousands
    /// separator, a byline of several people, size buttons without their label.
    @Test func metadataLinesOfManyPieces() throws {
        let text = """
        分享到：微信 微博 QQ空间
        景德镇市：“法治宣传+”模式让普法更接地气
        2023-08-15 09:32  来源：江西法制报  作者：记者 王晓明 通讯员 李婷、张强
        　　今年以来，景德镇市司法局创新工作模式。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "景德镇市：“法治宣传+”模式让普法更接地气")
        #expect(report.frontMatter.date?.description == "2023-08-15")
        #expect(report.frontMatter.source == "江西法制报")
        #expect(report.body == "今年以来，景德镇市司法局创新工作模式。\n")
        #expect(LineRules.rule(for: "发布日期：2023-01-12 浏览次数：1,386 信息来源：仁寿县司法局") == .pageMetadata)
        #expect(LineRules.rule(for: "时间：2022-12-28 来源：东胜区司法局 【大】【中】【小】") == .pageMetadata)
        #expect(LineRules.rule(for: "【分享】") == .siteChrome)
        // A byline alone is still a byline, and people named in a sentence stay.
        #expect(LineRules.rule(for: "记者 王晓明") == .byline)
        #expect(LineRules.rule(for: "记者王晓明在现场看到，村民们正在学习民法典。") == nil)
    }

    /// The table a government site puts over a document it discloses.
    @Test func aDisclosedDocumentsMetadataTable() throws {
        let text = """
        索引号：11620100013916208X/2023-00123    主题分类：司法
        发文机关：天水市秦州区司法局    成文日期：2023年12月25日
        标  题：秦州区2023年度普法依法治理工作总结
        发布日期：2023年12月28日
        秦州区2023年度普法依法治理工作总结
        2023年，秦州区认真落实"八五"普法规划。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "秦州区2023年度普法依法治理工作总结")
        #expect(report.frontMatter.date?.description == "2023-12-28", "published, not written")
        #expect(report.frontMatter.source == "天水市秦州区司法局")
        #expect(report.frontMatter.period == "八五", "in ASCII quotes too")
        #expect(report.removals.filter { $0.rule == .pageMetadata }.count == 4)
        let written = try ReportImporter(regions: TestRegions.table).importReport(
            text: text.replacingOccurrences(of: "发布日期：2023年12月28日\n", with: ""), path: "t.txt")
        #expect(written.frontMatter.date?.description == "2023-12-25", "written, when no day of publication is given")
        let effective = try ReportImporter(regions: TestRegions.table).importReport(
            text: text.replacingOccurrences(of: "发布日期：", with: "生效日期："), path: "t.txt")
        #expect(effective.frontMatter.date?.description == "2023-12-25", "the day it takes effect is no day of publication")
    }

    /// The publishing office and the time beside a view count: metadata, not a heading.
    @Test func aPublisherAndTimeBesideChrome() throws {
        let report = try importing(["金川区司法局 2024-01-08 10:12:36 浏览次数：268"])
        #expect(report.body == "今年以来,兰州市坚持以习近平法治思想为指引。\n")
        #expect(report.frontMatter.date?.description == "2024-01-08")
        #expect(report.frontMatter.source == "金川区司法局")
        #expect(LineRules.rule(for: "打印本页 2023年12月20日") == .pageMetadata)
        // Words that name no office stay, with their date.
        #expect(LineRules.rule(for: "全区开展普法活动 2024-01-08 浏览次数：268") == nil)
    }

    /// 本报讯, 本站讯（记者 …）: a news agency's mark before the first sentence.
    @Test func aNewsLeadGoes() throws {
        let report = try importing(["本站讯（记者 王晓明 通讯员 李婷） 近日，兰州市开展宪法宣传活动。"])
        #expect(report.body.hasPrefix("近日，兰州市开展宪法宣传活动。"))
        #expect(report.removals.contains { $0.rule == .byline && $0.text == "本站讯（记者 王晓明 通讯员 李婷）" })
        #expect(InlineCleaning.removingNewsLead("兰州日报讯 全市开展普法。").text == "全市开展普法。")
        #expect(InlineCleaning.removingNewsLead("本报讯").removed.isEmpty, "nothing after it: not a lead")
        #expect(InlineCleaning.removingNewsLead("通讯员队伍建设得到加强。").removed.isEmpty)
    }

    /// 襄江融媒讯（记者 周晓岚 通讯员 胡明杰）: the byline's spaces are inside its parenthesis,
    /// no heading break, and the agency the lead names is the source when the page names none.
    @Test func aNewsLeadNamesItsAgency() throws {
        let report = try importing(["襄江融媒讯（记者 周晓岚 通讯员 胡明杰）晚上七点半，社区二楼的灯准时亮起。"])
        #expect(report.body.hasPrefix("晚上七点半，社区二楼的灯准时亮起。\n"))
        #expect(report.frontMatter.source == "襄江融媒")
        #expect(try importing(["本网讯（记者 周晓岚）晚上七点半，灯亮起。"]).frontMatter.source == nil)
        #expect(Segmenter.segments(of: "开展活动（记者 周晓岚 通讯员 胡明杰）") == ["开展活动（记者 周晓岚 通讯员 胡明杰）"])
    }

    /// An official report dated in Chinese numerals under its title, by its issuer.
    @Test func aDatelineUnderTheTitle() throws {
        let text = """
        龙岗区二〇二三年法治宣传教育工作总结
        龙岗区司法局  二〇二四年一月五日
        二〇二三年，龙岗区司法局扎实推进法治宣传教育工作。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.date?.description == "2024-01-05")
        #expect(report.frontMatter.source == "龙岗区司法局", "the issuer, when the page names no source")
        #expect(report.body == "龙岗区司法局\\\n二〇二四年一月五日\n\n二〇二三年，龙岗区司法局扎实推进法治宣传教育工作。\n")
        #expect(DateText.numbers(in: "二〇二四年十二月三十一日")! == (2024, 12, 31))
        #expect(DateText.numbers(in: "一九九九年十月一日")! == (1999, 10, 1))
        #expect(DateText.numbers(in: "二〇二四年十三月五日") == nil)
        #expect(TextFacts.reportYear(in: "二〇二二年全县普法工作") == 2022)
        #expect(!HeadingShape.isHeadingLike("二〇二四年一月五日"))
    }

    /// The office over its date on a line of its own is a dateline too, not a subtitle;
    /// a bulletin's issue number under the title is a subtitle, and the office that
    /// compiled the issue (编印) is its source.
    @Test func anOfficeOverItsDateAndABulletinsIssue() throws {
        let importer = ReportImporter(regions: TestRegions.table)
        let summary = try importer.importReport(text: """
        龙岗区2024年宪法宣传周活动总结
        龙岗区司法局
        2024年12月10日
        宪法宣传周期间，龙岗区开展宣传活动36场。
        """, path: "t.txt")
        #expect(summary.frontMatter.source == "龙岗区司法局")
        #expect(summary.frontMatter.date?.description == "2024-12-10")
        #expect(summary.body.hasPrefix("龙岗区司法局\\\n2024年12月10日\n\n"))
        let bulletin = try importer.importReport(text: """
        普法工作简报
        2024年第3期（总第41期）

        龙岗区普法办编印　　　　2024年3月31日

        一季度，龙岗区开展宣传活动36场。
        """, path: "t.txt")
        #expect(bulletin.frontMatter.source == "龙岗区普法办")
        #expect(bulletin.frontMatter.date?.description == "2024-03-31")
        #expect(bulletin.body.hasPrefix("**2024年第3期（总第41期）**\n\n"))
    }

    /// A monthly bulletin's issue in parentheses, and its reporting office and period on one
    /// line: the office is the source (and names the region), the period no day of publication.
    @Test func aBulletinsReportingOfficeAndPeriod() throws {
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: """
        清漪街道矛盾纠纷排查化解工作月报
        （2025年第5期）

        报送单位：城关区清漪街道综治中心　　　　统计时段：2025年5月1日—5月31日

        5月份，街道成功调解纠纷161件。

        清漪街道综治中心
        2025年6月3日
        """, path: "t.txt")
        #expect(report.frontMatter.region == "城关区")
        #expect(report.frontMatter.source == "城关区清漪街道综治中心")
        #expect(report.frontMatter.date?.description == "2025-06-03")
        #expect(report.body.hasPrefix("**（2025年第5期）**\n\n5月份"))
    }

    /// A PDF's signature may date itself in full-width digits.
    @Test func fullWidthDigitsDate() {
        #expect(DateText.numbers(in: "２０２５年１月１５日")! == (2025, 1, 15))
        #expect(TextFacts.reportYear(in: "关于２０２４年度全市普法工作情况的报告") == 2024)
    }

    @Test func aGovernmentLettersPageAroundItsReport() throws {
        let text = """
        平凉市人民政府门户网站
        您当前的位置：首页 > 政务公开 > 工作总结
        平凉市司法局关于2023年度普法依法治理工作的报告
        2023年，平凉市认真贯彻落实“八五”普法规划。
        平凉市司法局
        2024年1月10日
        附件：1.2023年普法工作统计表.xlsx
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "平凉市司法局关于2023年度普法依法治理工作的报告")
        #expect(report.frontMatter.date?.description == "2024-01-10", "from the signature, now at the end")
        #expect(report.frontMatter.source == "平凉市人民政府门户网站")
        #expect(LineRules.rule(for: "法治甘肃网") == .siteChrome)
        #expect(LineRules.rule(for: "织密基层普法网") == nil, "a headline may end in 网")
        #expect(LineRules.rule(for: "附件：工作要点") == nil, "an attachment named in the text, not a file")
    }

    @Test func chromeWordsInsideASentenceStay() {
        #expect(LineRules.rule(for: "各中小学开展“法治第一课”,打印宣传资料,关闭违规网站。") == nil)
        #expect(LineRules.rule(for: "兰州市城关区司法局渭源路司法所在航天和美小区开展普法宣传活动(10月12日拍摄)。") == nil)
    }

    @Test func pageMetadataLinesKeepTheirFactsInFrontMatter() throws {
        let report = try importing(["來源:甘肅政法網(wǎng) 責(zé)任編輯:孔令聞 發(fā)布時間:2022-12-16", "责任编辑:高富强"])
        #expect(report.body == "今年以来,兰州市坚持以习近平法治思想为指引。\n")
        #expect(report.removals.filter { $0.rule == .pageMetadata }.count == 2)
        #expect(report.frontMatter.source == "甘肃政法网")
        #expect(report.frontMatter.date?.description == "2022-12-16")
    }

    @Test func copyrightNotice() throws {
        let line = "凡本网注明“来源:XXX(非法治甘肃网)”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。如因作品内容、版权和其它问题需要同本网联系的,请在相关作品刊发之日起30日内进行。"
        #expect(LineRules.rule(for: line) == .copyright)
        let report = try importing([line])
        #expect(!report.body.contains("本网"))
        #expect(report.frontMatter.source == "法治甘肃网")
    }

    /// Who runs the site, labelled; a sentence about who organised an event stays.
    @Test func siteFooter() {
        #expect(LineRules.rule(for: "主办单位：临夏回族自治州人民政府办公室 技术支持：某某科技") == .copyright)
        #expect(LineRules.rule(for: "网站标识码：6229000001") == .copyright)
        #expect(LineRules.rule(for: "“宪法宣传周”活动由市司法局主办，参与群众3,000余人次。") == nil)
    }

    @Test func contactLine() {
        let line = "法治甘肃网对外版权工作统一由甘肃媒体版权保护中心(甘肃云数字媒体版权保护中心有限责任公司)受理,联系电话:0931-8159799。"
        #expect(LineRules.rule(for: line) == .contact)
        #expect(PageMetadata.siteName(inNotice: line) == "法治甘肃网")
    }

    @Test func tableDebris() {
        let cleaned = InlineCleaning.removingTableDebris("兰州市紧扣“三个关键点”推动普法依法治理工作提质增效 | |||")
        #expect(cleaned.text.trimmingSpaces == "兰州市紧扣“三个关键点”推动普法依法治理工作提质增效")
        #expect(cleaned.removed == ["|", "|||"])
        #expect(InlineCleaning.removingTableDebris("| ||||").text.trimmingSpaces.isEmpty)
        // A pipe between words is text, not debris.
        #expect(InlineCleaning.removingTableDebris("甲|乙").removed.isEmpty)
        // A poster read by OCR: its dividers (丨) go wherever they stand alone, its boxes (口) at either end.
        let poster = InlineCleaning.removingTableDebris("口 法治柘阳丨普法同行 丨 群众生活 口口")
        #expect(poster.text.trimmingSpaces == "法治柘阳丨普法同行 群众生活")
        #expect(poster.removed == ["口", "丨", "口口"])
        #expect(InlineCleaning.removingTableDebris("全县总人 口 68万人").removed.isEmpty, "a box inside a line may be a word's")
    }

    /// A WeChat article copied whole: the line with the account, day, time and
    /// province over it, the call to follow, a reading count without a colon,
    /// 图片 where pictures were, emoji, the end mark, the buttons, and the other
    /// articles listed under it.
    @Test func aCopiedWeChatArticle() throws {
        let text = """
        原创 城关普法 城关普法 2024年03月02日 08:05 甘肃
        点击上方蓝字 关注我们
        阅读 10万+
        图片
        ✅城关区：普法进万家 法治润民心！
        2023年，城关区司法局组织开展法治宣传活动320场，一起来看看👇
        图片
        ▲图为普法志愿者在社区发放宣传资料
        01 强化阵地 建设法治文化长廊
        全区新建法治文化长廊12条。我们一起努力！💪
        END
        服务热线：12348
        责编：王某 审核：李某
        阅读原文
        分享 收藏 在看 点赞
        喜欢此内容的人还喜欢
        法律明白人培训班开班啦
        阅读 1024
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "城关区：普法进万家 法治润民心！")
        #expect(report.frontMatter.date?.description == "2024-03-02")
        #expect(report.blocks.map(\.kind) == [.paragraph, .caption, .heading(level: 2), .paragraph])
        #expect(report.blocks.first?.text == "2023年，城关区司法局组织开展法治宣传活动320场，一起来看看👇")
        #expect(report.blocks.last?.text == "全区新建法治文化长廊12条。我们一起努力！💪")
        for residue in ["蓝字", "阅读", "图片", "END", "12348", "责编", "在看", "培训班"] {
            #expect(!report.body.contains(residue), "\(residue)")
        }
        // A report's own signature gives a day without a time: it stays.
        #expect(LineRules.rule(for: "城关区司法局 2024年3月2日") == nil)
        // Words of the buttons inside a sentence stay.
        #expect(LineRules.rule(for: "群众纷纷点赞，在看完演出后表示收获很大。") == nil)
        // The collections the article is in, under its headline.
        #expect(LineRules.rule(for: "收录于合集 #普法进行时 12个") == .siteChrome)
        #expect(LineRules.rule(for: "收录于话题 #宪法宣传周 #民法典") == .siteChrome)
        #expect(LineRules.rule(for: "相关案例已收录于合集，供群众查阅。") == nil)
    }

    /// The other stories a news page lists under 相关新闻 (a bullet before each title,
    /// or its date after it) are no part of the report, and the list ends where its
    /// entries do; a share widget names its foreign sites too.
    @Test func aNewsPagesRelatedStories() throws {
        let text = """
        澄川县：宪法宣传周活动丰富多彩
        全县开展宪法宣传活动58场，覆盖群众1.2万人次。
        分享到：Facebook｜WhatsApp｜微信
        相关新闻
        · 全县12个乡镇同步开展“宪法晨读”活动　2024-12-03
        澄川县民法典宣传月综述：96场活动覆盖2万人次 2024-06-05
        县司法局开展“法律明白人”培训。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt", options: ImportOptions(region: "澄川县", province: "四川省"))
        #expect(!report.body.contains("晨读"))
        #expect(!report.body.contains("96场"))
        #expect(!report.body.contains("Facebook"))
        #expect(report.body.contains("全县开展宪法宣传活动58场"))
        #expect(report.body.contains("县司法局开展“法律明白人”培训。"), "the first line that is no story ends the list")
        #expect(!LineRules.isRelatedStory("全县开展宪法宣传活动58场，覆盖群众1.2万人次，比上年增长12%，其中农村地区占六成以上，群众反响良好，取得积极成效。"))
    }

    /// A report to a people's congress copied from its PDF: the header on
    /// every page, page numbers, lines wrapped where the page ended them, the
    /// title set on two lines, the day it was delivered and who delivered it.
    @Test func aReportCopiedFromAPDF() throws {
        let text = """
        白银市人大常委会会议文件
        白银市人民政府
        关于全市“八五”普法规划实施情况的报告
        ——2024年6月18日在白银市人民代表大会常务委员会会议上
        市司法局局长　张某某

        　　一、主要工作
        　　全市各级各部门认真贯彻落实普法规划，深入开展法治宣传教育，
        普法工作取得明显成效。全市累计培育“法律明白人”3260名，建成法治
        文化公园42个，创建省级民主法治示范村（社区）18个，各地开展
        送法下乡、送法进企业、送法进校园等活动，推动普法工作

        — 1 —

        白银市人大常委会会议文件
        向基层延伸，群众法治意识明显增强。
        　　二、下一步打算
        　　持续深化“九五”普法规划的前期研究。

        — 2 —
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "白银市人民政府关于全市“八五”普法规划实施情况的报告")
        #expect(report.frontMatter.date?.description == "2024-06-18", "the day it was delivered")
        #expect(report.frontMatter.period == "八五", "the plan that spans the report's year, not the later one named")
        #expect(report.frontMatter.source == nil, "who speaks is no office that issued it")
        #expect(report.blocks.first?.kind == .subtitle)
        #expect(report.blocks.dropFirst().first == ReportBlock(kind: .paragraph, text: "市司法局局长 张某某", line: 5))
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.contains("全市各级各部门认真贯彻落实普法规划，深入开展法治宣传教育，普法工作取得明显成效。"
            + "全市累计培育“法律明白人”3260名，建成法治文化公园42个，创建省级民主法治示范村（社区）18个，"
            + "各地开展送法下乡、送法进企业、送法进校园等活动，推动普法工作向基层延伸，群众法治意识明显增强。"), "joined across the page break")
        for residue in ["会议文件", "— 1 —", "— 2 —"] {
            #expect(!report.body.contains(residue), "\(residue)")
        }
        #expect(removedRules(report).contains(.pageFurniture))
        #expect(PageBreaks.isPageNumber("第 3 页 共 12 页"))
        #expect(PageBreaks.isPageNumber("- 12 -"))
        #expect(!PageBreaks.isPageNumber("— 2024年工作回顾 —"))
        #expect(HeadingShape.isPostAndName("市司法局党组书记、局长　周某"))
        #expect(!HeadingShape.isPostAndName("■ 聚焦重点 精准发力"), "a heading's two phrases")
    }

    /// A page's footnotes printed above its number, between the halves of a sentence the
    /// page broke, move past the break; a list numbered ① at a page's foot, whose marks
    /// the text never puts after a word, stays.
    @Test func aPagesFootnotesMovePastItsBreak() throws {
        let text = """
        青岚市司法局关于2024年度法治宣传教育工作情况的报告
        市委全面依法治市委员会守法普法协调小组全年召开会议3次①，研究解决普法重
        点难点问题12个。举办领导干部法治专题培训班6期，培训科级以上领导干
        ① 其中全体会议1次、专题会议2次。
        第 1 页 共 3 页
        部1,200名，全市国家工作人员旁听庭审实现全覆盖。全年组织法治宣传活动
        860场次，发放资料12万份。
        下一步，我们将重点做好以下工作：
        ① 深化“法律明白人”培养工程，全年培训不少于2期；
        ② 推进法治文化阵地建设。
        第 2 页 共 3 页
        以上报告，请审阅。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.contains { $0.contains("培训科级以上领导干部1,200名，全市国家工作人员旁听庭审实现全覆盖。") }, "\(paragraphs)")
        #expect(paragraphs.firstIndex { $0.hasPrefix("① 其中全体会议") }.map { $0 > 0 } == true)
        let list = report.blocks.map(\.text)
        #expect(list.firstIndex { $0.contains("推进法治文化阵地建设") }! < list.firstIndex { $0.contains("以上报告") }!, "a list stays before the break")
        #expect(PageFootnotes.mark(atStartOf: "[2] 含在建2处。") == "[2]")
        #expect(PageFootnotes.mark(atStartOf: "2024年") == nil)
    }

    /// A site's header over its menus, a breadcrumb that does not start at
    /// 首页, a byline of two names, and a press conference's fields.
    @Test func aNewsPagesHeaderMenusAndFields() throws {
        let text = """
        白银市人民政府
        无障碍 | 长者模式 | 简体 | 繁體 | 登录 | 注册
        首页 | 政务公开 | 政务服务 | 互动交流 | 走进白银
        白银新闻网 > 县区频道 > 白银 > 正文
        白银市普法工作新闻发布会文字实录
        来源：白银日报　　作者：王某某 李某某　　2025-07-09 09:18　　阅读：3526
        发布会时间：2025年12月19日（星期五）上午10:00
        发布会地点：市政府新闻发布厅（市行政中心3号楼）
        发布人：白银市司法局党组书记、局长　周某某
        　　　　白银市司法局党委委员、副局长　唐某某
        今年以来，白银市深入开展普法宣传活动，全年开展法治宣传活动860余场，受教育群众15万余人次，普法工作取得了明显的成效，
        群众的法治意识明显增强，各项工作稳步推进，法治宣传教育的覆盖面不断扩大，群众满意度持续提升，
        基层依法治理水平不断提高，全市上下形成了尊法学法守法用法的良好氛围，法治建设迈出了新的步伐，
        为经济社会发展提供了有力法治保障。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "白银市普法工作新闻发布会文字实录")
        #expect(report.frontMatter.date?.description == "2025-07-09")
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.map(\.text)
        #expect(Array(paragraphs.prefix(4)) == [
            "发布会时间：2025年12月19日（星期五）上午10:00", "发布会地点：市政府新闻发布厅（市行政中心3号楼）",
            "发布人：白银市司法局党组书记、局长 周某某", "白银市司法局党委委员、副局长 唐某某",
        ], "fields stay apart, and a post and a name are one line")
        for residue in ["无障碍", "政务公开", "县区频道", "作者", "白银日报", "阅读"] {
            #expect(!report.body.contains(residue), "\(residue)")
        }
        #expect(report.removals.contains { $0.text == "白银市人民政府" }, "the site's name over its menu")
        // An office named on the first line with no menu under it is the report's (h16's issuer line).
        #expect(TextCleaner.siteHeader(before: [CleanedLine(number: 1, content: .text("白银市人民政府")),
                                                CleanedLine(number: 2, content: .text("关于普法工作的报告"))]) == nil)
    }

    @Test func aHeaderNamedOnceIsNoRunningHeader() throws {
        let text = "白银市普法工作报告\n\n全市开展普法活动120场，\n\n— 1 —\n\n白银市司法局\n\n2024年1月5日\n"
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.frontMatter.title == "白银市普法工作报告")
        #expect(report.body.contains("白银市司法局"), "a line after a page break that the document does not repeat stays")
    }

    @Test func imageFileNamesGoAndTheNextLineBecomesACaption() throws {
        #expect(LineRules.rule(for: "1.jpg") == .imageFileName)
        #expect(LineRules.rule(for: "IMG_2041.JPEG") == .imageFileName)
        #expect(LineRules.rule(for: "1.jpg是图片") == nil)
        let report = try importing(["2.jpg", "", "白銀市司法局在廣場開展《反有組織犯罪法》宣傳活動"])
        #expect(report.blocks.first { $0.kind == .caption }?.text == "白银市司法局在广场开展《反有组织犯罪法》宣传活动")
        #expect(!report.body.contains("jpg"))
    }

    @Test func pinyinAnnotationsGoRealParenthesesStay() {
        let seedLine = "來源:甘肅政法網(wǎng) 責(zé)任編輯:孔令聞 發(fā)布時間:2022-12-16"
        let cleaned = InlineCleaning.removingPinyinAnnotations(seedLine)
        #expect(cleaned.text == "來源:甘肅政法網 責任編輯:孔令聞 發布時間:2022-12-16")
        #expect(cleaned.removed == ["(wǎng)", "(zé)", "(fā)"])
        for kept in ["推动村(社区)“两委”班子成员依法治理", "南河新村社区向辖区居民开展宪法宣传(12月4日拍摄)。", "在全市市民卡APP(app)中增加"] {
            #expect(InlineCleaning.removingPinyinAnnotations(kept).text == kept)
        }
    }

    @Test func traditionalBecomesSimplifiedThroughOpenCC() throws {
        let report = try importing(["  法治的力量來源於民眾對法治的信仰和擁護,而法治宣傳教育是全面推進依法治國的一項基礎(chǔ)性工作。"])
        #expect(report.convertedFromTraditional)
        #expect(report.body.hasPrefix("法治的力量来源于民众对法治的信仰和拥护,而法治宣传教育是全面推进依法治国的一项基础性工作。"))
    }

    @Test func simplifiedTextIsLeftAsItIs() {
        let line = "注重法治法治实践养成,常态化开展“走进+”系列法治教育活动,显著提升著作权保护意识。"
        let result = ScriptConverter.simplified(line)
        #expect(!result.converted)
        #expect(result.text == line)
    }

    @Test func fullWidthSpacesAndStrayWhitespace() {
        #expect(InlineCleaning.unifyingSpaces("\u{3000}\u{3000}“法律是治国之重器”\u{00A0}\t ") == "“法律是治国之重器”")
        #expect(InlineCleaning.unifyingSpaces("持续加大宣传\u{3000}创优法治环境") == "持续加大宣传 创优法治环境")
        // Punctuation is never changed, ASCII commas included.
        #expect(InlineCleaning.droppingSpacesBesideChinesePunctuation("今年以来,兰州市坚持。 实施") == "今年以来,兰州市坚持。实施")
        #expect(InlineCleaning.droppingSpacesBesideChinesePunctuation("在全市市民卡 APP 中") == "在全市市民卡 APP 中")
    }

    @Test func htmlResidue() {
        #expect(InlineCleaning.removingHTMLResidue("宣傳活動</span>").text == "宣傳活動")
        #expect(InlineCleaning.removingHTMLResidue("<p style=\"x\">开展活动<br/>").text == "开展活动")
        #expect(InlineCleaning.removingHTMLResidue("活动?/span>").text == "活动?")
        #expect(InlineCleaning.removingHTMLResidue("数量<5个,《法》>规").removed.isEmpty)
    }

    @Test func textGarbledByAWrongEncodingIsRepairedAndReported() {
        let line = "組織參加白銀市區兩級《信訪工作條例》集中宣傳月活動、2022年“安全宣傳咨詢?nèi)铡被顒印ⅰ皸椣惆足y·美在文明”志愿服務示范活動"
        let repaired = EncodingRepair.repairing(line)
        #expect(repaired.text == "組織參加白銀市區兩級《信訪工作條例》集中宣傳月活動、2022年“安全宣傳咨詢”活動、“棗香白銀·美在文明”志愿服務示范活動")
        #expect(repaired.repairs.count == 1)
        // A real question mark in Chinese text is not damage.
        let question = "什么是法治?我们要学法守法用法。"
        #expect(EncodingRepair.repairing(question).text == question)
    }

    @Test func bylineBecomesTheSource() throws {
        #expect(LineRules.rule(for: "本报记者●王祯") == .byline)
        let report = try importing(["本报记者●王祯"])
        #expect(report.frontMatter.source == "本报记者●王祯")
        #expect(!report.body.contains("记者"))
        #expect(LineRules.rule(for: "石泉融媒记者 王莉 张强") == .byline, "a county media centre's reporters")
        #expect(InlineCleaning.barLabelsAsColons("来源 | 白河县司法局") == "来源：白河县司法局", "a WeChat post's labels")
        #expect(InlineCleaning.barLabelsAsColons("法治宣传 | 普法强基") == "法治宣传 | 普法强基")
        #expect(InlineCleaning.dotLeadersAsColons("法律明白人……………………1,236名") == "法律明白人：1,236名", "a Word document's leaders")
        #expect(InlineCleaning.dotLeadersAsColons("开展法治宣传活动 ··········· 862场") == "开展法治宣传活动：862场")
        #expect(InlineCleaning.dotLeadersAsColons("他说……我们再想想") == "他说……我们再想想", "an ellipsis is no leader")
        #expect(LineRules.rule(for: "石泉日报记者 王莉") == .byline)
        #expect(LineRules.rule(for: "石泉融媒记者从县司法局获悉，全县开展普法活动120场。") == nil, "a sentence that begins with the reporter")
    }

    @Test func numberBadges() {
        #expect(LineRules.rule(for: "2") == .numberBadge)
        #expect(LineRules.rule(for: "2023") == nil)
    }

    /// A Weibo page's counts, tabs and a post's time and device are its chrome; a line with a
    /// count and words of a report's own stays.
    @Test func weiboChrome() {
        #expect(LineRules.rule(for: "粉丝8.6万  关注412  转评赞28.3万") == .siteChrome)
        #expect(LineRules.rule(for: "转发 87    评论 23    赞 356") == .siteChrome)
        #expect(LineRules.rule(for: "3.4万次观看") == .siteChrome)
        #expect(LineRules.rule(for: "首页  微博  视频  相册  超话") == .siteChrome)
        #expect(LineRules.rule(for: "24-12-8 17:20 来自 微博 weibo.com") == .siteChrome)
        #expect(LineRules.rule(for: "全市普法微博粉丝8.6万，关注412") == nil)
        #expect(LineRules.rule(for: "来自全县各乡镇的200名代表参加") == nil)
    }

    /// A platform's operator (北京微梦创科网络技术有限公司) is no site's name: 网 begins 网络 there.
    @Test func aPlatformsOperatorIsNoSiteName() {
        #expect(PageMetadata.siteName(inNotice: "Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司") == nil)
        #expect(PageMetadata.siteName(inNotice: "版权所有：法治甘肃网") == "法治甘肃网")
    }

    @Test func removalCountsAreByLine() throws {
        let report = try importing(["打印本页 关闭窗口 |", "| |||"])
        let counts = Dictionary(uniqueKeysWithValues: report.removals.lineCountsByRule.map { ($0.rule, $0.lines) })
        #expect(counts[.siteChrome] == 1)
        #expect(counts[.tableDebris] == 2)
    }
}
