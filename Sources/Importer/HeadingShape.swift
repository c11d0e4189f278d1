/// The shape of a line that is a title or heading rather than running text:
/// short, Chinese, and without the punctuation of a sentence.
enum HeadingShape {
    /// Punctuation that a sentence has and a headline does not.
    static let sentencePunctuation: Set<Unicode.Scalar> = [
        "。", "，", "；", "！", "？", "：", ",", ";", "!", "?", ":",
    ]

    /// Four characters at least (`统筹谋划`): a shorter piece such as a bare
    /// place name followed by a space is more likely part of a sentence.
    static let minimumHeadingHan = 4
    static let maximumHeadingLength = 30
    static let maximumNumberedHeadingLength = 50
    static let maximumTitleLength = 100

    /// A section heading between paragraphs: `实施“五大工程”`, `统筹谋划`,
    /// or a numbered `一、强化普法工作的使命担当` (which may hold commas).
    static func isHeadingLike(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        // 前　言: asked only of a line as short as such a part, not built as a String for every line.
        if scalars.count <= 3, twoCharacterParts.contains(String(String.UnicodeScalarView(scalars.filter { $0 != " " }))) {
            return true
        }
        guard hanCount(scalars) >= minimumHeadingHan, !isDateOnly(text), !Captions.isCaption(text) else { return false }
        if let numbering = Numbering.marker(at: text) {
            guard scalars.count - numbering.length >= 2, scalars.count <= maximumNumberedHeadingLength else { return false }
            return !Segmenter.endsSentence(text) && !scalars.contains("。")
        }
        guard text.count <= maximumHeadingLength, !holdsAFigure(scalars) else { return false }
        return !scalars.contains(where: sentencePunctuation.contains) && !endsWithListPunctuation(scalars)
    }

    /// 前　言, 结　语: the parts of a long document that are named in two characters,
    /// often set apart by a space.
    private static let twoCharacterParts: Set<String> = ["前言", "引言", "序言", "结语", "后记", "附录", "概述"]

