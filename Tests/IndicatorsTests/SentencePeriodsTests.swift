@testable import Indicators
import PropertyBased
import Testing

/// Reading a sentence's periods once for all its figures must give each figure what a
/// reading from the sentence start up to its own number gives.
@Suite struct SentencePeriodsTests {
    /// Period words, their parts, years and their parts, run together at random.
    static let pieces = [
        "2024年", "2023年度", "1998年", "12024年", "20", "24", "年", "度", "上半年", "半年", "前三季度", "三季度",
        "第一季度", "一季度", "季度", "今年", "去年", "全年", "每年", "每季度", "每月", "培训", "，", "。", "较", "比", "至", "—",
        "由", "从", "的", "底",
    ]

    @Test func eachFigureGetsWhatReadingUpToItGets() async {
        let sentence = Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 0...12).map { $0.joined() }
        let cuts = Gen.int(in: 0...40).array(of: 1...4)
        let maskBits = Gen.bool.array(of: 40...40)
        await propertyCheck(count: 600, input: sentence, cuts, maskBits) { sentence, cuts, maskBits in
            let text = AlignedText(sentence, normaliser: .identity)
            let masked = (0..<text.count).map { $0 % 7 == 3 && maskBits[$0 % maskBits.count] }
            let start = min(cuts[0] % 3, text.count)
            var periods = SentencePeriods(sentenceStart: start, in: text, masked: masked)
            // Figures in reading order, each with a clause that starts at or before its number.
            let numbers = cuts.map { min($0, text.count) }.sorted()
            for (index, numberStart) in numbers.enumerated() {
                let clauseStart = max(start, numberStart - cuts[(index + 1) % cuts.count] % 9)
                let expected = Self.periodsReadingUpTo(numberStart, from: start, clauseStart: clauseStart,
                                                       in: text, masked: masked)
                #expect(periods.periods(clauseStart: clauseStart, numberStart: numberStart) == expected,
                        "\(sentence) start \(start) clause \(clauseStart) number \(numberStart)")
            }
        }
    }

    @Test func yearsPeriodsAndFrequencies() {
        let text = AlignedText("2023年上半年，今年每年培训2次", normaliser: .identity)
        var periods = SentencePeriods(sentenceStart: 0, in: text, masked: Array(repeating: false, count: text.count))
        #expect(periods.periods(clauseStart: 12, numberStart: 15) == ["2023年度", "上半年"])
        #expect(periods.periods(clauseStart: 0, numberStart: 15) == ["2023年度", "上半年", "每年"])
        #expect(periods.periods(clauseStart: 0, numberStart: 5) == ["2023年度"])
        #expect(periods.periods(clauseStart: 0, numberStart: 4) == [])
    }

    @Test func aRangeOfYearsShowsTheRange() {
        let text = AlignedText("2016年至2020年，共调解矛盾纠纷1.86万件", normaliser: .identity)
        var periods = SentencePeriods(sentenceStart: 0, in: text, masked: Array(repeating: false, count: text.count))
        #expect(periods.periods(clauseStart: 0, numberStart: 5) == ["2016年度"])
        #expect(periods.periods(clauseStart: 12, numberStart: 19) == ["2016—2020年"])
    }

    @Test func aYearComparedWithIsNoPeriod() {
        let text = AlignedText("2023年，法律明白人达到2105名，较2022年增加245名；开展活动516场次", normaliser: .identity)
        var periods = SentencePeriods(sentenceStart: 0, in: text, masked: Array(repeating: false, count: text.count))
        #expect(periods.periods(clauseStart: 19, numberStart: 27) == ["2023年度"])
        #expect(periods.periods(clauseStart: 32, numberStart: 36) == ["2023年度"])
    }

    @Test func aPartOfTheYearGivesWayToTheNextOneNamed() {
        let text = AlignedText("今年上半年开展活动760场；下半年开展活动820场，全年共1580场", normaliser: .identity)
        var periods = SentencePeriods(sentenceStart: 0, in: text, masked: Array(repeating: false, count: text.count))
        #expect(periods.periods(clauseStart: 0, numberStart: 9) == ["今年", "上半年"])
        #expect(periods.periods(clauseStart: 14, numberStart: 21) == ["今年", "下半年"])
        #expect(periods.periods(clauseStart: 26, numberStart: 29) == ["今年", "全年"])
    }

    @Test func theYearARiseStartsFromIsOnlyItsClauses() {
        let text = AlignedText("法律明白人由2023年的2146名增至2611名，净增465名", normaliser: .identity)
        var periods = SentencePeriods(sentenceStart: 0, in: text, masked: Array(repeating: false, count: text.count))
        #expect(periods.periods(clauseStart: 0, numberStart: 12) == ["2023年度"])
        #expect(periods.periods(clauseStart: 0, numberStart: 5) == [])
        #expect(periods.periods(clauseStart: 25, numberStart: 27) == [])
    }

    /// The reading as it was made for one figure at a time: from the sentence start up to
    /// the number, refusing words that run past it.
    static func periodsReadingUpTo(_ numberStart: Int, from sentenceStart: Int, clauseStart: Int,
                                   in text: AlignedText, masked: [Bool]) -> [String] {
        let periodWords = ["上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度",
                           "二季度", "三季度", "四季度", "今年", "去年", "全年"].map { Array($0.unicodeScalars) }
        let clauseOnlyWords = ["每年", "每季度", "每月"].map { Array($0.unicodeScalars) }
        let partsOfYear: Set = ["上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度",
                                "二季度", "三季度", "四季度", "全年"]
        var year: String?
        var others: [String] = []
        var position = sentenceStart
        while position < numberStart {
            if masked[position] { position += 1; continue }
            if position + 5 <= numberStart, let found = yearExpression(at: position, in: text) {
                // 由2023年的…: the year a rise starts from is its own clause's only.
                let after = position + found.length
                let startsARise = (text[position - 1] == "由" || text[position - 1] == "从")
                    && (text[after] == "的" || ((text[after] == "底" || text[after] == "末") && text[after + 1] == "的"))
                if !startsARise || position >= clauseStart { year = found.shown }
                position += found.length
                continue
            }
            let matches: ([Unicode.Scalar]) -> Bool = { text.hasPrefix($0, at: position) }
            if let word = periodWords.first(where: matches)
                ?? (position >= clauseStart ? clauseOnlyWords.first(where: matches) : nil),
               position + word.count <= numberStart {
                let shown = String(String.UnicodeScalarView(word))
                // A part of the year gives way to the next one named.
                if partsOfYear.contains(shown) { others.removeAll { partsOfYear.contains($0) } }
                if !others.contains(shown) { others.append(shown) }
                position += word.count
                continue
            }
            position += 1
        }
        if year != nil { others.removeAll { $0 == "今年" || $0 == "去年" } }
        return (year.map { [$0] } ?? []) + others
    }

    private static func yearExpression(at position: Int, in text: AlignedText) -> (shown: String, length: Int)? {
        guard let year = year(at: position, in: text), text[position + 4] == "年",
              text[position - 1]?.properties.numericType != .decimal,
              text[position - 1] != "较", text[position - 1] != "比" else { return nil }
        let length = text[position + 5] == "度" ? 6 : 5
        // The end of a range: 2016年至2020年.
        if let mark = text[position - 1], "至到—–-~～".unicodeScalars.contains(mark), text[position - 2] == "年",
           let first = self.year(at: position - 6, in: text), text[position - 7]?.properties.numericType != .decimal, first < year {
            return ("\(first)—\(year)年", length)
        }
        return ("\(year)年度", length)
    }

    private static func year(at position: Int, in text: AlignedText) -> Int? {
        let digits = (0..<4).compactMap { text[position + $0]?.properties.numericType == .decimal ? text[position + $0] : nil }
        guard digits.count == 4, ["19", "20"].contains(String(String.UnicodeScalarView(digits.prefix(2)))) else { return nil }
        return Int(String(String.UnicodeScalarView(digits)))
    }
}
