/// What the text says about a figure's coverage: its level (全国/省级/市级…) and period
/// (2024年度, 上半年, 累计).
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

    private static let periodWords: [[Unicode.Scalar]] = [
        "上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度",
        "三季度", "四季度", "今年", "去年", "全年",
    ].map { Array($0) }

    /// Frequency words govern only their own clause: 每年开展集中学习2次以上,培训科级干部6875人.
    private static let clauseOnlyWords: [[Unicode.Scalar]] = ["每年", "每季度", "每月"].map { Array($0) }

    /// The first scalars of both lists: most positions start no word, and are passed over at one lookup.
    private static let periodWordStarts = ScalarBits((periodWords + clauseOnlyWords).map { $0[0] })

    /// Period words in the sentence before the figure: the last explicit year (2024年度),
    /// and half-years, quarters and relative years. Titles (《2023年工作要点》) do not count.
    static func periods(sentenceStart: Int, clauseStart: Int, numberStart: Int, in text: AlignedText,
                        masked: [Bool]) -> [String] {
        var year: String?
        var others: [String] = []
        var position = sentenceStart
        while position < numberStart {
            if masked[position] { position += 1; continue }
            if let expression = yearExpression(at: position, in: text, limit: numberStart) {
                year = expression.shown
                position += expression.length
                continue
            }
            guard let scalar = text[position], periodWordStarts.contains(scalar) else {
                position += 1
                continue
            }
            // Two lookups rather than one concatenated list, which would be a new array per position.
            let matches: ([Unicode.Scalar]) -> Bool = { text.hasPrefix($0, at: position) }
            if let word = periodWords.first(where: matches)
                ?? (position >= clauseStart ? clauseOnlyWords.first(where: matches) : nil),
               position + word.count <= numberStart {
                let shown = String(String.UnicodeScalarView(word))
                if !others.contains(shown) { others.append(shown) }
                position += word.count
                continue
            }
            position += 1
        }
        if year != nil { others.removeAll { $0 == "今年" || $0 == "去年" } }
        return (year.map { [$0] } ?? []) + others
    }

    /// 2024年 or 2024年度 (four Arabic digits, not part of a longer number).
    private static func yearExpression(at position: Int, in text: AlignedText, limit: Int)
        -> (shown: String, length: Int)? {
        // Asked at every position of a sentence: the cheap tests first, the text made last.
        guard position + 5 <= limit, text[position + 4] == "年", !CharacterClass.isDigit(text[position - 1]) else { return nil }
        var digits: [Int] = []
        for offset in 0..<4 {
            guard let digit = text[position + offset].flatMap(CharacterClass.digitValue) else { return nil }
            digits.append(digit)
        }
        let century = digits[0] * 10 + digits[1]
        guard century == 19 || century == 20 else { return nil }
        let hasDu = text[position + 5] == "度"
        return (digits.map(String.init).joined() + "年度", hasDu ? 6 : 5)
    }

    private static let cumulative: [Unicode.Scalar] = Array("累计")

    /// 累计 in the clause before the figure.
    static func isCumulative(_ context: FactContext, in text: AlignedText) -> Bool {
        var position = context.clause.lowerBound
        while position + cumulative.count <= context.numberStart {
            if text.hasPrefix(cumulative, at: position) { return true }
            position += 1
        }
        return false
    }
}
