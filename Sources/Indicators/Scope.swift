/// What the text says about a figure's coverage: its level (全国/省级/市级…), whether it
/// is cumulative (累计), a target (力争…) or a figure per unit (每个村…). Its periods
/// (2024年度, 上半年) are read by `SentencePeriods`.
enum ScopeReader {
    private struct LevelWord: Sendable {
        var written: [Unicode.Scalar]
        var shown: String
        var level: AdministrativeLevel

        init(_ written: String, _ shown: String, _ level: AdministrativeLevel) {
            self.written = Array(written)
            self.shown = shown
            self.level = level
        }
    }

    /// Longest first where one contains another (自治区级 before 区级).
    private static let levelWords: [LevelWord] = [
        LevelWord("自治区级", "自治区级", .provincial), LevelWord("国家级", "全国", .national),
        LevelWord("全国", "全国", .national), LevelWord("全省", "省级", .provincial),
        LevelWord("省级", "省级", .provincial), LevelWord("自治区", "自治区级", .provincial),
        LevelWord("地市级", "市级", .city), LevelWord("市级", "市级", .city),
        LevelWord("区级", "区级", .county), LevelWord("县级", "县级", .county),
        LevelWord("乡镇级", "乡镇级", .township), LevelWord("街道级", "街道级", .township),
        LevelWord("镇级", "镇级", .township), LevelWord("乡级", "乡级", .township),
    ]

    /// The first scalars of the level words: most positions start none.
    private static let levelWordStarts = ScalarBits(levelWords.map { $0.written[0] })

    /// Level words in a range, left to right, longest first at each position.
    static func levels(in range: Range<Int>, of text: AlignedText) -> [(shown: String, level: AdministrativeLevel)] {
        var found: [(String, AdministrativeLevel)] = []
        let levelWordStarts = levelWordStarts, levelWords = levelWords  // read once, not at every position
        var position = range.lowerBound
        while position < range.upperBound {
            if levelWordStarts.contains(text.scalars[position]), let word = levelWords.first(where: {
                position + $0.written.count <= range.upperBound && text.hasPrefix($0.written, at: position)
            }) {
                if !found.contains(where: { $0.0 == word.shown }) { found.append((word.shown, word.level)) }
                position += word.written.count
            } else {
                position += 1
            }
        }
        return found
    }

    /// The level words that belong to one figure: those in its own words, else (for the
    /// next item of a 、 list) the ones of the item before.
    static func levels(for context: FactContext, in text: AlignedText,
                       previous: [(shown: String, level: AdministrativeLevel)])
        -> [(shown: String, level: AdministrativeLevel)] {
        // In 2个国家级、16个省级… the level right after the unit is this figure's own.
        let ownAfter = context.numberFirst ? levels(in: context.after, of: text) : []
        if !ownAfter.isEmpty { return ownAfter }
        let ownBefore = levels(in: context.before, of: text)
        if !ownBefore.isEmpty { return ownBefore }
        return context.continuesList ? previous : []
    }

    private static let cumulative: [[Unicode.Scalar]] = [Array("累计")]

    /// 累计 in the clause before the figure.
    static func isCumulative(_ context: FactContext, in text: AlignedText) -> Bool {
        clauseBeforeFigure(of: context, in: text, contains: cumulative)
    }

    private static let added: [[Unicode.Scalar]] = [Array("新增")]

    /// 新增 in the clause before the figure: what was added in the period, not the total.
    static func isAdded(_ context: FactContext, in text: AlignedText) -> Bool {
        clauseBeforeFigure(of: context, in: text, contains: added)
    }

    /// Words that make the figure after them a goal, not a result: 力争培养
    /// “法律明白人”5000名以上. Only words that say so in any report: 争取
    /// also means won (争取资金50万元), 计划 and 目标 are also nouns
    /// (学法计划, 目标任务), and 累计划拨 holds 计划.
    private static let targetWords: [[Unicode.Scalar]] = ["力争", "目标是", "目标为"].map(Array.init)

    /// A goal word in the clause before the figure.
    static func isTarget(_ context: FactContext, in text: AlignedText) -> Bool {
        clauseBeforeFigure(of: context, in: text, contains: targetWords)
    }

    /// 每 before a period word (每年, 每季度) makes a period, and 每逢 means whenever.
    private static let notPerUnit = ScalarBits("年月季周天日逢学半".unicodeScalars)
    private static let perCapita: [Unicode.Scalar] = Array("人均")

    /// The words that make the figure a number per unit, not the region's total
    /// (每个村（社区）配备“法律明白人”不少于5名 → 每个; 人均学法20学时 → 人均):
    /// 每 and the character after it, or 人均, in the clause before the figure,
    /// outside quotes and titles (“每村一品”), or nil.
    static func perUnitWord(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> String? {
        var position = context.clause.lowerBound
        while position + 1 < context.numberStart {
            if !masked[position] {
                let scalar = text.scalars[position], next = text.scalars[position + 1]
                if scalar == "每" && !notPerUnit.contains(next) && CharacterClass.isIdeograph(next) {
                    return text.originalText(position..<(position + 2))
                }
                if text.hasPrefix(perCapita, at: position) { return text.originalText(position..<(position + 2)) }
            }
            position += 1
        }
        return nil
    }

    private static func clauseBeforeFigure(of context: FactContext, in text: AlignedText, contains words: [[Unicode.Scalar]]) -> Bool {
        var position = context.clause.lowerBound
        while position < context.numberStart {
            for word in words where position + word.count <= context.numberStart && text.hasPrefix(word, at: position) {
                return true
            }
            position += 1
        }
        return false
    }
}
