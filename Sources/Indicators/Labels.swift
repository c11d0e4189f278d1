/// Labels for figures no catalog entry claims: the noun phrase nearest the number,
/// e.g. 矛盾纠纷 for 共调解矛盾纠纷7979件, 执法人员 for 13121名执法人员参加了….
enum Labels {
    static let maximumLength = 12

    /// Verbs and function words that end a noun phrase. General Chinese, not report phrases.
    private static let boundaryWords: [[Unicode.Scalar]] = [
        "截至目前", "不少于", "开展", "组织", "举办", "发放", "提供", "培育", "培养", "建成", "建立", "创建",
        "办理", "完成", "接待", "接受", "制作", "录制", "推出", "发布", "编印", "编发", "聘请", "审查", "出具",
        "受理", "审结", "纠正", "上报", "配备", "招募", "邀请", "参加", "参与", "覆盖", "命名", "推荐", "公布",
        "认领", "梳理", "抽取", "召开", "通过", "征订", "开设", "开通", "录入", "划拨", "更新", "制定", "帮助",
        "安置", "解除", "接收", "排查", "化解", "实现", "积极", "履行", "制发", "审结", "惠及", "打造", "设立", "成立", "组建",
        "举行", "印发", "发动", "深入", "对接", "进行", "累计", "新增", "新建", "力争", "达到", "共有", "现有",
        "超过", "至少", "总计", "合计", "其中", "全部", "全市", "全区", "全县", "今年", "目前", "以来", "率先",
        "获得", "位居", "聚焦", "围绕", "上半年", "下半年", "全年", "去年", "讨回", "追回", "挽回",
        "达", "为", "共", "有", "是", "约", "近", "超", "逾", "已", "都", "均", "和", "与", "及", "对", "向",
        "在", "的", "了", "等", "并", "将", "让", "使", "从", "由",
    ].map { Array($0) }.sorted { $0.count > $1.count }

    /// The boundaries that end a phrase anywhere: the words of more than one
    /// character, and 的, which no noun holds (法律明白人的目标 → 法律明白人).
    private static let multiCharacterBoundaryWords = boundaryWords.filter { $0.count > 1 || $0 == ["的"] }

    /// The lists above by the scalar a word starts with (read forward) or ends
    /// with (read backward), each in the list's order, so only words that can
    /// match at a position are tried there. The words are run together and
    /// read in place: a lookup copies (and retains) no word and no list.
    private struct WordIndex {
        /// Every word, one after another.
        let scalars: [Unicode.Scalar]
        /// Where each word is in `scalars`, grouped by first scalar (by last scalar).
        let wordsByFirst: [Range<Int>]
        let wordsByLast: [Range<Int>]
        /// For a scalar, where its group is in `wordsByFirst` (`wordsByLast`).
        let byFirst: ScalarTable<Range<Int>>
        let byLast: ScalarTable<Range<Int>>
        /// The keys of both, so most positions are passed over at one bit test.
        let firsts: ScalarBits
        let lasts: ScalarBits

        init(_ words: [[Unicode.Scalar]]) {
            var start = 0
            let ranges = words.map { word in
                defer { start += word.count }
                return start..<(start + word.count)
            }
            scalars = words.flatMap { $0 }
            (wordsByFirst, byFirst) = Self.grouped(ranges, by: { words[$0][0] })
            (wordsByLast, byLast) = Self.grouped(ranges, by: { words[$0][words[$0].count - 1] })
            firsts = ScalarBits(words.map { $0[0] })
            lasts = ScalarBits(words.map { $0[$0.count - 1] })
        }

        /// The ranges in groups by `key` of their position, each group in the
        /// order given, and where each key's group is.
        private static func grouped(_ ranges: [Range<Int>], by key: (Int) -> Unicode.Scalar)
            -> ([Range<Int>], ScalarTable<Range<Int>>) {
            let groups = Dictionary(grouping: ranges.indices, by: key)
            var ordered: [Range<Int>] = []
            var table: [Unicode.Scalar: Range<Int>] = [:]
            for (scalar, positions) in groups.sorted(by: { $0.key.value < $1.key.value }) {
                table[scalar] = ordered.count..<(ordered.count + positions.count)
                ordered += positions.map { ranges[$0] }
            }
            return (ordered, ScalarTable(table))
        }

        /// The length of the first word, in the list's order, that starts at
        /// `position` (forward) or ends just before it, inside `range`.
        func wordLength(at position: Int, in text: AlignedText, within range: Range<Int>, forward: Bool) -> Int? {
            guard let next = text[forward ? position : position - 1],
                  forward ? firsts.contains(next) : lasts.contains(next),
                  let group = forward ? byFirst[next] : byLast[next] else { return nil }
            for index in group {
                let word = forward ? wordsByFirst[index] : wordsByLast[index]
                let start = forward ? position : position - word.count
                guard start >= range.lowerBound, start + word.count <= range.upperBound,
                      start >= 0, start + word.count <= text.count else { continue }
                if word.indices.allSatisfy({ text.scalars[start + $0 - word.lowerBound] == scalars[$0] }) { return word.count }
            }
            return nil
        }
    }

