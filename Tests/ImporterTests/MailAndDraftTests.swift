@testable import Importer
import Testing

/// Reports that reach the user as a forwarded e-mail, or as a Word draft with its
/// tracked changes shown: only the report's own text is kept.
@Suite struct MailAndDraftTests {
    func imported(_ text: String) throws -> ImportedReport {
        try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
    }

    static let forwarded = """
    发件人：刘晓岚 <xl_liu@163.com>
    发送时间：2024年6月4日（星期二）上午10:16
    收件人：周建国 <zhoujg@163.com>
    主题：转发：【5月月报】桐溪镇司法所2024年5月普法工作情况报告
    附件：5月普法月报.docx (35.2KB)

    周科长：

        桐溪镇5月份普法月报已收到，现转发您审阅。

    刘晓岚
    皋兰县司法局普法股
    电话：0931-5213390

    -------- 转发的邮件 --------
    发件人："桐溪镇司法所" <tx_sfs@163.com>
    发送时间：2024-06-03 17:46:21
    收件人："皋兰县司法局普法股" <glx_pfg@163.com>
    主题：【5月月报】桐溪镇司法所2024年5月普法工作情况报告

    > 县局普法股：
    >
    > 5月份，全镇共开展法治宣传活动23场次，覆盖群众4,600余人次。
    >
    > 桐溪镇司法所
    > 2024年6月3日
    >
    > --
    > 陈思远
    > 桐溪镇司法所 所长

    ------------------------------------------------------------
    【保密提示】本邮件及其附件含有内部工作信息，仅供上述指定收件人使用。如果您错收了本邮件，请删除本邮件。
    """

    /// The headers, the forward's line, the quote marks, both senders' signatures and
    /// the notice go; the first message's headers give the title, date, source and region.
    @Test func aForwardedMailKeepsOnlyTheReport() throws {
        let report = try imported(Self.forwarded)
        #expect(report.body == """
        周科长：

        桐溪镇5月份普法月报已收到，现转发您审阅。

        县局普法股：

        5月份，全镇共开展法治宣传活动23场次，覆盖群众4,600余人次。

        桐溪镇司法所\\
        2024年6月3日

        """)
        #expect(report.frontMatter.title == "桐溪镇司法所2024年5月普法工作情况报告")
        #expect(report.frontMatter.date?.description == "2024-06-03")
        #expect(report.frontMatter.source == "桐溪镇司法所")
        // The township's report names no county; the office it was sent to does.
        #expect(report.frontMatter.region == "皋兰县")
        #expect(report.removals.contains { $0.rule == .mailHeader && $0.text.hasPrefix("主题：转发") })
    }

    /// A subject loses every reply's and forward's mark; an address list loses its addresses.
    @Test func subjectsAndAddressLists() {
        #expect(MailMessage.subject("回复：转发：Fwd: 5月月报") == "5月月报")
        #expect(MailMessage.names(#""桐溪镇司法所" <tx@163.com>; 皋兰县司法局 <gl@163.com>"#) == "桐溪镇司法所、皋兰县司法局")
    }

    /// A text that is no e-mail keeps its lines: a 主题 line alone, a quote mark, a row of dashes.
    @Test func textWithoutMailHeadersIsLeftAlone() {
        let lines = ["主题：学习贯彻民法典", "> 引自《人民日报》", "------------------", "全年开展活动23场。"]
        #expect(MailMessage.read(lines) == nil)
        #expect(MailMessage.read(["时间：2024年5月8日", "地点：城关区文化广场"]) == nil)
    }

    /// A draft's deletions, insertion marks, formatting notes and comments go; the
    /// inserted text stays, as if every change were accepted.
    @Test func aDraftWithTrackedChanges() throws {
        let report = try imported("""
        皋兰县2024年度法治宣传教育工作总结
        带格式的: 居中, 行距: 固定值 28 磅
        批注 [LXM1]: 标题用方正小标宋简体

        全县召开会议[删除的内容: 两次][插入] 三次，培养“法律明白人”删除的内容: 1,200名[插入] 1,350名【批注 张建华: 数据待核实，省平台为1,316名】，开展活动[插入] 1,420余场次。
        """)
        #expect(report.body == "全县召开会议三次，培养“法律明白人”1,350名，开展活动1,420余场次。\n")
        #expect(report.removals.filter { $0.rule == .trackedChanges }.map(\.text) == [
            "带格式的: 居中, 行距: 固定值 28 磅", "批注 [LXM1]: 标题用方正小标宋简体",
            "[删除的内容: 两次]", "[插入] ", "删除的内容: 1,200名", "[插入] ",
            "【批注 张建华: 数据待核实，省平台为1,316名】", "[插入] ",
        ])
    }

    /// A Word document saved with its fields' codes showing: the codes go, what they showed
    /// stays, and the signature wrapped over two lines under the text is one office's name.
    @Test func aWordDocumentsFieldCodesAndWrappedSignature() throws {
        let report = try imported("""
        涣阳县2024年度普法依法治理工作报告

         TOC \\o "1-3" \\h \\z \\u 
        一、基本情况
        全县开展法治宣传活动1,280余场次。
        — PAGE \\* MERGEFORMAT 2 —
        表 SEQ 表 \\* ARABIC 1　各乡镇主要指标

        涣阳县委全面依法治县委员会
        守法普法协调小组办公室
        2025年1月15日
        """)
        #expect(!report.body.contains("MERGEFORMAT") && !report.body.contains("TOC"))
        #expect(report.body.contains("表 1 各乡镇主要指标"), "a caption keeps the number its field showed")
        #expect(report.removals.filter { $0.rule == .wordFields }.map(\.text)
                == ["TOC \\o \"1-3\" \\h \\z \\u", "PAGE \\* MERGEFORMAT", "SEQ 表 \\* ARABIC"])
        #expect(report.frontMatter.source == "涣阳县委全面依法治县委员会守法普法协调小组办公室")
        #expect(report.frontMatter.date?.description == "2025-01-15")
        let entry = WordFieldCodes.removing(" HYPERLINK \\l \"_Toc187340211\" 一、基本情况\tPAGEREF _Toc187340211 \\h 1")
        #expect(entry.text == "  一、基本情况\t 1")
        #expect(WordFieldCodes.removing("PAGE 3 of the English summary").removed.isEmpty, "a field's name alone is a word")
        #expect(!StructureBuilder.isWrappedOfficeName("涣阳县司法局", "涣阳县普法办"), "two offices, each with its place")
    }

    /// 删除 and 插入 in running text, and a bracket that is no change, stay.
    @Test func wordsOfEditingInProseStay() {
        let line = "删除的内容不再公开，[插入图片]后，在【批注本】中注明。"
        #expect(TrackedChanges.accepted(line).text == line)
        #expect(!TrackedChanges.isBalloon("批注本共印制2,000册。"))
    }
}
