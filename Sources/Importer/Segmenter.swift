/// A piece of report text between structural breaks: a paragraph, a heading,
/// a caption, or part of one, with where it came from.
struct Segment: Sendable, Equatable {
    var text: String
    /// 1-based line in the source file.
    var line: Int
    /// First segment of its line.
    var startsLine: Bool
    /// The line held nothing but this segment.
    var isWholeLine: Bool
    /// A blank line came before this segment's line.
    var followsBlankLine: Bool
    /// The line came right after a picture's file name, so it may be its caption.
    var followsImage: Bool
    /// A row of a table: text, never a headline or heading.
    var isTableRow = false
    /// The page marked the line as its headline: the title, whole.
    var isHeadline = false
}

/// Splits run-on text at the report's own structure. Pages copied as one
/// long line keep their paragraph breaks only as spaces after a sentence,
/// before a numbered item, or around a headline.
enum Segmenter {
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";", "：", ":", "…"]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", ")", "）", "】", "》", "\""]
    static let chineseNumerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// The segments of one line, in order. Each token is split at the numbered
    /// items in it first, so that a heading an item opens with stands apart from
    /// the text after it: `…人次。（一）青少年普法 走进学校…`.
    static func segments(of line: String) -> [String] {
        let tokens = line.split(separator: " ").flatMap { splitAtEnumerations(String($0)) }
        guard !tokens.isEmpty else { return [] }
        var pieces: [String] = [tokens[0]]
        for token in tokens.dropFirst() {
            let previous = pieces[pieces.count - 1]
            if isStructuralBreak(between: previous, and: token) {
                pieces.append(token)
            } else {
                pieces[pieces.count - 1] = previous + " " + token
            }
        }
        return pieces
    }

    /// Whether the space between two tokens was a paragraph or heading break.
    static func isStructuralBreak(between left: String, and right: String) -> Bool {
        if endsSentence(left) { return true }
        // 襄江融媒讯（记者 周晓岚 通讯员 胡明杰）: a byline's spaces inside its parenthesis.
        if opensAParenthesis(left) { return false }
        // 开展 530 场次 法治讲座: spaces set a figure apart inside its sentence.
        if left.wholeMatch(of: spacedFigureAtTheEnd) != nil { return false }
        // `第一部分 基本情况`, `一、 基本情况`: a number alone, and its heading after the space.
        if let numbering = Numbering.marker(at: left), numbering.length == left.unicodeScalars.count { return false }
        if Numbering.marker(at: right) != nil { return true }
        // 全年开展法治宣传活动 4612 场次, 近 200 场: a text that sets its figures apart by spaces
        // has its sentence go on at a bare number, whose unit follows the next space.
        if isBareNumber(right) { return false }
        // 县级普法讲师团成员增至 四十八名，全年…: a sentence goes on with its figure, which no
        // heading's text after it starts with (a year does: …总结 2024年，全县…).
        if right.prefixMatch(of: figureGoingOn) != nil { return false }
        // A headline between sentences: `…基石。 实施“五大工程” 全面提升… 兰州市坚持…`.
        // Latin words keep their spaces: only a break between Chinese pieces counts.
        let leftIsChinese = left.unicodeScalars.last.map { $0.isHan || closers.contains($0) } ?? false
        guard leftIsChinese, let rightStart = right.unicodeScalars.first else { return false }
        // 法治宣传活动 1,286场, 全网播放量 逾860万次: a label and its figure are one line of statistics.
        let rightIsChinese = (rightStart.isHan || rightStart == "“" || rightStart == "《") && !HeadingShape.isLoneFigure(right)
        let rightIsNumber = ("0"..."9").contains(rightStart) && !HeadingShape.isFigure(right)
        if (rightIsChinese || rightIsNumber), HeadingShape.isHeadingLike(left) { return true }
        return rightIsChinese && HeadingShape.isHeadingLike(right)
    }

    /// A figure and its unit that a sentence goes on after (四十八名，, 1,862人次，): not a year or a date.
    private static var figureGoingOn: Regex<Substring> {
        #/[0-9０-９一二三四五六七八九十百千两][0-9０-９,，.．一二三四五六七八九十百千万两]*[余多]?[万亿]?[^\s0-9年月日号，。；、：:（(]{1,3}[，；、]/#
    }

    /// Whether an opening parenthesis among the last characters of `text` is still open.
    private static func opensAParenthesis(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed().prefix(maximumParentheticalLength) {
            if scalar == "）" || scalar == ")" { return false }
            if scalar == "（" || scalar == "(" { return true }
        }
        return false
    }

    /// How far back a parenthesis may have opened: a byline's, not a stray one far before.
    private static let maximumParentheticalLength = 40

    /// Text ending in a figure set apart by a space from its unit (…530 场次).
    /// Digits alone, perhaps with their separators and decimals (4612, 1,286, 96.5).
    private static func isBareNumber(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return token.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
    }

    private static var spacedFigureAtTheEnd: Regex<Substring> { #/.*[0-9０-９] \p{Script=Han}{1,2}/# }

    /// Ends in 。！？；: perhaps followed by a closing quote or bracket, or by the
    /// pictographs a WeChat article puts after its sentences (我们一起同行！💪).
    static func endsSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, closers.contains(last) || isPictograph(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last, sentenceEnds.contains(last) else { return false }
        // ASCII ?!;: end a sentence only after Chinese text, not inside Latin text.
        guard last.isASCII else { return true }
        let before = scalars.dropLast().last
        return before.map { !$0.isASCII } ?? false
    }

    /// An emoji (🔥, 👇, 💪, ✅) or what joins and styles one: never part of the text's words.
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE0F, 0x200D, 0x1F000...0x1FAFF: true
        case 0x2600...0x27BF, 0x2B00...0x2BFF: scalar.properties.isEmoji
        default: false
        }
    }

    /// Splits before 一是/二是… and numbered items that follow a sentence end:
    /// `…“五大工程”。一是实施…。二是实施…` → one paragraph per item. Items
    /// that end in ； are clauses of one sentence (…以下工作：一是力争…；二是
    /// 新创建…；) and stay together: what the sentence's head says (力争) is
    /// said of all of them.
    static func splitAtEnumerations(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var start = 0
        var index = 1
        while index < scalars.count {
            if sentenceEndsBefore(scalars, index), startsEnumeratedItem(scalars, at: index) {
                pieces.append(String(String.UnicodeScalarView(scalars[start..<index])))
                start = index
            }
            index += 1
        }
        pieces.append(String(String.UnicodeScalarView(scalars[start...])))
        return pieces.filter { !$0.isEmpty }
    }

    private static func sentenceEndsBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var previous = index - 1
        while previous > 0, closers.contains(scalars[previous]), scalars[previous] != ")", scalars[previous] != "）" {
            previous -= 1
        }
        let scalar = scalars[previous]
        return scalar == "。" || scalar == "！" || scalar == "？"
    }

    /// 一是 … 十是, or a numbered marker such as 二、 (二) 2、.
    private static func startsEnumeratedItem(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var end = index
        while end < scalars.count, end - index < 2, chineseNumerals.contains(scalars[end]) { end += 1 }
        if end > index, end < scalars.count, scalars[end] == "是" { return true }
        let rest = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 8)]))
        return Numbering.marker(at: rest) != nil
    }
}

