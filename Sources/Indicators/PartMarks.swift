/// How a figure's sentence or clause marks it as a part of a whole: 其中 opening the
/// sentence or standing alone in the clause before, a breakdown by kind (从纠纷类型看，…),
/// or a figure whose clause ends in 中 and so introduces the parts after it.
extension ClauseMarks {
    /// Where a sentence's first word starts, past its spaces.
    private static func firstWordStart(of sentence: Range<Int>, in text: AlignedText) -> Int {
        var start = sentence.lowerBound
        while CharacterClass.isSpace(text[start]) { start += 1 }
        return start
    }

    /// Whether a sentence opens with 其中: it breaks down a figure of the sentence before.
    static func opensWithAPart(_ sentence: Range<Int>, of text: AlignedText) -> Bool {
        text.hasPrefix(subsetWord, at: firstWordStart(of: sentence, in: text))
    }

    /// Whether the sentence is a page's note (① 含在建2处, [2] 其中线上培训6,300人次) that
    /// breaks down the figure its mark stands after: every figure in it is a part.
    static func opensANoteOfParts(_ sentence: Range<Int>, of text: AlignedText) -> Bool {
        var start = firstWordStart(of: sentence, in: text)
        guard let first = text[start] else { return false }
        if (0x2460...0x2473).contains(first.value) {
            start += 1
        } else if first == "[" || first == "［" {
            start += 1
            while let digit = text[start], ("0"..."9").contains(digit) { start += 1 }
            guard let close = text[start], close == "]" || close == "］" else { return false }
            start += 1
        } else {
            return false
        }
        while CharacterClass.isSpace(text[start]) { start += 1 }
        return text.hasPrefix(subsetWord, at: start) || text[start] == "含"
    }

    /// Whether the sentence opens with 其中 and a colon (其中：刑事法律援助：本季度412件, a
    /// table's sub-row written out): every figure in it is a part.
    static func opensWithALabelledPart(_ sentence: Range<Int>, of text: AlignedText) -> Bool {
        let start = firstWordStart(of: sentence, in: text)
        guard text.hasPrefix(subsetWord, at: start), let colon = text[start + subsetWord.count] else { return false }
        return colon == "：" || colon == ":"
    }

    /// Whether the clause before the figure's, in its sentence, is 其中 alone
    /// (…组织1,486个。其中，村（居）人民调解委员会1,302个): the figure is a part, as
    /// with 其中 in its own clause.
    static func followsALonePartWord(_ clause: Range<Int>, in sentence: Range<Int>, of text: AlignedText) -> Bool {
        var end = clause.lowerBound - 1
        guard end > sentence.lowerBound, CharacterClass.isClauseEnd(text[end]) else { return false }
        while end > sentence.lowerBound, CharacterClass.isSpace(text[end - 1]) { end -= 1 }
        var start = end - subsetWord.count
        guard start >= sentence.lowerBound, text.hasPrefix(subsetWord, at: start) else { return false }
        while start > sentence.lowerBound, CharacterClass.isSpace(text[start - 1]) { start -= 1 }
        return start == sentence.lowerBound || CharacterClass.isClauseEnd(text[start - 1])
    }

    /// Whether a sentence breaks a thing down by kind from its start: 从纠纷类型看，…,
    /// 按调解组织类别分：…, 按纠纷类别统计：…. 从 or 按, a few words (a parenthesis among them
    /// not counted), then 看, or 分 or 统计, and the clause's end; or 按, its words and a colon.
    static func opensWithABreakdown(_ sentence: Range<Int>, of text: AlignedText) -> Bool {
        let start = firstWordStart(of: sentence, in: text)
        guard let first = text[start], first == "从" || first == "按" else { return false }
        var position = start + 2
        var counted = 2
        var depth = 0
        while counted <= breakdownReach, position + 1 < sentence.upperBound {
            let scalar = text.scalars[position]
            if scalar == "（" || scalar == "(" { depth += 1 }
            if depth == 0 {
                let closes = first == "从" ? scalar == "看" : scalar == "分" || scalar == "计"
                if closes, CharacterClass.isClauseEnd(text[position + 1]) { return true }
                if first == "按", scalar == "：" || scalar == ":" { return true }
                counted += 1
            }
            if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) }
            position += 1
        }
        return false
    }

    /// How far 看 or 分 may be from 从 or 按: 从各区县受理纠纷的类型看 has ten characters between.
    private static let breakdownReach = 14

    /// Whether the figure's clause ends, after it, in 中 (among): 全省调解的38.4万件矛盾纠纷中，
    /// 全省412个法治宣传教育基地中: the figures after it in the sentence are its parts.
    static func introducesItsParts(_ context: FactContext, in text: AlignedText) -> Bool {
        guard context.after.upperBound == context.clause.upperBound else { return false }
        var end = context.after.upperBound
        while end > context.after.lowerBound, let last = text[end - 1],
              CharacterClass.isSpace(last) || CharacterClass.isClauseEnd(last) { end -= 1 }
        guard end > context.after.lowerBound, let last = text[end - 1] else { return false }
        return last == "中" && end - 1 > context.after.lowerBound || text.hasSuffix(insideWord, before: end)
    }

    private static let insideWord: [Unicode.Scalar] = Array("里面".unicodeScalars)
}
