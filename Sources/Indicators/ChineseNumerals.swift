/// Reads Chinese numerals: 一…九, 两, 〇/零, 十, 百, 千, 万, 亿, and their financial forms.
enum ChineseNumerals {
    static func digitValue(_ scalar: Unicode.Scalar?) -> Int? {
        guard let scalar else { return nil }
        switch scalar {
        case "〇", "零": return 0
        case "一", "壹": return 1
        case "二", "两", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 十, 百, 千: multiply the digit before them within a section of four places.
    static func smallUnitValue(_ scalar: Unicode.Scalar?) -> Int? {
        guard let scalar else { return nil }
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// 万, 亿: close a section; also the multipliers after Arabic digits (39.36万).
    static func bigUnitExponent(_ scalar: Unicode.Scalar?) -> Int? {
        guard let scalar else { return nil }
        switch scalar {
        case "万": return 4
        case "亿": return 8
        default: return nil
        }
    }

    static func isNumeral(_ scalar: Unicode.Scalar?) -> Bool {
        digitValue(scalar) != nil || smallUnitValue(scalar) != nil || bigUnitExponent(scalar) != nil
    }

    /// The longest run of numeral characters starting at `start`, in one form:
    /// a number is written in the common form or in the financial one (壹佰伍拾),
    /// never both, so 伍 before 十六 is the end of a word (队伍十六支), not a digit.
    static func run(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int> {
        // A range's joiner or 百分之 can end the text (转发88-): no run after it.
        guard start < scalars.count else { return start..<start }
        // 唯一一个, 逐一一: a word's 一, then the number's; no count is written 一一.
        if scalars[start] == "一", start + 1 < scalars.count, scalars[start + 1] == "一" { return start..<(start + 1) }
        var end = start
        var financial: Bool?
        while end < scalars.count, isNumeral(scalars[end]) {
            let scalar = scalars[end]
            if !sharedForms.contains(scalar) {
                let isFinancial = financialForms.contains(scalar)
                if let financial, financial != isFinancial { break }
                financial = isFinancial
            }
            end += 1
        }
        return start..<end
    }

    private static let financialForms = ScalarBits("壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars)
    /// Written the same in both forms.
    private static let sharedForms = ScalarBits("〇零万亿".unicodeScalars)

    /// The value of a run such as 三千二百, 十二, 一百零五, 二〇二四, 三亿五千万.
    ///
    /// Returns nil for runs that are not one number: two digits in a row inside a run
    /// with units (三四十, an estimate), or a run starting with 百/千/万/亿, which in
    /// running text means "hundreds of"/"thousands of" (千名律师, 万家企业), not a count.
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = run.first, first != "百", first != "千", first != "万", first != "亿",
              first != "佰", first != "仟" else { return nil }
        let hasUnits = run.contains { smallUnitValue($0) != nil || bigUnitExponent($0) != nil }
        if !hasUnits {
            // 二〇二四: digits read place by place.
            var positional = 0
            for scalar in run {
                guard let digit = digitValue(scalar) else { return nil }
                positional = positional * 10 + digit
            }
            return positional
        }
        var total = 0
        var section = 0
        var pending: Int?
        var previousWasDigit = false
        for scalar in run {
            if let digit = digitValue(scalar) {
                // 零 is a place holder (一千零五); any other digit after a digit breaks the number.
                if previousWasDigit, digit != 0, pending != 0 { return nil }
                pending = digit
                previousWasDigit = true
            } else if let unit = smallUnitValue(scalar) {
                section += (pending ?? 1) * unit
                pending = nil
                previousWasDigit = false
            } else if let exponent = bigUnitExponent(scalar) {
                let sectionValue = section + (pending ?? 0)
                let multiplier = exponent == 8 ? 100_000_000 : 10_000
                if exponent == 8 {
                    total = (total + sectionValue) * multiplier
                } else {
                    total += sectionValue * multiplier
                }
                section = 0
                pending = nil
                previousWasDigit = false
            }
        }
        return total + section + (pending ?? 0)
    }

    /// An estimate written with two neighbouring digits, then the units both share:
    /// 五六 (5 to 6), 两三百 (200 to 300), 三四十 (30 to 40), 一两千 (1000 to 2000). Not
    /// 一二 (一二·九 names a day), nor digits read place by place (二〇二四).
    static func estimate(of run: ArraySlice<Unicode.Scalar>) -> (lower: Int, upper: Int)? {
        let scalars = Array(run)
        guard scalars.count >= 2, let low = digitValue(scalars[0]), let high = digitValue(scalars[1]),
              low > 0, high == low + 1, scalars[1] != "二" else { return nil }
        let units = scalars.dropFirst(2)
        if units.isEmpty { return (low, high) }
        guard let first = units.first, smallUnitValue(first) != nil || bigUnitExponent(first) != nil,
              let lower = value(of: [scalars[0]] + units), let upper = value(of: [scalars[1]] + units)
        else { return nil }
        return (lower, upper)
    }

    /// Whether a run starts with 百/千/万/亿 (or 佰/仟), which alone means "hundreds of".
    static func startsWithUnit(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = run.first else { return false }
        return (smallUnitValue(first) ?? 0) >= 100 || bigUnitExponent(first) != nil
    }

    /// The value of a run that starts with its unit, read as if 一 stood before it:
    /// 千 → 1000, 百万 → 1,000,000. Only for runs their words make a count (百余场, 近千名).
    static func valueWithLeadingUnit(of run: ArraySlice<Unicode.Scalar>) -> Int? {
        guard startsWithUnit(run) else { return nil }
        return value(of: ["一"] + run)
    }

    /// Whether a run is a single digit character such as 三 or 两: the numerals slogans use.
    static func isSingleDigit(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        run.count == 1 && digitValue(run.first) != nil
    }
}
