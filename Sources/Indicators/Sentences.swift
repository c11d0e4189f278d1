/// Sentence and clause boundaries of a block, in scalar positions of the aligned text.
struct Segmentation: Sendable {
    let sentences: [Range<Int>]
    let clauses: [Range<Int>]

    init(_ text: AlignedText, masked: [Bool]) {
        sentences = Self.split(text, masked: masked, boundaries: Self.sentenceEnds)
        clauses = Self.split(text, masked: masked, boundaries: Self.clauseEnds)
    }

    /// The scalars `CharacterClass.isSentenceEnd` and `isClauseEnd` accept, as bit sets
    /// (a test checks them against the functions for every scalar).
    static let sentenceEnds = ScalarBits(allScalars(where: CharacterClass.isSentenceEnd))
    static let clauseEnds = ScalarBits(allScalars(where: CharacterClass.isClauseEnd))

    private static func allScalars(where test: (Unicode.Scalar?) -> Bool) -> [Unicode.Scalar] {
        (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(test)
    }

    private static let closingQuotes = ScalarBits("”’」』)）".unicodeScalars)

    /// Splits after each boundary character; boundaries inside quotes and titles do not
    /// count (《关于…的意见》 may contain commas), and the boundary stays with the text before.
    private static func split(_ text: AlignedText, masked: [Bool], boundaries: ScalarBits) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<text.count where boundaries.contains(text.scalars[index]) && !masked[index] {
            // 2,300: a thousands separator, not a clause comma.
            if CharacterClass.isThousandsSeparator(text.scalars[index]),
               CharacterClass.isDigit(text[index - 1]), CharacterClass.isDigit(text[index + 1]) { continue }
            var end = index + 1
            // Keep closing quotes with the sentence they close: …”。 or 。”
            while end < text.count, closingQuotes.contains(text.scalars[end]) { end += 1 }
            if end > start { ranges.append(start..<end) }
            start = end
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    func sentence(containing position: Int) -> Range<Int> {
        Self.range(in: sentences, containing: position)
    }

    func clause(containing position: Int) -> Range<Int> {
        Self.range(in: clauses, containing: position)
    }

    /// The colons that end clauses of a sentence (法律明白人：3,216名), in order, into
    /// `colons`: read from the clauses' ends, not from every scalar. A colon inside a
    /// quote or a title ends no clause.
    func colons(in sentence: Range<Int>, of text: AlignedText, into colons: inout [Int]) {
        colons.removeAll(keepingCapacity: true)
        var index = Self.index(in: clauses, containing: sentence.lowerBound) ?? clauses.count
        while index < clauses.count, clauses[index].lowerBound < sentence.upperBound {
            var end = clauses[index].upperBound - 1
            while end > clauses[index].lowerBound, Self.closingQuotes.contains(text.scalars[end]) { end -= 1 }
            if text.scalars[end] == "：" || text.scalars[end] == ":" { colons.append(end) }
            index += 1
        }
    }

    private static func range(in ranges: [Range<Int>], containing position: Int) -> Range<Int> {
        index(in: ranges, containing: position).map { ranges[$0] } ?? position..<position
    }

    private static func index(in ranges: [Range<Int>], containing position: Int) -> Int? {
        // Binary search: blocks can be long paragraphs with many quantities.
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if position < range.lowerBound {
                high = middle - 1
            } else if position >= range.upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}

extension AlignedText {
    /// The original text of a range with surrounding whitespace and clause punctuation removed.
    func trimmedOriginal(_ range: Range<Int>, dropTrailingPunctuation: Bool) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, CharacterClass.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower {
            let last = scalars[upper - 1]
            if CharacterClass.isSpace(last) || (dropTrailingPunctuation && CharacterClass.isClauseEnd(last)) {
                upper -= 1
            } else {
                break
            }
        }
        return originalText(lower..<upper)
    }
}
