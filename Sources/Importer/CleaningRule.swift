/// The named rules that take text out of a copied page. Each removal is
/// recorded, so `--dry-run` can show what went and why.
public enum CleaningRule: String, Sendable, CaseIterable, Comparable {
    case encodingDamage = "encoding-damage"
    case pinyinAnnotation = "pinyin"
    case letterSpacing = "letter-spacing"
    case htmlResidue = "html"
    case tableDebris = "table-debris"
    case siteChrome = "site-chrome"
    case pageMetadata = "page-metadata"
    case contact = "contact"
    case copyright = "copyright"
    case imageFileName = "image-file"
    case imagePlaceholder = "image-placeholder"
    case byline = "byline"
    case numberBadge = "number-badge"
    case pageFurniture = "page-furniture"
    case contents = "contents"
    case timestamps = "timestamps"
    case tableLayout = "table-layout"
    case documentHead = "document-head"
    case markdownMarkup = "markdown"
    case mailHeader = "mail"
    case trackedChanges = "tracked-changes"
    case wordFields = "word-fields"
    case phoneScreen = "phone-screen"
    case ownFrontMatter = "front-matter"
    case formBlanks = "form-blanks"

    /// What the rule removes, for the import summary.
    public var summary: String {
        switch self {
        case .encodingDamage: "text garbled by a wrong encoding (repaired)"
        case .pinyinAnnotation: "pinyin inserted after characters, e.g. 網(wǎng)"
        case .letterSpacing: "the space a PDF's text layer put between every character (法 治 宣 传 1 2 0 0 场)"
        case .htmlResidue: "left-over HTML tags, and character references such as &nbsp; (replaced by their characters)"
        case .tableDebris: "table pipes and rules (| |||, ┌──┬──┐), a page's dividers (-----) and a poster's dividers and boxes read as 丨 or 口"
        case .siteChrome: "site chrome (欢迎访问, 今天是…星期, 字号, 打印本页, 关闭窗口)"
        case .pageMetadata: "page metadata (来源, 责任编辑, 发布时间) — kept in the front matter"
        case .contact: "contact lines (电话, 地址, 邮箱)"
        case .copyright: "copyright and reprint notices, and who runs the site"
        case .imageFileName: "image file names such as 1.jpg"
        case .imagePlaceholder: "图片 standing where a copied WeChat article had a picture (kept as a paragraph break)"
        case .byline: "byline (本报记者…) — kept as the source"
        case .numberBadge: "lone section numbers drawn as badges on the page"
        case .pageFurniture: "a PDF's page numbers (— 3 —, 第3页 共6页), the header printed on each page the number before each line of a numbered page, and a slide's number (幻灯片 3) and the label over its notes (备注：)"
        case .contents: "a table of contents (目录) and its entries with their page numbers"
        case .timestamps: "the times before a video transcript's subtitles (00:00:03), each subtitle written as a sentence, and a subtitle file's cue numbers and time ranges; a recording's speaker labels (发言人1 00:03:12), its length, its file's extension (_录音.m4a) and its transcription notice"
        case .tableLayout: "a table's header line: each row is written as a sentence that names its figures by their columns"
        case .documentHead: "an official document's number (岚江工商联〔2025〕3号) and the offices it is addressed to (市委、市政府：)"
        case .mailHeader: "an e-mail's headers (发件人, 收件人, 主题, 发送时间) — the first message's kept in the front matter —, the line that opens a forwarded message, the > before quoted lines, the sender's signature under -- and the mail's confidentiality notice"
        case .trackedChanges: "Word's tracked changes and comments: deleted text ([删除的内容: …]), the [插入] mark (the inserted text stays), 带格式的 notes and reviewers' 批注"
        case .wordFields: "the codes of a Word document's fields (TOC \\o \"1-3\" \\h, HYPERLINK \\l \"_Toc123\", PAGE \\* MERGEFORMAT); what the field showed stays"
        case .formBlanks: "the underlines of a filled-in form's blanks (开展活动__36__场): what was typed on them stays"
        case .ownFrontMatter: "the front matter another site's generator wrote at the top of a Markdown file (---, title:, date:, tags:, ---) — its title, date, source and address kept"
        case .phoneScreen: "a phone screenshot's status bar (12:30 4G 85%) and the lines a screen repeats from the one before"
        case .markdownMarkup: "Markdown's marks in a text written in Markdown: # before a heading, ** and * around emphasised words, a link's brackets and address, a footnote's mark ([^1]), a rule (---), a table's | --- | line, and an HTML comment (<!-- more -->) or a site generator's tag ({% note info %}) on a line of its own"
        }
    }

    public static func < (lhs: CleaningRule, rhs: CleaningRule) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// One thing a rule took out: a whole line, or a piece of one.
public struct Removal: Sendable, Equatable {
    public var rule: CleaningRule
    /// 1-based line in the source file.
    public var line: Int
    public var text: String
    /// Whether the whole line went, rather than a piece of it.
    public var wholeLine: Bool

    public init(rule: CleaningRule, line: Int, text: String, wholeLine: Bool) {
        self.rule = rule
        self.line = line
        self.text = text
        self.wholeLine = wholeLine
    }
}

extension Array where Element == Removal {
    /// How many source lines each rule touched, in rule order.
    public var lineCountsByRule: [(rule: CleaningRule, lines: Int)] {
        var linesByRule: [CleaningRule: Set<Int>] = [:]
        for removal in self { linesByRule[removal.rule, default: []].insert(removal.line) }
        return linesByRule.keys.sorted().map { ($0, linesByRule[$0]?.count ?? 0) }
    }
}
