/// What the text says about a figure's coverage: its level (全国/省级/市级…). Its periods
/// (2024年度, 上半年) are read by `SentencePeriods`, the other words of its clause
/// (累计, 新增, 力争, 每个) by `ClauseMarks`.
enum ScopeReader {
    private struct LevelWord: Sendable {
        var written: [Unicode.Scalar]
        var shown: String
        var level: AdministrativeLevel
        /// 全省 names the area counted over before the level of what is counted: it is
        /// the figure's level only when no other level word is (全省有全国民主法治示范村97个).
        var isAreaWide: Bool

        init(_ written: String, _ shown: String, _ level: AdministrativeLevel, isAreaWide: Bool = false) {
            self.written = Array(written)
            self.shown = shown
            self.level = level
            self.isAreaWide = isAreaWide
        }
    }

    /// Longest first where one contains another (自治区级 before 区级).
    private static let levelWords: [LevelWord] = [
        LevelWord("自治区级", "自治区级", .provincial), LevelWord("国家级", "全国", .national),
        LevelWord("全国级", "全国", .national), LevelWord("全国", "全国", .national), LevelWord("全省", "省级", .provincial, isAreaWide: true),
        LevelWord("省级", "省级", .provincial), LevelWord("自治区", "自治区级", .provincial),
        LevelWord("地市级", "市级", .city), LevelWord("地区级", "市级", .city), LevelWord("市级", "市级", .city),
        LevelWord("州级", "市级", .city), LevelWord("盟级", "市级", .city),
        LevelWord("区级", "区级", .county), LevelWord("县级", "县级", .county),
        LevelWord("乡镇级", "乡镇级", .township), LevelWord("街道级", "街道级", .township),
        LevelWord("镇级", "镇级", .township), LevelWord("乡级", "乡级", .township),
    ]

    /// The first scalars of the level words: most positions start none.
    private static let levelWordStarts = ScalarBits(levelWords.map { $0.written[0] })

    /// Level words in a range, left to right, longest first at each position.
    /// A level and those above it (市级以上, 省级及以上) is no single level: nil.
    /// 全省 counts only when it is the one level word.
    static func levels(in range: Range<Int>, of text: AlignedText) -> [(shown: String, level: AdministrativeLevel?)] {
        var found: [(String, AdministrativeLevel?)] = []
        var areaWide: (String, AdministrativeLevel?)?
        let levelWordStarts = levelWordStarts, levelWords = levelWords  // read once, not at every position
        var position = range.lowerBound
        while position < range.upperBound {
            if levelWordStarts.contains(text.scalars[position]), let word = levelWords.first(where: {
                position + $0.written.count <= range.upperBound && text.hasPrefix($0.written, at: position)
            }) {
                position += word.written.count
                if let above = Self.andAbove.first(where: { position + $0.count <= range.upperBound && text.hasPrefix($0, at: position) }) {
                    position += above.count
                    let shown = word.shown + "以上"
                    if !found.contains(where: { $0.0 == shown }) { found.append((shown, nil)) }
                } else if word.isAreaWide {
                    areaWide = areaWide ?? (word.shown, word.level)
                } else if !found.contains(where: { $0.0 == word.shown }) {
                    found.append((word.shown, word.level))
                }
            } else {
                position += 1
            }
        }
        if found.isEmpty, let areaWide { found.append(areaWide) }
        return found
    }

    /// The length of the level word at `position`, if one starts there.
    static func levelWordLength(at position: Int, of text: AlignedText) -> Int? {
        guard levelWordStarts.contains(text.scalars[position]) else { return nil }
        return levelWords.first { text.hasPrefix($0.written, at: position) }?.written.count
    }

    private static let andAbove: [[Unicode.Scalar]] = ["以上", "及以上"].map { Array($0.unicodeScalars) }

    /// Whether the figure's clause is a level word and the figure, and nothing
    /// else (…示范村4个，市级12个): it names no thing of its own.
    private static let partWord: [Unicode.Scalar] = Array("其中".unicodeScalars)

