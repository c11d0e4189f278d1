/// Facts read from the report's own words: the year it speaks for and the
/// five-year legal-publicity plan (七五, 八五) it belongs to.
enum TextFacts {
    /// The report year: the latest year the text mentions as past or
    /// present (`2024年度`, `2023年11月`, `二〇二三年`, a title's `（2023）`, a list's
    /// `2024-12-05`). Targets such as
    /// `到2025年`, `2025年前` or `力争2024年…` look ahead and are skipped.
    static func reportYear(in text: String) -> Int? {
        let text = DateText.withArabicNumerals(text)
        var best: Int?
        for match in text.matches(of: #/((?:19|20)\d{2})\s*年(?!前|底前|之前)|[（(【\[]((?:19|20)\d{2})[）)】\]]|((?:19|20)\d{2})-\d{1,2}-\d{1,2}(?!\d)/#) {
            guard let year = (match.output.1 ?? match.output.2 ?? match.output.3).flatMap({ Int($0) }) else { continue }
            let before = String(text[..<match.range.lowerBound].unicodeScalars.suffix(2))
            if let last = before.unicodeScalars.last, ("0"..."9").contains(last) { continue }
            if before.contains("到") || before.contains("至") || before.contains("—") || before.contains("-") { continue }
            if goalWords.contains(before) { continue }
            best = max(best ?? year, year)
        }
        return best
    }

    /// Words right before a year that make it a goal's: 力争2024年, 计划2025年.
    static let goalWords: Set<String> = ["力争", "争取", "计划", "预计", "目标"]

    static let numerals = "一二三四五六七八九"

    /// The plan most often named: `“八五”普法` (or `「八五」`, `"八五"`), `七五普法`, or
    /// `第八个五年法治宣传教育`, unless one of those named spans `year`, the
    /// year the report speaks for: a report of 2025, the 八五 plan's last year,
    /// that looks ahead to the 九五 is of the 八五. Ties go to the later plan.
    static func period(in text: String, year: Int? = nil) -> String? {
        var counts: [String: Int] = [:]
        for match in text.matches(of: #/[“「"]?([一二三四五六七八九])五[”」"]?\s*普法|[“「"]([一二三四五六七八九])五[”」"]/#) {
            // `十四五` is the national plan, not a legal-publicity one.
            if let before = text[..<match.range.lowerBound].last, before == "十" || numerals.contains(before) { continue }
            guard let numeral = match.output.1 ?? match.output.2 else { continue }
            counts[String(numeral) + "五", default: 0] += 1
        }
        for match in text.matches(of: #/第([一二三四五六七八九])个五年(?:法治宣传教育|普法)/#) {
            counts[String(match.output.1) + "五", default: 0] += 1
        }
        if let year, let spanning = counts.keys.first(where: { years(of: $0).contains(year) }) { return spanning }
        return counts.max { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value < rhs.value }
            return rank(lhs.key) < rank(rhs.key)
        }?.key
    }

    /// The years of a plan: the first (一五) began in 1986, each runs five years.
    static func years(of period: String) -> ClosedRange<Int> {
        let start = 1986 + 5 * rank(period)
        return start...(start + 4)
    }

    private static func rank(_ period: String) -> Int {
        guard let first = period.first, let index = numerals.firstIndex(of: first) else { return 0 }
        return numerals.distance(from: numerals.startIndex, to: index)
    }
}
