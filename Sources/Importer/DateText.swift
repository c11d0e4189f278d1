/// Dates as Chinese reports write them: `2022-12-16`, `2022/12/16`,
/// `2020年8月27日`, and in Chinese numerals, as official documents date
/// themselves: `二〇二四年一月五日`.
enum DateText {
    /// Year, month and day of the first date in `text`.
    static func numbers(in text: String) -> (year: Int, month: Int, day: Int)? {
        guard let match = withArabicNumerals(text).firstMatch(of: #/(\d{4})\s*[-.\/年]\s*(\d{1,2})\s*[-.\/月]\s*(\d{1,2})/#),
              let year = Int(match.output.1), let month = Int(match.output.2), let day = Int(match.output.3),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (year, month, day)
    }

    /// A date and nothing else, as under a signature.
    static func isDateOnly(_ text: String) -> Bool {
        withArabicNumerals(text).wholeMatch(of: #/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-.\/]\d{1,2}[-.\/]\d{1,2}/#) != nil
    }

    /// A year and its month and nothing else (2024年4月, 二〇二四年四月), as an official
    /// document's cover or closing signature may date it.
    static func isYearAndMonth(_ text: String) -> Bool {
        withArabicNumerals(text).wholeMatch(of: #/\d{4}\s*年\s*\d{1,2}\s*月/#) != nil
    }

    /// The text with years, months and days written in Chinese numerals
    /// rewritten in Arabic ones (`二〇二三年` → `2023年`, `一月五日` → `1月5日`
    /// after such a year), and full-width digits in ASCII ones (`２０２５年` →
    /// `2025年`, as a PDF's signature may date itself); everything else as it was.
    static func withArabicNumerals(_ text: String) -> String {
        let text = withASCIIDigits(text)
        guard text.unicodeScalars.contains(where: { yearDigits[$0] != nil }) else { return text }
        return text.replacing(chineseDate) { match in
            let (_, year, month, day) = match.output
            var arabic = String(year.unicodeScalars.map { yearDigits[$0] ?? 0 }.reduce(0) { $0 * 10 + $1 }) + "年"
            if let month, let monthNumber = smallNumber(month) {
                arabic += "\(monthNumber)月"
                if let day, let dayNumber = smallNumber(day) { arabic += "\(dayNumber)日" }
            }
            return arabic
        }
    }

    private static func withASCIIDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { fullWidthDigits.contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = fullWidthDigits.contains(scalar.value) ? scalar.value - fullWidthDigits.lowerBound + 0x30 : scalar.value
            scalars.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(scalars)
    }

    /// ０ to ９.
    private static let fullWidthDigits: ClosedRange<UInt32> = 0xFF10...0xFF19

    /// A year of 19xx or 20xx in Chinese numerals, and its month and day if given.
    private static var chineseDate: Regex<(Substring, Substring, Substring?, Substring?)> {
        #/((?:一九|二[〇○零Ｏ])[〇○零Ｏ一二三四五六七八九]{2})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/#
    }

    private static let yearDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31.
    static func smallNumber(_ numeral: Substring) -> Int? {
        let scalars = Array(numeral.unicodeScalars)
        guard let ten = scalars.firstIndex(of: "十") else {
            return scalars.count == 1 ? yearDigits[scalars[0]].flatMap { $0 == 0 ? nil : $0 } : nil
        }
        let tens = ten == 0 ? 1 : (ten == 1 ? yearDigits[scalars[0]] : nil)
        let ones = ten == scalars.count - 1 ? 0 : (ten == scalars.count - 2 ? yearDigits[scalars[ten + 1]] : nil)
        guard let tens, let ones, tens > 0 else { return nil }
        return tens * 10 + ones
    }
}
