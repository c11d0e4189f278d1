/// Numbers that look like quantities but are not: quoted slogans, titles, formulas and
/// their glosses, ordinals, dates, phone numbers, file names, codes.
enum Exclusions {
    /// Openers and closers of spans whose numbers are names, not counts: “三抓三促”,
    /// 《2023年工作要点》, “1名村(居)法律顾问+N名法律明白人”.
    private static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar, maxLength: Int)] = [
        ("“", "”", 40), ("‘", "’", 40), ("「", "」", 40), ("『", "』", 40), ("《", "》", 60), ("〈", "〉", 60),
    ]

    private static let openers = ScalarBits(pairs.map(\.open))

    /// Marks every scalar position that lies inside a slogan-like span.
    ///
    /// A quote counts only if it closes within a short distance and before the sentence
    /// ends or another quote of the same kind opens: reports often leave a quote unclosed
    /// (“全国民主法治示范村(社区)12个), and the figure after it is real.
    static func maskedPositions(in text: AlignedText) -> [Bool] {
        var masked = [Bool](repeating: false, count: text.count)
        var spanEnds: [Int] = []
        let openers = openers  // read once, not at every position
        // One pass finds both kinds of span: quotes and titles, and formulas
        // (which hold no opener, so passing over one misses none).
        var index = 0
        while index < text.count {
            let scalar = text.scalars[index]
            if isFormulaCharacter(scalar) {
                let run = formulaRun(in: text, from: index)
                if run.isFormula {
                    for position in index..<run.end { masked[position] = true }
                    spanEnds.append(run.end)
                }
                index = run.end
                continue
            }
            // Nearly every scalar opens nothing: one bit test before the list of pairs.
            if openers.contains(scalar), let pair = pairs.first(where: { $0.open == scalar }),
               let close = closingIndex(of: pair, in: text, openedAt: index) {
                for position in index...close { masked[position] = true }
                spanEnds.append(close + 1)
            }
            index += 1
        }
        // A parenthesis right after a slogan or formula spells it out:
        // “1+1+1+2N”(1名政法委员、1名司法所所长…). Its figures describe the slogan.
        for end in spanEnds {
            guard let gloss = parenthesis(in: text, openingAt: end) ?? spelledOutFormula(in: text, after: end) else { continue }
            for position in gloss { masked[position] = true }
        }
        return masked
    }

    /// The words that name a formula may stand between it and the parenthesis that
    /// spells it out, which then joins its items with plus signs as the formula does:
    /// “1+3+N”普法联动机制（1个司法所+3支专业队伍+N名普法志愿者）.
    private static func spelledOutFormula(in text: AlignedText, after end: Int) -> Range<Int>? {
        var start = end
        while start - end < maximumNameLength, CharacterClass.isIdeograph(text[start]) { start += 1 }
        guard start > end, let gloss = parenthesis(in: text, openingAt: start) else { return nil }
        if gloss.contains(where: { text.scalars[$0] == "+" || text.scalars[$0] == "＋" }) { return gloss }
        return glossStartsItsItemsWithTheTerms(gloss, of: formulaTerms(endingBefore: end, in: text), in: text) ? gloss : nil
    }

    /// The terms of the formula that ends right before `end`, or before its closing quote
    /// (“5+1+1”): 5, 1, 1; a letter's term (N) is nil.
    private static func formulaTerms(endingBefore end: Int, in text: AlignedText) -> [Int?] {
        var last = end - 1
        if let scalar = text[last], !isFormulaCharacter(scalar) { last -= 1 }
        guard last >= 0 else { return [] }
        var first = last
        while first > 0, text[first - 1].map(isFormulaCharacter) == true { first -= 1 }
        let written = String(String.UnicodeScalarView(text.scalars[first...last]))
        return written.split(whereSeparator: { $0 == "+" || $0 == "＋" }).map { Int($0) }
    }

    /// “5+1+1”教育改造模式（5天劳动改造、1天课堂教育、1天休息）: a parenthesis of as many
    /// items as the formula has terms, each opening with its term's number.
    private static func glossStartsItsItemsWithTheTerms(_ gloss: Range<Int>, of terms: [Int?], in text: AlignedText) -> Bool {
        guard terms.count >= 2 else { return false }
        var items: [[Unicode.Scalar]] = [[]]
        for position in (gloss.lowerBound + 1)..<(gloss.upperBound - 1) {
            let scalar = text.scalars[position]
            if itemSeparators.contains(scalar) { items.append([]) } else { items[items.count - 1].append(scalar) }
        }
        guard items.count == terms.count else { return false }
        return zip(items, terms).allSatisfy { item, term in
            let digits = item.prefix(while: CharacterClass.isDigit)
            guard !digits.isEmpty else { return term == nil }
            return term == nil || Int(String(String.UnicodeScalarView(digits))) == term
        }
    }

    private static let itemSeparators: Set<Unicode.Scalar> = ["、", "，", ",", "；", ";"]

    /// The longest name of a formula between it and its parenthesis (联动机制, 新媒体矩阵, 阵地建设模式).
    private static let maximumNameLength = 12

    private static func closingIndex(
        of pair: (open: Unicode.Scalar, close: Unicode.Scalar, maxLength: Int), in text: AlignedText, openedAt start: Int
    ) -> Int? {
        var index = start + 1
        while index < text.count, index - start <= pair.maxLength {
            let scalar = text.scalars[index]
            if scalar == pair.close { return index }
            if scalar == pair.open || CharacterClass.isSentenceEnd(scalar) { return nil }
            index += 1
        }
        return nil
    }

    private static func parenthesis(in text: AlignedText, openingAt start: Int) -> Range<Int>? {
        guard let open = text[start], open == "(" || open == "（" else { return nil }
        var index = start + 1
        var depth = 1
        while index < text.count, index - start <= 80 {
            switch text.scalars[index] {
            case "(", "（": depth += 1
            case ")", "）":
                depth -= 1
                if depth == 0 { return start..<(index + 1) }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Runs like 1+1+1+2N, 1+4+N, 1+9+85+821: organisation formulas, not sums.
    /// Where the run of formula characters starting at `start` ends, and
    /// whether it is a formula: one with a plus and a digit, and not a sign
    /// before a figure (增减+20.6%) or a mark after one (1200+场, "more than").
    private static func formulaRun(in text: AlignedText, from start: Int) -> (end: Int, isFormula: Bool) {
        var index = start
        var hasPlus = false
        var hasDigit = false
        while index < text.count, isFormulaCharacter(text.scalars[index]) {
            if text.scalars[index] == "+" || text.scalars[index] == "＋" { hasPlus = true }
            if CharacterClass.isDigit(text.scalars[index]) { hasDigit = true }
            index += 1
        }
        let signed = text.scalars[start] == "+" || text.scalars[start] == "＋"
        let trailing = text.scalars[index - 1] == "+" || text.scalars[index - 1] == "＋"
        return (index, hasPlus && hasDigit && !signed && !trailing)
    }

    private static func isFormulaCharacter(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(scalar) || CharacterClass.isASCIILetter(scalar) || scalar == "+" || scalar == "＋"
    }

    /// 第十七届, 第四批, 第11: ordinals.
    static func isOrdinal(in text: AlignedText, numberStart: Int) -> Bool {
        var index = numberStart - 1
        while CharacterClass.isSpace(text[index]) { index -= 1 }
        return text[index] == "第"
    }

    /// 县十八届人大四次会议, 政协十三届二次全会: a session's number, written
    /// without 第 after the body or term it is of, not a count of meetings.
    static func isSessionNumber(in text: AlignedText, numberStart: Int, unit: String, unitEnd: Int) -> Bool {
        guard unit == "次", let before = text[numberStart - 1], sessionHolders.contains(before) else { return false }
        return sessionWords.contains { text.hasPrefix($0, at: unitEnd) }
    }

    /// The last characters of 人大, 政协 and 届, which a session's number follows.
    private static let sessionHolders = ScalarBits("大协届".unicodeScalars)
    private static let sessionWords: [[Unicode.Scalar]] = ["会议", "全会", "全体会议"].map { Array($0.unicodeScalars) }

    /// 法治文化公园（二期）, 二期工程: a project's phase, not a count of sessions.
    /// Asked of every quantity: the unit's last scalar settles it, with no String compared.
    static func isProjectPhase(in text: AlignedText, numberStart: Int, unitEnd: Int) -> Bool {
        guard text[unitEnd - 1] == "期" else { return false }
        if let before = text[numberStart - 1], before == "(" || before == "（",
           let after = text[unitEnd], after == ")" || after == "）" { return true }
        return phaseWords.contains { text.hasPrefix($0, at: unitEnd) }
    }

    private static let phaseWords: [[Unicode.Scalar]] = ["工程", "项目"].map { Array($0.unicodeScalars) }

    /// 位居全省前两位, 稳居…栏目前三名, 进入前十名之列: a place in a ranking, not a count.
    /// 前 with 名 or 位 after the number, where the clause (or the phrase 之列, 行列) ends;
    /// 此前, 之前, 以前, 提前 and 目前 are times, so a figure after them still counts; 目前
    /// is one where a clause starts (截至目前), not after a noun ending in 目 (栏目前三名).
    static func isRanking(in text: AlignedText, numberStart: Int, unit: String, unitEnd: Int) -> Bool {
        guard unit == "名" || unit == "位", text[numberStart - 1] == "前" else { return false }
        if let before = text[numberStart - 2], timesEndingIn前.contains(before) { return false }
        if text[numberStart - 2] == "目", !CharacterClass.isIdeograph(text[numberStart - 3]) || text[numberStart - 3] == "至" {
            return false
        }
        let after = text[unitEnd]
        return after == nil || CharacterClass.isClauseEnd(after) || after == "之" || after == "行"
    }

    private static let timesEndingIn前 = ScalarBits("此之以提".unicodeScalars)

    /// 数十场, 几百人, 成千上万: "tens of", "some hundreds of", "countless", no count. 数 ending a word
    /// (人数十余名: the number of people, 十余) leaves the numeral a count.
    static func isVague(in text: AlignedText, numberStart: Int) -> Bool {
        // 成千上万, 成百上千: "countless".
        if text[numberStart - 1] == "上", text[numberStart - 3] == "成",
           text[numberStart - 2] == "千" || text[numberStart - 2] == "百" { return true }
        guard let before = text[numberStart - 1], before == "数" || before == "几" else { return false }
        guard before == "数", let word = text[numberStart - 2] else { return true }
        return !wordsEndingIn数.contains(word)
    }

    /// 人数, 次数, 户数 …: the first characters of words that end in 数.
    private static let wordsEndingIn数 = ScalarBits("人次户件场总份个岁票台".unicodeScalars)

    /// What follows an Arabic number that makes it something other than a quantity.
    enum ArabicShape: Equatable {
        /// An ordinary number; a range may follow.
        case plain
        /// A date, phone number, version, file name or code: skip up to this position.
        case notAQuantity(end: Int)
    }

    /// What joins digit groups (2022-12-16, 0931-8159799, 12·4), what else runs through
    /// a code (A-1_2), and what after a number makes it a date or time.
    private static let groupJoiners = ScalarBits("-/·－".unicodeScalars)
    private static let codeJoiners = ScalarBits("-/·－_".unicodeScalars)
    private static let dateUnits = ScalarBits("年月日号时点届级岁".unicodeScalars)

    static func arabicShape(of token: NumberToken, in text: AlignedText) -> ArabicShape {
        let start = token.range.lowerBound
        let end = token.range.upperBound
        let skipCode = ArabicShape.notAQuantity(end: codeEnd(in: text, from: start))
        // 5G, A4, G20, 1.jpg, 0931: codes and names; but 10w+ and 2.6W are new media's 万.
        if CharacterClass.isASCIILetter(text[start - 1]) { return skipCode }
        if CharacterClass.isASCIILetter(text[end]), shorthandMultiplier(in: text, at: end) == nil { return skipCode }
        if CharacterClass.isDecimalPoint(text[end]), CharacterClass.isASCIILetter(text[end + 1]) { return skipCode }
        if token.hasLeadingZero { return skipCode }
        // 2022.12.16 reads as 2022.12 followed by .16.
        if CharacterClass.isDecimalPoint(text[end]), CharacterClass.isDigit(text[end + 1]) { return skipCode }
        guard let joiner = text[end], groupJoiners.contains(joiner), CharacterClass.isDigit(text[end + 1])
        else { return .plain }
        // Digit groups joined by - / ·: 2022-12-16, 0931-8159799, 12·4, 2021-2025年.
        var groups: [Int] = [token.integerDigitCount]
        var index = end
        var leadingZero = false
        while let scalar = text[index], groupJoiners.contains(scalar), CharacterClass.isDigit(text[index + 1]) {
            index += 1
            if CharacterClass.digitValue(text.scalars[index]) == 0 { leadingZero = true }
            var digits = 0
            while CharacterClass.isDigit(text[index]) { digits += 1; index += 1 }
            groups.append(digits)
        }
        let isDateOrCode = groups.count > 2 || joiner != "-" && joiner != "－" || leadingZero
            || groups.contains { $0 >= 5 } || token.integerDigitCount == 4
        return isDateOrCode ? .notAQuantity(end: index) : .plain
    }

    /// New media's shorthand after a figure's digits: 10w+, 2.6W (万), 3k+ (千, only before +,
    /// since 4K is a screen's). Its exponent, when the letter at `index` is one and ends the
    /// word (5W1H, 3km are no such thing).
    static func shorthandMultiplier(in text: AlignedText, at index: Int) -> Int? {
        guard let letter = text[index], letter == "w" || letter == "W" || letter == "k" || letter == "K" else { return nil }
        let next = text[index + 1]
        if letter == "k" || letter == "K" { return next == "+" || next == "＋" ? 3 : nil }
        if let next, CharacterClass.isASCIILetter(next) || CharacterClass.isDigit(next) { return nil }
        return 4
    }

    private static func codeEnd(in text: AlignedText, from start: Int) -> Int {
        var index = start
        while let scalar = text[index],
              CharacterClass.isDigit(scalar) || CharacterClass.isASCIILetter(scalar)
                || CharacterClass.isDecimalPoint(scalar) || codeJoiners.contains(scalar) {
            index += 1
        }
        return max(index, start + 1)
    }

    /// Characters after a number that make it a date or time: 2024年, 12月, 4日, 7月份.
    static func isDateUnit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return dateUnits.contains(scalar)
    }

    /// Slogans built from repeated small numerals: 三抓三促, 一月一法, 五位一体, 两轻一免,
    /// 一规划两方案. A single-digit Chinese numeral with another one within three characters.
    static func isRepeatedNumeralSlogan(in text: AlignedText, numberStart: Int, end: Int) -> Bool {
        func isSmallNumeral(_ index: Int) -> Bool {
            ChineseNumerals.digitValue(text[index]) != nil
                && !ChineseNumerals.isNumeral(text[index - 1]) && !ChineseNumerals.isNumeral(text[index + 1])
        }
        for index in end..<min(end + 3, text.count) {
            guard CharacterClass.isIdeograph(text[index]) else { break }
            if isSmallNumeral(index), CharacterClass.isIdeograph(text[index + 1]) { return true }
        }
        var index = numberStart - 1
        while index >= max(0, numberStart - 3), CharacterClass.isIdeograph(text[index]) {
            if isSmallNumeral(index) { return true }
            index -= 1
        }
        return false
    }
}
