/// Finds quantities — a number with its unit, multiplier and qualifier — in Chinese text.
public enum QuantityParser {
    /// Quantities in `text`, in order. Traditional script is read through ICU's Hant-Hans
    /// transform; offsets always refer to `text` as passed in.
    public static func quantities(in text: String) -> [Quantity] {
        quantities(in: text, normaliser: .traditionalToSimplified)
    }

    public static func quantities(in text: String, normaliser: ScriptNormaliser) -> [Quantity] {
        scan(AlignedText(text, normaliser: normaliser)).map(\.quantity)
    }

    /// Every scalar a quantity can start with: digits, numerals and the 百 of
    /// 百分之, all in the Basic Multilingual Plane (a test checks the rest).
    /// Nearly every scalar of a report is none of them and is passed over at
    /// one bit test.
    static let quantityStarts = ScalarBits(
        (UInt32(0)...0xFFFF).lazy.compactMap(Unicode.Scalar.init).filter(startsQuantity)
    )

    static func startsQuantity(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(scalar) || ChineseNumerals.isNumeral(scalar) || scalar == "百"
    }

    /// The scan the fact extractor builds on: quantities with their scalar positions.
    /// `masked` is `Exclusions.maskedPositions(in: text)`, passed in by callers that have it.
    static func scan(_ text: AlignedText, masked: [Bool]? = nil) -> [ScannedQuantity] {
        var scanner = Scanner(text: text, masked: masked ?? Exclusions.maskedPositions(in: text))
        return scanner.run()
    }
}

/// A quantity and where it stands in the aligned text.
struct ScannedQuantity: Sendable {
    var quantity: Quantity
    /// Scalar positions of the whole quantity text, qualifiers included.
    var range: Range<Int>
    /// In 全国级、省级、市级分别为2、13、38个, each figure's place in its list
    /// and the list's length: the i-th figure goes with the i-th thing named.
    var respectively: (index: Int, count: Int)?
}

private struct Scanner {
    let text: AlignedText
    let masked: [Bool]
    private var found: [ScannedQuantity] = []
    /// Bare integers that may borrow a unit from the list they end (法治长廊224个,法治书屋926).
    private var bareNumbers: [NumberToken] = []

    init(text: AlignedText, masked: [Bool]) {
        self.text = text
        self.masked = masked
    }

    private static let percentWord: [Unicode.Scalar] = Array("百分之")
    private static let hundredPercent: [Unicode.Scalar] = Array("百分之百")