    /// 法治长廊　57条, 调解成功率98.6%: a line of statistics, a label and its
    /// figure, which is text, not a heading. A date (2024年工作回顾), an
    /// ordinal (第3批) or a number before a space (01 精准普法) is no figure.
    private static func holdsAFigure(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, isDigit(scalars[index]) || ",，.．".unicodeScalars.contains(scalars[index]) { index += 1 }
            // 01 精准普法, ▶ 01 普法宣传: a number that opens the line (after its bullet) before a
            // space numbers it.
            if index < scalars.count, scalars[index] == " ",
               scalars[..<start].allSatisfy({ ListItems.bullets.contains($0) || $0 == " " }) { continue }
            while index < scalars.count, scalars[index] == " " { index += 1 }
            let isOrdinal = start > 0 && scalars[start - 1] == "第"
            if index < scalars.count, !isOrdinal, isUnit(scalars[index]) { return true }
        }
        return false
    }

    /// What may follow a figure's digits: a Han unit or a percent sign, not a date's 年月日.
    private static func isUnit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.isHan || scalar == "%" || scalar == "％") && !"年月日号时".unicodeScalars.contains(scalar)
    }

    /// 1,286场（其中线上412场）, ２０８名, 99.2%: a figure with its unit, and
    /// perhaps a note, that ends no sentence: the value of a label before it.
    /// Not a date (2024年), which begins a sentence or a heading's text.
    static func isFigure(_ piece: String) -> Bool {
        let scalars = Array(piece.unicodeScalars)
        guard scalars.count <= maximumFigureLength, let first = scalars.first, isDigit(first),
              !Segmenter.endsSentence(piece) else { return false }
        var index = 0
        while index < scalars.count, isDigit(scalars[index]) || ",，.．".unicodeScalars.contains(scalars[index]) { index += 1 }
        return index < scalars.count && isUnit(scalars[index]) && !isHotline(scalars[..<index], before: scalars[index])
    }

    /// 12348热线接听, 12345政务服务: a public service's number (they all begin 123) and its name, no figure.
    private static func isHotline(_ digits: ArraySlice<Unicode.Scalar>, before next: Unicode.Scalar) -> Bool {
        digits.count == 5 && digits.starts(with: "123".unicodeScalars) && "热公服平专".unicodeScalars.contains(next)
    }

    /// A figure alone, as a slide sets it on a line of its own (1,460场, 4,300余人次,
    /// 128.6万元, 逾860万次): no clause after it, as a PDF's wrapped line has (58部，累计播放…).
    static func isLoneFigure(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.drop { approximations.contains($0) })
        guard scalars.count <= maximumLoneFigureLength, scalars.count + 1 >= line.unicodeScalars.count,
              isFigure(String(String.UnicodeScalarView(scalars))) else { return false }
        // A comma between digits groups them (1,460场); anywhere else it ends a clause.
        return !scalars.indices.contains { index in
            let scalar = scalars[index]
            let groupsDigits = (scalar == "," || scalar == "，") && index > 0 && index + 1 < scalars.count
                && isDigit(scalars[index - 1]) && isDigit(scalars[index + 1])
            return (sentencePunctuation.contains(scalar) || scalar == "、") && !groupsDigits
        }
    }

    private static let maximumLoneFigureLength = 12

    /// The word a figure about its size may open with: 逾860万次, 近两百件, 约3000人.
    private static let approximations: Set<Unicode.Scalar> = ["逾", "超", "近", "约"]

    /// A figure and its note (3,216名（其中专职183名）) are shorter than this.
    private static let maximumFigureLength = 40

    /// An Arabic digit, half or full width.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// Whether the text holds a digit; a Han numeral (一, 七) is a word's part as often as a figure.
    static func holdsDigits<Text: StringProtocol>(_ text: Text) -> Bool {
        text.unicodeScalars.contains(where: isDigit)
    }

    /// A report's headline: like a heading, but it may be long (official
    /// report titles run to 70 characters) and is never numbered. A news
    /// headline may lead with its place and a colon (`嘉峪关市：以…推动…`).
    static func isTitleLike(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        guard hanCount(scalars) >= 4, text.count <= maximumTitleLength, Numbering.marker(at: text) == nil,
              !isDateOnly(text), !Captions.isCaption(text) else { return false }
        if let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), colon <= maximumLeadBeforeColon,
           hanCount(Array(scalars[..<colon])) >= 2, hanCount(Array(scalars[(colon + 1)...])) >= minimumHeadingHan {
            scalars.removeSubrange(...colon)
        }
        return !scalars.contains(where: sentencePunctuation.contains) && !endsWithListPunctuation(scalars)
    }

    /// The text without the emoji at its ends (🔥年终盘点…👇).
    static func withoutEdgePictographs(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, Segmenter.isPictograph(first) || first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, Segmenter.isPictograph(last) || last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text without one ！ or ？ that ends it, as a news headline may end.
    static func withoutClosingExclamationOrQuestionMark(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, "！？!?".unicodeScalars.contains(last) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
    }

    /// The place or topic before a headline's colon: 嘉峪关市, 甘州区司法局.
    static let maximumLeadBeforeColon = 12

    /// `2020年8月27日`, `2022-12-16`, `二〇二四年一月五日`: a date standing alone, as under a signature.
    static func isDateOnly(_ text: String) -> Bool {
        DateText.isDateOnly(text)
    }

    static func hanCount(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { $0 + ($1.isHan ? 1 : 0) }
    }

    private static func endsWithListPunctuation(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.last == "、" || scalars.last == "…"
    }

    /// 县司法局局长　韩立松: who speaks or signs, on a line of its own: a
    /// short line of a post, ending as posts end (局长, 主任, 书记, 委员,
    /// 发言人), a space, and a name of 2–4 Han. Never part of a sentence.
    static func isPostAndName(_ text: String) -> Bool {
        guard text.count <= StructureBuilder.maximumIssuerLength + 5,
              let space = text.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return false }
        let name = text[text.index(after: space)...]
        let post = String(text[..<space]).trimmingSpaces
        return (2...4).contains(name.count) && name.unicodeScalars.allSatisfy(\.isHan)
            && post.count >= 2 && post.last.map(postEndings.contains) == true
    }

    private static let postEndings: Set<Character> = ["长", "任", "记", "员", "人", "官", "席"]

    /// 发布会地点：市政府新闻发布厅: a field of a form, its label of 2–6 Han and a colon
    /// first. Two such lines in a row are two fields, not a line a page wrapped.
    static func isField(_ text: String) -> Bool {
        text.prefixMatch(of: #/\p{Script=Han}{2,6}[：:]/#) != nil
    }
}

/// Photo captions: `…开展宪法宣传(12月4日拍摄)。`, `图为…`, `（记者 王某 摄）`.
enum Captions {
    static var creditPattern: Regex<Substring> { #/[(（][^()（）]{0,40}摄[^()（）]{0,10}[)）][。.]?/# }

    static func isCaption(_ text: String) -> Bool {
        guard text.count <= 200 else { return false }
        if let match = text.firstMatch(of: creditPattern), match.range.upperBound == text.endIndex { return true }
        return text.hasPrefix("图为") || text.hasPrefix("图：") || text.hasPrefix("图:") || text.hasPrefix("▲")
    }

    /// The line after a picture's file name is its caption when it reads like
    /// one: short, and not a finished paragraph of several sentences.
    static func isCaptionAfterImage(_ text: String) -> Bool {
        guard text.count <= 120, HeadingShape.hanCount(Array(text.unicodeScalars)) >= 4 else { return false }
        return !text.unicodeScalars.dropLast().contains("。")
    }
}