/// Outline numbering used in Chinese reports: 一、 (一) （一） 1、 1. 第一,
enum Numbering {
    enum Level: Int, Sendable { case chapter = 2, section = 3 }

    /// The numbering that starts `text`, with the outline level it implies.
    static func marker(at text: String) -> (length: Int, level: Level)? {
        let scalars = Array(text.unicodeScalars.prefix(8))
        var index = 0
        if scalars.first == "(" || scalars.first == "（" {
            index = 1
            let digitsStart = index
            while index < scalars.count, Segmenter.chineseNumerals.contains(scalars[index]) { index += 1 }
            guard index > digitsStart, index - digitsStart <= 3, index < scalars.count,
                  scalars[index] == ")" || scalars[index] == "）" else { return nil }
            return (index + 1, .section)
        }
        while index < scalars.count, Segmenter.chineseNumerals.contains(scalars[index]) { index += 1 }
        if index > 0, index <= 3, index < scalars.count, scalars[index] == "、" {
            return (index + 1, .chapter)
        }
        // 第一部分, 第二章, 第三篇: a part of a long report.
        if scalars.first == "第" {
            index = 1
            while index < scalars.count, Segmenter.chineseNumerals.contains(scalars[index]) { index += 1 }
            let rest = String(String.UnicodeScalarView(scalars[index...]))
            if index > 1, index <= 4, let part = ["部分", "章", "篇"].first(where: rest.hasPrefix) {
                return (index + part.count, .chapter)
            }
        }
        index = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        if index > 0, index <= 2, index + 1 < scalars.count,
           scalars[index] == "、" || scalars[index] == "．" || (scalars[index] == "." && scalars[index + 1].isHan) {
            return (index + 1, .section)
        }
        return nil
    }
}
