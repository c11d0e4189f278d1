/// Words around a number that say how exact it is.
enum Qualifiers {
    struct Word: Sendable {
        var written: [Unicode.Scalar]
        var qualifier: Qualifier
    }

    private static func words(_ pairs: [(String, Qualifier)]) -> [Word] {
        pairs.map { Word(written: Array($0.0), qualifier: $0.1) }
            .sorted { $0.written.count > $1.written.count }
    }

    /// Right before the number. Only the non-exact ones are kept in the quantity's text;
    /// 达/共/累计 are verbs of the sentence and read as exact anyway.
    static let prefixes: [Word] = words([
        ("≥", .atLeast), ("不少于", .atLeast), ("不低于", .atLeast), ("不下于", .atLeast), ("不下", .atLeast), ("至少", .atLeast), ("多于", .approxOver),
        ("超过", .approxOver), ("突破", .approxOver), ("超过了", .approxOver), ("突破了", .approxOver), ("超", .approxOver), ("逾", .approxOver), ("大约", .approx),
        ("将近", .approx), ("接近", .approx), ("近", .approx), ("约", .approx), ("大概", .approx), ("差不多", .approx),
    ])

    /// Exact markers: read for the qualifier only when nothing else says otherwise.
    static let exactPrefixes: [[Unicode.Scalar]] = ["达到", "达", "共计", "共", "累计", "总计", "合计"]
        .map { Array($0) }

    /// Between the number and its multiplier or unit: 300余场次, 1700余万, 100多家, 二十几件,
    /// a new-media post's 1200+场, and speech's 一百来场 (about a hundred).
    static let infixes: [Word] = words([("余", .approxOver), ("多", .approxOver), ("几", .approxOver),
                                        ("+", .approxOver), ("＋", .approxOver), ("来", .approx)])

    /// After the unit: 99%以上, 10人左右, 90分及以上.
    static let suffixes: [Word] = words([("及以上", .atLeast), ("以上", .atLeast), ("左右", .approx)])

    static func prefix(in text: AlignedText, before index: Int) -> Word? {
        guard let word = prefixes.first(where: { text.hasSuffix($0.written, before: index) }) else { return nil }
        // 村规民约14份, 公约3条: a word that ends in 约 says nothing of how exact the number is.
        if word.written.count == 1, word.written[0] == "约", endsAWord(约At: index - 1, in: text) { return nil }
        return word
    }

    /// Lower bounds that may stand before the verb of their number: 至少培养5名, 不少于配备3名.
    static let boundsBeforeVerb: [Word] = prefixes.filter { $0.qualifier == .atLeast }

    private static let boundEnds = ScalarBits(boundsBeforeVerb.map { $0.written[$0.written.count - 1] })

    /// The bound of a number whose verb, and the verb's object, stand between
    /// them: 至少培养5名, 至少培育学法用法示范户10户. Only words and quotes may
    /// stand between, up to `longestVerbPhrase` characters.
    static func boundBeforeVerb(in text: AlignedText, before index: Int) -> Qualifier? {
        var verbStart = index - 1
        while verbStart > 0, index - verbStart <= longestVerbPhrase {
            let scalar = text.scalars[verbStart]
            guard CharacterClass.isIdeograph(scalar) || quotes.contains(scalar) else { return nil }
            // Asked of most numbers: a bound ends in 于 or 少, or none is there.
            if let before = text[verbStart - 1], boundEnds.contains(before),
               let bound = boundsBeforeVerb.first(where: { text.hasSuffix($0.written, before: verbStart) }) {
                return bound.qualifier
            }
            verbStart -= 1
        }
        return nil
    }

    /// 约 and a verb before the number (约占43%, 约为1200人), perhaps with the verb's
    /// object between (全市约有外来务工人员27万人, 大约进行40分钟): approximate, with the
    /// verb, which is the sentence's, left out of the quantity's text. Only words may
    /// stand between, up to `longestVerbPhrase` characters; 签约, 节约, 制约 are other words.
    static func isApproximateBeforeVerb(in text: AlignedText, before index: Int) -> Bool {
        var verbStart = index - 1
        while verbStart >= 1, index - verbStart <= longestVerbPhrase {
            let scalar = text.scalars[verbStart]
            guard CharacterClass.isIdeograph(scalar) || quotes.contains(scalar) else { return false }
            if text.scalars[verbStart - 1] == "约",
               approximatedVerbs.contains(scalar) || text.hasPrefix(carryOutWord, at: verbStart) {
                return !endsAWord(约At: verbStart - 1, in: text)
            }
            verbStart -= 1
        }
        return false
    }

    private static let approximatedVerbs = ScalarBits("占为有计达".unicodeScalars)
    private static let carryOutWord: [Unicode.Scalar] = Array("进行".unicodeScalars)
    /// 签约, 节约, 制约, 预约, 邀约, 契约, 合约, 公约, 条约, 违约, 履约, 特约: words that end in 约.
    private static let wordsEnding约 = ScalarBits("签节制预邀契合公条违履特".unicodeScalars)

    /// Whether the 约 at `position` ends such a word, or 村规民约 (居民约3000人 is an estimate).
    private static func endsAWord(约At position: Int, in text: AlignedText) -> Bool {
        guard let before = text[position - 1] else { return false }
        return wordsEnding约.contains(before) || before == "民" && text[position - 2] == "规"
    }

    static let longestVerbPhrase = 12
    private static let quotes = ScalarBits("“”「」\"".unicodeScalars)

    static func infix(in text: AlignedText, at index: Int) -> Word? {
        infixes.first { text.hasPrefix($0.written, at: index) }
    }

    static func suffix(in text: AlignedText, at index: Int) -> Word? {
        suffixes.first { text.hasPrefix($0.written, at: index) }
    }
}
