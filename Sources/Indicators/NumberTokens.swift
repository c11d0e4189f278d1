/// A number as written, before units and qualifiers: 13121, 39.36, 12,000, １２３, 三千二百.
struct NumberToken: Sendable, Equatable {
    enum Script: Sendable { case arabic, chinese }

    /// The digits as one integer; the value is `mantissa × 10^exponent`.
    /// Kept apart so 39.36万 becomes exactly 393600 rather than 393599.99999999994.
    var mantissa: Int
    var exponent: Int
    var script: Script
    /// Scalar positions in the aligned text.
    var range: Range<Int>
    var integerDigitCount: Int
    var hasLeadingZero: Bool
    var hasDecimals: Bool
    /// True for a Chinese run that is one digit character (三, 两): the slogan numerals.
    var isSingleChineseDigit: Bool
    /// True when 万/亿 was part of a Chinese run (三十万), so no multiplier may follow.
    var includesBigUnit: Bool
    /// The upper end of an estimate written with two neighbouring digits (两三百: 200 to 300),
    /// as a mantissa at the same exponent.
    var upperMantissa: Int? = nil

    var value: Double { Self.value(mantissa: mantissa, exponent: exponent) }

    static func value(mantissa: Int, exponent: Int) -> Double {
        if exponent >= 0 {
            var result = Double(mantissa)
            for _ in 0..<exponent { result *= 10 }
            return result
        }
        var divisor = 1.0
        for _ in 0..<(-exponent) { divisor *= 10 }
        return Double(mantissa) / divisor
    }
}

enum NumberTokenReader {
    /// Reads Arabic digits at `start`: thousands separators (groups of exactly three after a
    /// first group of one to three) and a decimal part. Full-width digits read the same.
    static func arabic(in scalars: [Unicode.Scalar], at start: Int) -> NumberToken? {
        guard start < scalars.count, CharacterClass.digitValue(scalars[start]) != nil else { return nil }
        var index = start
        var mantissa = 0
        var integerDigits = 0
        var firstGroupDigits = 0
        var sawSeparator = false
        // Integers beyond 15 digits are identifiers, not quantities; stop accumulating
        // rather than overflow.
        func append(_ digit: Int) {
            if mantissa < 100_000_000_000_000_000 { mantissa = mantissa * 10 + digit }
        }
        while index < scalars.count {
            if let digit = CharacterClass.digitValue(scalars[index]) {
                append(digit)
                integerDigits += 1
                if !sawSeparator { firstGroupDigits += 1 }
                index += 1
            } else if CharacterClass.isThousandsSeparator(scalars[index]),
                      firstGroupDigits <= 3, isThreeDigitGroup(scalars, at: index + 1) {
                sawSeparator = true
                index += 1
            } else {
                break
            }
        }
        var exponent = 0
        var hasDecimals = false
        if index + 1 < scalars.count, CharacterClass.isDecimalPoint(scalars[index]),
           CharacterClass.isDigit(scalars[index + 1]) {
            index += 1
            hasDecimals = true
            while index < scalars.count, let digit = CharacterClass.digitValue(scalars[index]) {
                append(digit)
                exponent -= 1
                index += 1
            }
        }
        let leadingZero = CharacterClass.digitValue(scalars[start]) == 0 && integerDigits > 1
        return NumberToken(
            mantissa: mantissa, exponent: exponent, script: .arabic, range: start..<index,
            integerDigitCount: integerDigits, hasLeadingZero: leadingZero, hasDecimals: hasDecimals,
            isSingleChineseDigit: false, includesBigUnit: false)
    }

    /// Three digits followed by something that is not a digit: one thousands group.
    private static func isThreeDigitGroup(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !CharacterClass.isDigit(scalars[index + offset]) { return false }
        return index + 3 == scalars.count || !CharacterClass.isDigit(scalars[index + 3])
    }

    /// Reads a Chinese numeral run at `start`, with a decimal part after 点 (三点五).
    /// A run that starts with 百/千/万/亿 is a number only when its words make it
    /// an approximate count (百余场, 千多人, 近千名, 上万人次); alone it means
    /// "hundreds of" (千名律师进乡村, 万家企业).
    static func chinese(in scalars: [Unicode.Scalar], at start: Int) -> NumberToken? {
        let run = ChineseNumerals.run(in: scalars, from: start)
        let estimate = run.isEmpty ? nil : ChineseNumerals.estimate(of: scalars[run])
        guard !run.isEmpty, let integer = estimate?.lower ?? ChineseNumerals.value(of: scalars[run])
            ?? (approximatesALeadingUnit(scalars, run) ? ChineseNumerals.valueWithLeadingUnit(of: scalars[run]) : nil)
        else { return nil }
        var end = run.upperBound
        var mantissa = integer
        var exponent = 0
        let endsWithBigUnit = ChineseNumerals.bigUnitExponent(scalars[run.upperBound - 1]) != nil
        if !endsWithBigUnit, end + 1 < scalars.count, scalars[end] == "点",
           ChineseNumerals.digitValue(scalars[end + 1]) != nil {
            end += 1
            while end < scalars.count, let digit = ChineseNumerals.digitValue(scalars[end]) {
                mantissa = mantissa * 10 + digit
                exponent -= 1
                end += 1
            }
        }
        let slice = scalars[run]
        return NumberToken(
            mantissa: mantissa, exponent: exponent, script: .chinese, range: start..<end,
            integerDigitCount: 0, hasLeadingZero: false, hasDecimals: exponent < 0,
            isSingleChineseDigit: ChineseNumerals.isSingleDigit(slice),
            includesBigUnit: slice.contains { ChineseNumerals.bigUnitExponent($0) != nil },
            upperMantissa: estimate?.upper)
    }

    /// Words before a run with a leading unit that make it a count: 近, 逾, 超, 约
    /// (将近, 接近, 超过, 大约 end in them), and 上 (`isUpwardsOf`).
    private static let leadingUnitApproximators = ScalarBits("近逾超约".unicodeScalars)

    /// 余/多 after a run that starts with its unit, or an approximating word before it.
    private static func approximatesALeadingUnit(_ scalars: [Unicode.Scalar], _ run: Range<Int>) -> Bool {
        guard ChineseNumerals.startsWithUnit(scalars[run]) else { return false }
        if run.upperBound < scalars.count, scalars[run.upperBound] == "余" || scalars[run.upperBound] == "多" { return true }
        return run.lowerBound > 0 && leadingUnitApproximators.contains(scalars[run.lowerBound - 1])
            || isUpwardsOf(scalars, before: run.lowerBound)
    }

    /// 上 before a numeral that starts with its unit: "upwards of" (上万人次), unless
    /// it ends a word (线上, 网上, 以上, 会上 …: 开展线上百家讲坛).
    static func isUpwardsOf(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        guard start > 0, scalars[start - 1] == "上" else { return false }
        return start < 2 || !wordsEndingIn上.contains(scalars[start - 2])
    }

    private static let wordsEndingIn上 = ScalarBits("线网以晚早会台马加向往之街镇村路身班".unicodeScalars)

    static func any(in scalars: [Unicode.Scalar], at start: Int) -> NumberToken? {
        arabic(in: scalars, at: start) ?? chinese(in: scalars, at: start)
    }
}