    private static let allBoundaries = WordIndex(boundaryWords)
    private static let multiCharacterBoundaries = WordIndex(multiCharacterBoundaryWords)

    private static let droppedCharacters = ScalarBits("“”‘’「」《》\"".unicodeScalars)

    /// The label of a figure whose clause names nothing beside it (`namedPhrase` is
    /// nil): the clause itself, cut to `maximumLength`.
    static func clauseLabel(for context: FactContext, in text: AlignedText) -> String {
        text.trimmedOriginal(context.clause, dropTrailingPunctuation: true)
            .unicodeScalars.prefix(maximumLength).reduce(into: "") { $0.unicodeScalars.append($1) }
    }

    /// The noun phrase nearest the number, on its primary side or else the other;
    /// nil when the clause names nothing beside the figure (新增15个, 3,216名).
    static func namedPhrase(for context: FactContext, in text: AlignedText) -> String? {
        let primary = phrase(in: context.primarySegment, of: text, forward: context.numberFirst)
        if !primary.isEmpty { return primary }
        let secondary = phrase(in: context.secondarySegment, of: text, forward: !context.numberFirst)
        return secondary.isEmpty ? nil : secondary
    }

    /// Walks away from the number, skipping boundary words next to it, and keeps the
    /// words up to the next boundary or punctuation. Shown in the original script.
    ///
    /// Single-character boundaries (为, 的, 对) only count next to the number: further
    /// away they are usually inside a noun (对象, 行为). A phrase shorter than two characters
    /// runs on through a boundary (流转率, 兼职人民调解员).
    private static func phrase(in range: Range<Int>, of text: AlignedText, forward: Bool) -> String {
        guard !range.isEmpty else { return "" }
        var kept: [Int] = []
        // At most `maximumLength`: sized once, not grown from one.
        kept.reserveCapacity(maximumLength)
        var position = forward ? range.lowerBound : range.upperBound
        // Read once here, not at each position (each read of a static asks whether it is made).
        let allBoundaries = allBoundaries, multiCharacterBoundaries = multiCharacterBoundaries
        let droppedCharacters = droppedCharacters
        func boundary(at position: Int, singleCharacter: Bool) -> Int? {
            (singleCharacter ? allBoundaries : multiCharacterBoundaries)
                .wordLength(at: position, in: text, within: range, forward: forward)
        }
        var nearestSkippedVerb: Range<Int>?
        // Inside parentheses a 、 lists what the noun before them covers (服务中心（站、室）): it ends nothing.
        var parenthesisDepth = 0
        while let length = boundary(at: position, singleCharacter: true) {
            let next = forward ? position + length : position - length
            if nearestSkippedVerb == nil, length > 1 { nearestSkippedVerb = forward ? position..<next : next..<position }
            position = next
        }
        while forward ? position < range.upperBound : position > range.lowerBound {
            if kept.count >= 2, boundary(at: position, singleCharacter: false) != nil { break }
            let index = forward ? position : position - 1
            let scalar = text.scalars[index]
            if scalar == "（" || scalar == "(" {
                // （线下38.1万人次: the parenthesis around the figure opens its words.
                if !forward, parenthesisDepth == 0, !kept.isEmpty { break }
                parenthesisDepth += forward ? 1 : -1
            }
            if scalar == "）" || scalar == ")" { parenthesisDepth += forward ? -1 : 1 }
            if CharacterClass.isClauseEnd(scalar) || scalar == "、" && parenthesisDepth <= 0 { break }
            if !droppedCharacters.contains(scalar), !CharacterClass.isSpace(scalar) { kept.append(index) }
            if kept.count >= maximumLength { break }
            position += forward ? 1 : -1
        }
        // 目前已审结75件: nothing but verbs; the verb nearest the noun is the best label.
        if kept.isEmpty, let verb = nearestSkippedVerb { return text.originalText(verb) }
        kept.sort()
        // The original text of each run of kept positions: of a run, it is that of its positions joined.
        var label = ""
        var runStart = 0
        for index in kept.indices where index + 1 == kept.count || kept[index + 1] != kept[index] + 1 {
            label += text.originalText(kept[runStart]..<(kept[index] + 1))
            runStart = index + 1
        }
        return removingPinyin(label)
    }

    /// Web copies of Traditional text carry pinyin glosses: 點贊數(shù) → 點贊數.
    private static func removingPinyin(_ label: String) -> String {
        guard hasOpeningParenthesis(label) else { return label }
        var result = String.UnicodeScalarView()
        let scalars = Array(label.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "(" || scalars[index] == "（",
               let close = scalars[(index + 1)...].firstIndex(where: { $0 == ")" || $0 == "）" }),
               close > index + 1,
               scalars[(index + 1)..<close].allSatisfy({ $0.value < 0x2000 && $0.properties.isAlphabetic }) {
                index = close + 1
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// Whether `text` has "(" or "（" (U+FF08, EF BC 88 in UTF-8): asked of
    /// every label, read as bytes rather than decoded into scalars.
    static func hasOpeningParenthesis(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { index in
                bytes[index] == UInt8(ascii: "(")
                    || (bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88)
            }
        }
    }
}
