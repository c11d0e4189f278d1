/// Which sections of a report speak of work to come. Under a heading such as
/// 重点任务, 工作要点 or 下一步工作打算, every figure is a target however its
/// sentence is worded (全年开展宪法主题宣传活动不少于120场); under one such as
/// 2025年工作回顾 or 主要工作及成效, no figure is a target by its section. Other
/// headings ((一)加强组织领导) keep the reading of the section they stand in.
/// The report's title is the outermost heading: a plan's own title
/// (…2026年普法依法治理工作要点) makes all of it a plan but its reviews.
public struct PlanSections: Sendable {
    /// The headings the text is under, outermost first, and whether each opens a plan.
    private var open: [(level: Int, isPlan: Bool)] = []

    public init(title: String? = nil) {
        if let title { enter(heading: title, level: 0) }
    }

    /// Whether the text after the last heading entered is a plan.
    public var isInPlan: Bool { open.last?.isPlan ?? false }

    /// The last heading entered below the title: the one the text after it stands under,
    /// which may name the thing of its lines of statistics (`HeadingLabel`).
    public private(set) var lastHeading: String?

    public mutating func enter(heading: String, level: Int) {
        while let last = open.last, last.level >= level { open.removeLast() }
        open.append((level, Self.opensPlan(heading) ?? isInPlan))
        if level > 0 { lastHeading = heading }
    }

    /// A paragraph that opens an appendix (附表：2024年主要数据, 附件1：…) ends the
    /// sections before it, as a heading at the top would: an appendix of figures after
    /// 六、存在的问题和下一步工作 states what was done, not what is planned.
    /// Asked of every paragraph of every report: the first scalar settles nearly all.
    public mutating func enter(paragraph: String) {
        guard paragraph.unicodeScalars.first == "附", Self.opensAppendix(paragraph) else { return }
        enter(heading: paragraph, level: 1)
    }

    /// 附表 or 附件, their number, then a colon or a space, or 附 and a colon (附：2024年主要数据统计),
    /// in a paragraph short enough to be a title.
    private static func opensAppendix(_ paragraph: String) -> Bool {
        let scalars = Array(paragraph.unicodeScalars.prefix(longestAppendixTitle + 1))
        guard scalars.count <= longestAppendixTitle, scalars.count > 2, scalars[0] == "附" else { return false }
        if scalars[1] == "：" || scalars[1] == ":" { return true }
        guard scalars[1] == "表" || scalars[1] == "件" else { return false }
        var position = 2
        while position < scalars.count, appendixNumbers.contains(scalars[position]) { position += 1 }
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\u{3000}" { position += 1 }
        guard position < scalars.count else { return false }
        return scalars[position] == "：" || scalars[position] == ":" || position > 2 && scalars[position - 1].properties.isWhitespace
    }

    private static let longestAppendixTitle = 60
    private static let appendixNumbers = Set("0123456789一二三四五六七八九十".unicodeScalars)

    /// True for a heading that names work to come, false for one that names
    /// work done or how it went, nil for one that names neither. Read as
    /// scalars: asked of every heading of every report, where String's
    /// `contains` costs a search with Unicode folding per word.
    static func opensPlan(_ heading: String) -> Bool? {
        let scalars = Array(heading.unicodeScalars)
        var namesPlan = false
        for start in scalars.indices where wordStarts.contains(scalars[start]) {
            for word in words where word.scalars[0] == scalars[start]
                && scalars[start...].starts(with: word.scalars) {
                if !word.isPlan { return false }
                namesPlan = true
            }
        }
        return namesPlan ? true : nil
    }

    /// Not 保障措施: a year-end report's 三、保障措施 says how the work was funded and led
    /// (区财政安排…专项经费18.5万元), and under a plan's heading it keeps the plan's reading.
    private static let planWords = [
        "重点任务", "主要任务", "目标任务", "工作要点", "工作计划", "工作打算", "工作安排", "工作思路", "工作设想",
        "下一步", "下步", "今后", "明年", "主要目标", "工作目标", "努力方向", "实施方案", "主要安排",
        // A meeting's minutes: what it decided is to be done (二、会议议定事项).
        "议定事项",
    ]

    /// 关于2025年普法工作情况和2026年工作打算的报告: a report on what was done, with its plans in a section of their own.
    private static let doneWords = [
        "回顾", "成效", "成绩", "做法", "亮点", "经验", "情况", "总结", "报告", "综述", "成果",
    ]

    private static let words: [(scalars: [Unicode.Scalar], isPlan: Bool)] =
        planWords.map { (Array($0.unicodeScalars), true) } + doneWords.map { (Array($0.unicodeScalars), false) }

    private static let wordStarts = ScalarBits(words.map { $0.scalars[0] })
}