    static func namesOnlyALevel(_ context: FactContext, in text: AlignedText) -> Bool {
        guard let words = onlyWords(of: context, in: text) else { return false }
        var first = words.lowerBound
        // 其中全国级2个: a part, at a level, of the thing named before.
        if text.hasPrefix(partWord, at: first) { first += partWord.count }
        return levelWords.contains { $0.written.count == words.upperBound - first && text.hasPrefix($0.written, at: first) }
    }

    /// Whether the figure's clause is a place's name and the figure, and nothing
    /// else (…公园4个，沙河镇3个，柳塘乡2座): that place's count of the thing named before.
    static func namesOnlyAPlace(_ context: FactContext, in text: AlignedText) -> Bool {
        guard let words = onlyWords(of: context, in: text), (2...placeNameLength).contains(words.count),
              words.allSatisfy({ CharacterClass.isIdeograph(text.scalars[$0]) }) else { return false }
        return placeEnds.contains { text.hasSuffix($0, before: words.upperBound) && $0.count < words.count }
    }

    /// Whether the figure's clause is a year and the figure, and at most a verb of the
    /// level it reached (…培训“法律明白人”1200名，2021年1500名，2022年为1860名,
    /// 2024年达到5,130场次): that year's count of the thing named before.
    static func namesOnlyAYear(_ context: FactContext, in text: AlignedText) -> Bool {
        guard let words = onlyWords(of: context, in: text), words.count >= yearDigits + 1 else { return false }
        let digitsEnd = words.lowerBound + yearDigits
        guard (words.lowerBound..<digitsEnd).allSatisfy({ CharacterClass.isDigit(text.scalars[$0]) }),
              text.scalars[digitsEnd] == "年" else { return false }
        var rest = digitsEnd + 1
        if rest < words.upperBound, text.scalars[rest] == "度" { rest += 1 }
        return rest == words.upperBound || levelVerbs.contains { $0.count == words.upperBound - rest && text.hasPrefix($0, at: rest) }
    }

    private static let yearDigits = 4
    private static let levelVerbs: [[Unicode.Scalar]] = ["为", "是", "达", "达到", "增至", "增加到", "升至", "回升至", "上升到", "提高到", "突破"]
        .map { Array($0.unicodeScalars) }

    private static let placeNameLength = 6
    private static let placeEnds: [[Unicode.Scalar]] = ["镇", "乡", "村", "街道", "社区", "县", "区", "市", "旗"]
        .map { Array($0.unicodeScalars) }

    /// The words of a clause that holds nothing else but the figure (up to the
    /// next item of a 、 list: 全国级2个、省级11个), without the 、 that starts
    /// a list's item; nil if anything follows the figure or the words are not one run.
    private static func onlyWords(of context: FactContext, in text: AlignedText) -> Range<Int>? {
        let after = context.after.prefix { text.scalars[$0] != "、" }
        guard !context.numberFirst, context.before.lowerBound == context.clause.lowerBound || context.continuesList,
              !after.contains(where: { !CharacterClass.isSpace(text.scalars[$0]) && !CharacterClass.isClauseEnd(text.scalars[$0]) })
        else { return nil }
        var words = context.before.filter { !CharacterClass.isSpace(text.scalars[$0]) }
        if context.continuesList { words.removeFirst() }  // the 、 before the item
        guard let first = words.first, let last = words.last, last - first + 1 == words.count else { return nil }
        return first..<(last + 1)
    }

    /// The level words that belong to one figure: those in its own words, else (for the
    /// next item of a 、 list) the ones of the item before.
    static func levels(for context: FactContext, in text: AlignedText,
                       previous: [(shown: String, level: AdministrativeLevel?)])
        -> [(shown: String, level: AdministrativeLevel?)] {
        // In 2个国家级、16个省级… the level right after the unit is this figure's own.
        let ownAfter = context.numberFirst ? levels(in: context.after, of: text) : []
        if !ownAfter.isEmpty { return ownAfter }
        let ownBefore = levels(in: context.before, of: text)
        if !ownBefore.isEmpty { return ownBefore }
        return context.continuesList ? previous : []
    }
}
