/// The period words of one sentence (2024年度, 上半年, 今年, 每年), read once for all the
/// figures in it. Each figure takes the words before its number; a run-on sentence with
/// dozens of figures is then read once, not once per figure.
///
/// The sentence is read left to right from its start, the way one reading up to a figure
/// would go: a word is taken where it starts and the reading resumes after it. A reading
/// that stops at a figure differs only in refusing words that run past the figure's number,
/// and no word contains another word that ends sooner, so which words a figure takes is a
/// filter over the whole reading. A word added to the lists below must keep that true, and
/// be added to the reference reading in `SentencePeriodsTests` too.
struct SentencePeriods {
    private struct Word {
        enum Kind {
            case year, period, clauseOnly
            /// The year a rise starts from (由2023年的2,146名增至2,611名): the period of its
            /// own clause's figures only, not of the next clause's 净增465名.
            case startingYear
        }

        let start: Int
        /// Where the figure's number may start at the earliest for the word to count.
        let end: Int
        let shown: String
        let kind: Kind
    }

    private let text: AlignedText
    private let masked: [Bool]
    private let sentenceStart: Int
    /// Where the reading goes on.
    private var position: Int
    private var words: [Word] = []

    init(sentenceStart: Int, in text: AlignedText, masked: [Bool]) {
        self.text = text
        self.masked = masked
        self.sentenceStart = sentenceStart
        position = sentenceStart
    }

    /// The figure's periods: the last explicit year (2024年度), then the other period words
    /// in reading order, once each; 今年 and 去年 give way to an explicit year, and a part
    /// of the year (上半年, 三季度, 全年) to the next one named (今年上半年…；下半年…). Frequency
    /// words (每年) count only inside the figure's own clause. Titles (《2023年工作要点》),
    /// being masked, do not count.
    mutating func periods(clauseStart: Int, numberStart: Int) -> [String] {
        read(upTo: numberStart)
        var year: String?
        var others: [String] = []
        for word in words where word.end <= numberStart {
            switch word.kind {
            case .year: year = word.shown
            case .clauseOnly where word.start < clauseStart, .startingYear where word.start < clauseStart: continue
            case .startingYear: year = word.shown
            case .period, .clauseOnly:
                if Self.partsOfYear.contains(word.shown) { others.removeAll(where: Self.partsOfYear.contains) }
                if !others.contains(word.shown) { others.append(word.shown) }
            }
        }
        if year != nil { others.removeAll { $0 == "今年" || $0 == "去年" } }
        return (year.map { [$0] } ?? []) + others
    }

    private mutating func read(upTo limit: Int) {
        // Read once here, not at each position (each read of a static asks whether it is made).
        let wordStarts = Self.wordStarts, periodWords = Self.periodWords
        while position < limit {
            if masked[position] { position += 1; continue }
            if let year = Self.yearExpression(at: position, in: text) {
                // 2024年度 counts for a number right after 年, before 度 is read.
                let startsARise = Self.startMarks.contains(text[position - 1]) && Self.isFollowedByDe(position + year.length, in: text)
                words.append(Word(start: position, end: position + 5, shown: year.shown, kind: startsARise ? .startingYear : .year))
                position += year.length
                continue
            }
            guard let scalar = text[position], wordStarts.contains(scalar),
                  let word = periodWords.first(where: { text.hasPrefix($0.written, at: position) })
            else {
                position += 1
                continue
            }
            words.append(Word(start: position, end: position + word.written.count, shown: word.shown, kind: word.kind))
            position += word.written.count
        }
    }

    private struct PeriodWord {
        let written: [Unicode.Scalar]
        let shown: String
        let kind: Word.Kind

        init(_ shown: String, _ kind: Word.Kind) {
            written = Array(shown.unicodeScalars)
            self.shown = shown
            self.kind = kind
        }
    }

    /// Longest first where one contains another (前三季度 before 三季度); frequency words,
    /// which govern only their own clause (每年开展集中学习2次以上,培训科级干部6875人), last.
    private static let periodWords: [PeriodWord] = [
        "上半年", "下半年", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度",
        "三季度", "四季度", "今年", "去年", "全年",
    ].map { PeriodWord($0, .period) } + ["每年", "每季度", "每月"].map { PeriodWord($0, .clauseOnly) }

    /// The parts of a year (the period words but 今年 and 去年, which name a year):
    /// a figure is of one of them at most.
    static let partsOfYear = Set(periodWords.filter { $0.kind == .period && $0.shown != "今年" && $0.shown != "去年" }.map(\.shown))

    private static let comparisonMarks: Set<Unicode.Scalar?> = ["较", "比"]
    /// Before the year a change starts from: 由2023年的, 从2023年底的.
    private static let startMarks: Set<Unicode.Scalar?> = ["由", "从"]

    /// 的 right after a year, or after its 底 or 末: the year names a starting point's time.
    private static func isFollowedByDe(_ position: Int, in text: AlignedText) -> Bool {
        text[position] == "的" || ((text[position] == "底" || text[position] == "末") && text[position + 1] == "的")
    }

    /// Most positions start no word, and are passed over at one lookup.
    private static let wordStarts = ScalarBits(periodWords.map { $0.written[0] })

    /// 2024年 or 2024年度 (four Arabic digits, not part of a longer number). The
    /// year a figure is compared with (较2022年增加245名, 比2022年) is not its period.
    /// The end of a range of years (2016年至2020年) shows the range: 2016—2020年.
    private static func yearExpression(at position: Int, in text: AlignedText) -> (shown: String, length: Int)? {
        // Asked at every position of a sentence: the cheap tests first, the text made last.
        guard text[position + 4] == "年", !CharacterClass.isDigit(text[position - 1]),
              !comparisonMarks.contains(text[position - 1]), let year = fourDigitYear(at: position, in: text) else { return nil }
        let hasDu = text[position + 5] == "度"
        if rangeMarks.contains(text[position - 1]), text[position - 2] == "年", let first = fourDigitYear(at: position - 6, in: text),
           !CharacterClass.isDigit(text[position - 7]), first < year {
            return ("\(first)—\(year)年", hasDu ? 6 : 5)
        }
        return ("\(year)年度", hasDu ? 6 : 5)
    }

    /// The year written in four Arabic digits at `position`, 19xx or 20xx.
    private static func fourDigitYear(at position: Int, in text: AlignedText) -> Int? {
        var year = 0
        for offset in 0..<4 {
            guard let digit = text[position + offset].flatMap(CharacterClass.digitValue) else { return nil }
            year = year * 10 + digit
        }
        return (1900..<2100).contains(year) ? year : nil
    }

    /// Between the years of a range: 2016年至2020年, 2021年—2023年.
    private static let rangeMarks: Set<Unicode.Scalar?> = ["至", "到", "—", "–", "-", "~", "～"]
}