    mutating func run() -> [ScannedQuantity] {
        var index = 0
        while index < text.count {
            let scalar = text.scalars[index]
            if !QuantityParser.quantityStarts.contains(scalar) || masked[index] { index += 1; continue }
            if scalar == "百", text.hasPrefix(Self.hundredPercent, at: index), text[index + Self.hundredPercent.count] != "分" {
                // 帮教率百分之百: the run 百 alone is no numeral anywhere else.
                append(value: 100, upper: nil, unit: "%", qualifier: .exact, start: index, end: index + Self.hundredPercent.count)
                index += Self.hundredPercent.count
                continue
            }
            if scalar == "百", text.hasPrefix(Self.percentWord, at: index),
               let token = NumberTokenReader.any(in: text.scalars, at: index + Self.percentWord.count) {
                index = readPercentWord(start: index, token: token)
                continue
            }
            guard CharacterClass.isDigit(scalar) || ChineseNumerals.isNumeral(scalar) else { index += 1; continue }
            // A numeral glued to the end of another word's numeral run was consumed with it.
            guard let token = NumberTokenReader.any(in: text.scalars, at: index) else {
                index = max(ChineseNumerals.run(in: text.scalars, from: index).upperBound, index + 1)
                continue
            }
            if let itemNumberEnd = itemNumberGluedToAFigure(token) {
                index = itemNumberEnd
                continue
            }
            index = max(read(token), token.range.upperBound)
        }
        resolveElidedUnits()
        resolveRespectiveLists()
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// 百分之九十 → 90%.
    private mutating func readPercentWord(start: Int, token: NumberToken) -> Int {
        var end = token.range.upperBound
        var qualifier = Qualifier.exact
        if let suffix = Qualifiers.suffix(in: text, at: end) {
            qualifier = suffix.qualifier
            end += suffix.written.count
        }
        let value = token.value
        append(value: value, upper: nil, unit: "%", qualifier: qualifier, start: start, end: end)
        return end
    }

    /// Reads the quantity that starts with `token`; returns where scanning continues.
    private mutating func read(_ token: NumberToken) -> Int {
        let start = token.range.lowerBound
        if Exclusions.isOrdinal(in: text, numberStart: start) { return skipUnit(after: token.range.upperBound) }
        if token.script == .chinese, Exclusions.isVague(in: text, numberStart: start) {
            return skipUnit(after: token.range.upperBound)
        }
        if token.script == .arabic, case .notAQuantity(let end) = Exclusions.arabicShape(of: token, in: text) {
            return end
        }
        // 一 alone is an article (一批, 一系列), 零 alone a slogan (零距离); but a count
        // after its noun (法治文化广场一个。) or under a bound (至少建成一个) is a figure.
        if token.isSingleChineseDigit, token.mantissa <= 1,
           token.mantissa == 0 || !isCountOfOne(token) { return token.range.upperBound }

        var cursor = token.range.upperBound
        var exponent = token.exponent
        var infixQualifier: Qualifier?
        var multiplied = token.includesBigUnit
        // 四十八万多: 余 or 多 after a numeral's own 万 or 亿, as after 48万.
        let endsInBigUnit = token.includesBigUnit && multiplierExponent(at: token.range.upperBound - 1) != nil
        readInfixAndMultiplier(cursor: &cursor, exponent: &exponent, qualifier: &infixQualifier,
                               multiplied: &multiplied, allowMultiplier: !token.includesBigUnit,
                               afterMultiplier: endsInBigUnit)

        var upper = token.upperMantissa.map { NumberToken.value(mantissa: $0, exponent: token.exponent) }
        if let range = readRangeEnd(after: cursor, first: token) {
            if !multiplied, range.exponentAdded > 0 { exponent += range.exponentAdded; multiplied = true }
            upper = range.value
            cursor = range.end
        }

        var unit = ""
        var smallChange = 0.0
        var currencySign = false
        if let match = Units.match(in: text, at: cursor) {
            unit = match.unit
            exponent += match.exponent
            if match.exponent > 0, let value = upper {
                upper = value * NumberToken.value(mantissa: 1, exponent: match.exponent)
            }
            cursor += match.length
            if match.unit == "元", match.exponent == 0, upper == nil, let change = jiaoAndFen(at: cursor) {
                // 肆拾叁万壹仟捌佰陆拾元伍角: the yuan, then its tenths and hundredths.
                smallChange = change.value
                cursor += change.length
            }
        } else if token.script == .arabic, text[start - 1] == "¥" || text[start - 1] == "￥" {
            // （¥62,000.00）: the sign before the figure is its unit.
            unit = "元"
            currencySign = true
        } else if token.script == .arabic, !token.hasDecimals, isMajorCount(at: cursor) {
            // 9大园区: "nine major parks". The Chinese-numeral form (五大工程) is a slogan.
            unit = "个"
            cursor += 1
        }

        if Exclusions.isRanking(in: text, numberStart: start, unit: unit, unitEnd: cursor)
            || Exclusions.isSessionNumber(in: text, numberStart: start, unit: unit, unitEnd: cursor)
            || Exclusions.isProjectPhase(in: text, numberStart: start, unitEnd: cursor) { return cursor }
        if token.isSingleChineseDigit,
           Exclusions.isRepeatedNumeralSlogan(in: text, numberStart: start, end: cursor) {
            return cursor
        }
        guard !unit.isEmpty || multiplied else {
            // 其他纠纷十五。: a numeral of two characters or more may end a list too.
            if upper == nil, token.script == .arabic || !token.isSingleChineseDigit { bareNumbers.append(token) }
            return cursor
        }
        if unit.isEmpty, Exclusions.isDateUnit(text[cursor]) { return cursor }

        var qualifier = infixQualifier ?? .exact
        var quantityStart = start
        if let prefix = Qualifiers.prefix(in: text, before: start) {
            qualifier = prefix.qualifier
            quantityStart = start - prefix.written.count
        } else if token.script == .chinese, ChineseNumerals.startsWithUnit(text.scalars[token.range]),
                  NumberTokenReader.isUpwardsOf(text.scalars, before: start) {
            // 上万人次: "upwards of", only before a numeral that starts with its unit (not 线上12场).
            qualifier = .approxOver
            quantityStart = start - 1
        } else if Qualifiers.isApproximateBeforeVerb(in: text, before: start) {
            qualifier = .approx
        } else if let bound = Qualifiers.boundBeforeVerb(in: text, before: start) {
            qualifier = bound
        }
        if let suffix = Qualifiers.suffix(in: text, at: cursor) {
            qualifier = suffix.qualifier
            cursor += suffix.written.count
        }
        var value = NumberToken.value(mantissa: token.mantissa, exponent: exponent) + smallChange
        if currencySign, quantityStart == start { quantityStart = start - 1 }
        if quantityStart == start, isMinusSign(before: start, of: token) {
            // 同比-2.8%: a change given with its sign.
            value = -value
            upper = upper.map { -$0 }
            quantityStart = start - 1
        }
        append(value: value, upper: upper, unit: unit, qualifier: qualifier, start: quantityStart, end: cursor)
        return cursor
    }

    /// 伍角, 伍角叁分, 零伍分 after 元: the tenths and hundredths of a yuan, and how many scalars they take.
    private func jiaoAndFen(at index: Int) -> (value: Double, length: Int)? {
        var value = 0.0
        var length = 0
        if let tenths = ChineseNumerals.digitValue(text[index]), text[index + 1] == "角" {
            value = Double(tenths) / 10
            length = 2
        } else if text[index] == "零" {
            length = 1
        }
        if let hundredths = ChineseNumerals.digitValue(text[index + length]), text[index + length + 1] == "分" {
            value += Double(hundredths) / 100
            length += 2
        }
        return value > 0 ? (value, length) : nil
    }

    /// A minus sign (hyphen-minus, −, －; never a dash, — or –) right before Arabic digits and
    /// after no digit or Latin letter: 增减-2.1%, a cell's -4.5%, but not the range's end in 5-6场.
    private func isMinusSign(before start: Int, of token: NumberToken) -> Bool {
        guard token.script == .arabic, let sign = text[start - 1], sign == "-" || sign == "−" || sign == "－" else {
            return false
        }
        guard let before = text[start - 2] else { return true }
        return !CharacterClass.isDigit(before) && !before.properties.isAlphabetic || CharacterClass.isIdeograph(before)
    }

    /// 5.12个县直部门 at the start of a line: item 5's count of 12, not 5.12 of a unit that
    /// counts whole things. Where the figure starts after the item's point, or nil.
    private func itemNumberGluedToAFigure(_ token: NumberToken) -> Int? {
        let start = token.range.lowerBound
        guard token.script == .arabic, token.hasDecimals, start == 0 || text[start - 1] == "\n",
              let point = token.range.first(where: { text.scalars[$0] == "." || text.scalars[$0] == "．" }),
              point - start <= 2, let unit = Units.match(in: text, at: token.range.upperBound),
              unit.exponent == 0, Units.isCountUnit(unit.unit) else { return nil }
        return point + 1
    }

    /// 余/多 and 万/亿/千 after the digits, in either order: 300余, 1700余万, 3万余, 39.36万.
    private func readInfixAndMultiplier(
        cursor: inout Int, exponent: inout Int, qualifier: inout Qualifier?, multiplied: inout Bool,
        allowMultiplier: Bool, afterMultiplier: Bool
    ) {
        if let infix = Qualifiers.infix(in: text, at: cursor), afterMultiplier || isFollowedByUnitOrMultiplier(cursor + 1) {
            qualifier = infix.qualifier
            cursor += 1
        }
        if allowMultiplier, let added = multiplierExponent(at: cursor), Units.match(in: text, at: cursor) == nil {
            exponent += added
            multiplied = true
            cursor += 1
            if let infix = Qualifiers.infix(in: text, at: cursor), qualifier == nil {
                qualifier = infix.qualifier
                cursor += 1
            }
        }
    }

    private func multiplierExponent(at index: Int) -> Int? {
        if let exponent = ChineseNumerals.bigUnitExponent(text[index]) { return exponent }
        if text[index] == "千" { return 3 }
        return CharacterClass.isASCIILetter(text[index]) ? Exclusions.shorthandMultiplier(in: text, at: index) : nil
    }

    private func isFollowedByUnitOrMultiplier(_ index: Int) -> Bool {
        multiplierExponent(at: index) != nil || Units.match(in: text, at: index) != nil
    }

    private func isMajorCount(at index: Int) -> Bool {
        guard text[index] == "大", let next = text[index + 1], CharacterClass.isIdeograph(next) else { return false }
        return !"型学会厅楼队力量幅批规众家中小部多专".unicodeScalars.contains(next)
    }

    /// The upper end of 3至5场, 3-5万人, 三到五个.
    private func readRangeEnd(after index: Int, first: NumberToken)
        -> (value: Double, exponentAdded: Int, end: Int)? {
        guard CharacterClass.isRangeJoiner(text[index]),
              let second = NumberTokenReader.any(in: text.scalars, at: index + 1),
              second.script == first.script else { return nil }
        if text[index] == "-" || text[index] == "－", first.script != .arabic { return nil }
        var cursor = second.range.upperBound
        var exponent = second.exponent
        var qualifier: Qualifier?
        var multiplied = second.includesBigUnit
        readInfixAndMultiplier(cursor: &cursor, exponent: &exponent, qualifier: &qualifier,
                               multiplied: &multiplied, allowMultiplier: !second.includesBigUnit, afterMultiplier: false)
        let added = exponent - second.exponent
        guard Units.match(in: text, at: cursor) != nil || added > 0 else { return nil }
        return (NumberToken.value(mantissa: second.mantissa, exponent: exponent), added, cursor)
    }

    private static let respectiveWord: [Unicode.Scalar] = Array("分别")
    private static let respectiveVerbs: [[Unicode.Scalar]] = ["为", "是", "达", "达到", "有", ""].map { Array($0.unicodeScalars) }

    /// 分别为2、13、38个: bare numbers joined by 、 to a figure with a unit,
    /// after 分别, share its unit, and each is marked with its place.
    private mutating func resolveRespectiveLists() {
        guard !bareNumbers.isEmpty else { return }
        let bareByEnd = Dictionary(bareNumbers.map { ($0.range.upperBound, $0) }, uniquingKeysWith: { first, _ in first })
        for index in found.indices where found[index].respectively == nil {
            var items: [NumberToken] = []
            var start = found[index].range.lowerBound
            while text[start - 1] == "、", let item = bareByEnd[start - 1] {
                items.insert(item, at: 0)
                start = item.range.lowerBound
            }
            guard !items.isEmpty, Self.respectiveVerbs.contains(where: { verb in
                text.hasSuffix(Self.respectiveWord + verb, before: start)
            }) else { continue }
            let count = items.count + 1
            let last = found[index].quantity
            for (place, item) in items.enumerated() {
                append(value: item.value, upper: nil, unit: last.unit, qualifier: .exact,
                       start: item.range.lowerBound, end: item.range.upperBound)
                found[found.count - 1].respectively = (place, count)
            }
            found[index].respectively = (count - 1, count)
        }
    }

    private func skipUnit(after index: Int) -> Int {
        index + (Units.match(in: text, at: index)?.length ?? 0)
    }

    private mutating func append(
        value: Double, upper: Double?, unit: String, qualifier: Qualifier, start: Int, end: Int
    ) {
        let quantity = Quantity(
            value: value, upperValue: upper, unit: unit, qualifier: qualifier,
            text: text.originalText(start..<end), utf8Range: text.utf8Range(start..<end))
        found.append(ScannedQuantity(quantity: quantity, range: start..<end))
    }

    /// 一 and its unit as a count: after a noun, ending its clause or list item
    /// (新建法治文化广场一个，…政法专项编制一名、) or before a parenthesis, or a few characters after a bound
    /// (至少建成一个, 每年至少组织一次).
    private func isCountOfOne(_ token: NumberToken) -> Bool {
        let start = token.range.lowerBound
        // 一起 is "together" far more often than one case.
        guard let unit = Units.match(in: text, at: token.range.upperBound), unit.unit != "起" else { return false }
        let afterUnit = text[token.range.upperBound + unit.length]
        // Or a parenthesis that describes the thing (正中设置宪法宣誓墙一面（长12米、高4.2米）).
        let endsItem = afterUnit == nil || CharacterClass.isClauseEnd(afterUnit) || afterUnit == "、"
            || afterUnit == "（" || afterUnit == "("
        if endsItem, let before = text[start - 1], CharacterClass.isIdeograph(before), !Self.wordsEndingInOne.contains(before) {
            return true
        }
        // 配了一名法律顾问, 修成了一条法治长廊: one thing made or appointed, counted by a unit
        // of one thing (实现了一条…模式 is no count, nor 一批 or 一个, as often articles).
        if text[start - 1] == "了", let verb = text[start - 2], Self.verbsOfMaking.contains(verb),
           unit.length == 1, let written = text[token.range.upperBound], Self.unitsOfOneThing.contains(written) {
            return true
        }
        return (0...Self.boundReach).contains { gap in
            Self.bounds.contains { text.hasSuffix($0, before: start - gap) }
        }
    }

    /// The last characters of verbs that make or appoint a thing: 配, (修)建, 修, (建)成, 成立, 聘请, 设;
    /// and of those that hold an event: 做, (举)办, 搞, 开.
    private static let verbsOfMaking = ScalarBits("配建修成立请设聘做办搞开".unicodeScalars)
    /// Units of one thing each: never a batch, a time or 个. 场 is one event (做了一场专题讲座).
    private static let unitsOfOneThing = ScalarBits("名条座处家所支场".unicodeScalars)

    /// Characters that make a word with the 一 after them (第一, 统一, 唯一, 之一, 每一, 万一, 上一篇, 老一套).
    private static let wordsEndingInOne = ScalarBits("第统唯之每万同逐其任上下老".unicodeScalars)
    /// Bounds, and 为期 before a duration (为期一个月, 为期一天).
    private static let bounds: [[Unicode.Scalar]] = ["至少", "不少于", "不低于", "为期"].map { Array($0.unicodeScalars) }
    /// How many characters may stand between a bound and 一: 至少建成一个 has two.
    private static let boundReach = 3

    /// 建成…法治长廊224个,法治书屋926。 — the last item of a list of counts often drops its
    /// unit. A bare integer that ends a clause, right after a noun, borrows the count unit of
    /// the quantity ending the clause before it in the same sentence. A score (分值4, 得分6)
    /// is no count of anything and borrows none.
    private mutating func resolveElidedUnits() {
        // The quantities read with their units, in text order: those appended below come after them.
        let read = found
        for token in bareNumbers {
            let start = token.range.lowerBound
            let end = token.range.upperBound
            guard !token.hasDecimals, token.integerDigitCount <= 6, token.mantissa > 0,
                  CharacterClass.isIdeograph(text[start - 1]), !ChineseNumerals.isNumeral(text[start - 1]),
                  text[start - 1] != "分", text[start - 1] != "值",
                  end == text.count || CharacterClass.isClauseEnd(text[end]),
                  let previous = read.last(where: { $0.range.upperBound <= start }),
                  Units.isCountUnit(previous.quantity.unit),
                  CharacterClass.isClauseEnd(text[previous.range.upperBound]) || text[previous.range.upperBound] == "、",
                  !(previous.range.upperBound..<start).contains(where: { CharacterClass.isSentenceEnd(text.scalars[$0]) })
            else { continue }
            append(value: token.value, upper: nil, unit: previous.quantity.unit, qualifier: .exact,
                   start: start, end: end)
        }
    }
}
