import Foundation
import Synchronization

/// ASCII URL names from Chinese place names: pinyin without tones, the
/// administrative suffix dropped (兰州市 → `lanzhou`, 城关区 → `chengguan`).
public enum Slug {
    /// Administrative suffixes that add nothing to a URL, longest first so
    /// 自治州 wins over 州.
    static let administrativeSuffixes = [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区",
        "省", "市", "区", "县", "州", "盟", "旗",
    ]

    public static func fromRegionName(_ name: String) -> String {
        // Trimmed on scalars as `trimmingCharacters(in: .whitespaces)` trims,
        // without Foundation: every report asks for its region's slug.
        var stem = String(Blanks.trimmed(Substring(name), Blanks.isSpace))
        // 临夏回族自治州 as 临夏州: its peoples are no part of its URL name.
        if let short = AutonomousAreas.shortName(of: stem) { stem = short }
        let length = stem.count
        if let suffix = administrativeSuffixes.first(where: { length > $0.count && stem.hasSuffix($0) }) {
            stem.removeLast(suffix.count)
        }
        return make(from: stem)
    }

    /// The URL name of a region. A region with a parent is prefixed by the
    /// parent's, because names like 城关区 recur across the country:
    /// 城关区 under 兰州市 → `lanzhou-chengguan`.
    public static func forRegion(_ name: String, parent: String?) -> String {
        let own = fromRegionName(name)
        guard let parent, !parent.isEmpty else { return own }
        return fromRegionName(parent) + "-" + own
    }

    /// Pinyin (or Latin text as it is) folded to `a-z0-9-`.
    ///
    /// Remembered per text for the life of the process: ICU transliteration costs tens of
    /// microseconds, and a site asks again and again for the same region names and for
    /// headings that recur across reports (基本情况, 主要做法).
    public static func make(from text: String) -> String {
        if let known = memo.withLock({ $0[text] }) { return known }
        // Transliterated outside the lock so threads never wait on ICU; two threads may
        // compute the same slug once each, which is harmless.
        let slug = folded(text, latin: latinByPieces)
        memo.withLock { memo in
            if memo.count >= memoLimit { memo.removeAll(keepingCapacity: true) }
            memo[text] = slug
        }
        return slug
    }

    /// Bounds the memory a long-running preview server spends on each memo.
    private static let memoLimit = 100_000
    private static let memo = Mutex<[String: String]>([:])
    private static let pieceMemo = Mutex<[Substring: String]>([:])

    /// `text` with its non-Latin letters spelt in Latin, without diacritics, as ICU's
    /// Any-Latin and diacritic stripping give them for the whole text.
    ///
    /// One thread at a time: Foundation makes a new transliterator for each
    /// thread that finds none free, and making Any-Latin (its Han rules) costs
    /// about a tenth of a second of CPU each time. Pieces are remembered, so
    /// ICU is asked a few hundred times even by a large site.
    static func latin(_ text: String) -> String {
        icu.withLock { _ in
            let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
            return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        }
    }

    private static let icu = Mutex<Void>(())

    /// Makes ICU's transliterators ahead of the first slug, e.g. on a thread
    /// of its own while content is read.
    public static func prepare() {
        _ = latin("兰州")
    }

    /// `latin(_:)` a piece at a time: ASCII digits and punctuation are kept as they are
    /// and cut the text into pieces, each transliterated once per process. Titles differ
    /// mostly in their numbers (第4部分, 2024年度), so their pieces recur even where the
    /// whole titles do not. The pieces can spell differently from the whole only in
    /// spaces between syllables, which `folded` drops.
    ///
    /// Spaces stay inside pieces: ICU's Han rules read a space as context (重 庆 is
    /// "chóng qìng" as 重庆 is, while 重 alone is "zhòng").
    static func latinByPieces(_ text: String) -> String {
        var latin = ""
        var rest = Substring(text)
        while let first = rest.unicodeScalars.first {
            let keptAsItIs = isKeptAsItIs(first)
            let end = rest.unicodeScalars.firstIndex { isKeptAsItIs($0) != keptAsItIs } ?? rest.endIndex
            let piece = rest[..<end]
            rest = rest[end...]
            if keptAsItIs {
                latin += piece
            } else if let known = pieceMemo.withLock({ $0[piece] }) {
                latin += known
            } else {
                let spelt = Self.latin(String(piece))
                pieceMemo.withLock { memo in
                    if memo.count >= memoLimit { memo.removeAll(keepingCapacity: true) }
                    memo[piece] = spelt
                }
                latin += spelt
            }
        }
        return latin
    }

    /// ASCII that is neither a letter nor a space: transliteration leaves it alone and
    /// no rule reads it.
    private static func isKeptAsItIs(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar != " " && !(("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar))
    }

    /// The slug of `text` from its Latin spelling.
    static func folded(_ text: String, latin: (String) -> String) -> String {
        let plain = latin(text)
        // Transliteration separates syllables with spaces; those are joined
        // (兰州 → lanzhou), while spaces the text itself had separate words.
        let spacesJoinSyllables = !text.unicodeScalars.allSatisfy(\.isASCII)
        var slug = ""
        var pendingHyphen = false
        for scalar in plain.lowercased().unicodeScalars {
            let isWordCharacter = isASCIIAlphanumeric(scalar)
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " && spacesJoinSyllables {
                // Pinyin syllables of one name are joined: "lan zhou" → "lanzhou".
                continue
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// The ASCII scalars of `CharacterSet.alphanumerics`: letters and digits.
    /// Tested without Foundation, which asks CoreFoundation for the set each time.
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Whether a user-given slug is safe as one URL path segment.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        } && slug.first != "-"
    }
}
