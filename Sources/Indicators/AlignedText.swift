import Foundation

/// Turns text into the script the rules are written in, e.g. Traditional → Simplified.
///
/// A closure rather than a fixed table so that callers with a better converter
/// (OpenCC in the importer) can pass it in; the default is ICU's Hant-Hans transform.
public struct ScriptNormaliser: Sendable {
    public let normalise: @Sendable (String) -> String
    /// The same on scalars, nil meaning unchanged, for a normaliser that has
    /// it: extraction works on scalars, so it saves two conversions per block.
    let normaliseScalars: (@Sendable ([Unicode.Scalar]) -> [Unicode.Scalar]?)?

    public init(_ normalise: @escaping @Sendable (String) -> String) {
        self.init(normalise, scalars: nil)
    }

    init(_ normalise: @escaping @Sendable (String) -> String, scalars: (@Sendable ([Unicode.Scalar]) -> [Unicode.Scalar]?)?) {
        self.normalise = normalise
        normaliseScalars = scalars
    }

    /// ICU's Hant-Hans transform. Falls back to the text unchanged if ICU lacks the transform.
    public static let traditionalToSimplified: ScriptNormaliser = {
        let convert: @Sendable (String) -> String = { TraditionalToSimplified.convert($0) }
        guard let rules = TraditionalToSimplified.rules else { return ScriptNormaliser(convert) }
        return ScriptNormaliser(convert, scalars: { rules.apply(to: $0) })
    }()

    /// Whether normalising changes the text, compared as Strings compare
    /// (canonical equivalents are equal). Without a String when no rule applies.
    public func changes(_ scalars: [Unicode.Scalar]) -> Bool {
        if let normaliseScalars {
            guard let normalised = normaliseScalars(scalars) else { return false }
            if let decided = Self.differsAtFirstChange(normalised, scalars) { return decided }
            return String(String.UnicodeScalarView(normalised)) != String(String.UnicodeScalarView(scalars))
        }
        let text = String(String.UnicodeScalarView(scalars))
        return normalise(text) != text
    }

    /// Whether two scalar sequences of one length differ as Strings, or nil
    /// when the scalars alone cannot tell. Equal scalars make equal Strings.
    /// Where they first differ, two different CJK Unified Ideographs make
    /// different Strings: neither decomposes, and both are starters, so
    /// nothing after them reorders into them. Any other first difference
    /// (a compatibility ideograph, a mark) may be canonically equivalent.
    static func differsAtFirstChange(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool? {
        guard a.count == b.count else { return nil }
        guard let first = a.indices.first(where: { a[$0] != b[$0] }) else { return false }
        let unified: ClosedRange<UInt32> = 0x4E00...0x9FFF
        return unified.contains(a[first].value) && unified.contains(b[first].value) ? true : nil
    }

    /// For text known to be Simplified already.
    public static let identity = ScriptNormaliser({ $0 }, scalars: { _ in nil })
}

/// The original text and its normalised form, aligned scalar by scalar.
///
/// Rules read `scalars` (normalised); every position maps back to a byte offset in the
/// original through `utf8Offsets`, so marks land on the text as the author wrote it even
/// when the normaliser would change lengths. The pinyin a converter put after a
/// character (經(jīng)費) has no position: the rules read 经费, and the original keeps it.
/// Nor has a space between a figure and its words (新增 35 个): the rules read 新增35个.
struct AlignedText: Sendable {
    let original: String
    /// Normalised scalars: one for each of the original's, but pinyin glosses.
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each original scalar, plus one final entry for the end of the text.
    let utf8Offsets: [Int]
    /// Where each scalar ends in the UTF-8, when a gloss was left out (the next
    /// scalar's offset then lies past the gloss); nil when none was.
    private let utf8Ends: [Int]?

    init(_ original: String, normaliser: ScriptNormaliser) {
        self.original = original
        // The scalars and their offsets in one pass over the UTF-8 (a String is valid UTF-8).
        var text = original
        // A pinyin gloss needs a parenthesis with a Latin letter after it (a-z, or a vowel
        // with a tone mark): noted as the scalars are read, since nearly no block has one.
        var mayHoldGloss = false
        // A space may stand between a figure and its words (新增 35 个 法治文化阵地): noted too.
        var sawSpace = false
        let (originalScalars, offsets) = text.withUTF8 { bytes in
            // At most a scalar per byte: both are written in place, then cut to length.
            var count = 0
            var scalars: [Unicode.Scalar] = []
            var opened = false
            let offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, writtenOffsets in
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, writtenScalars in
                    var offset = 0
                    while offset < bytes.count {
                        offsets[count] = offset
                        let (scalar, width) = Self.decode(bytes, at: offset)
                        scalars[count] = scalar
                        if opened, (0x61...0x7A).contains(scalar.value) || (0xE0...0x1DC).contains(scalar.value) {
                            mayHoldGloss = true
                        }
                        opened = scalar.value == 0x28 || scalar.value == 0xFF08
                        if scalar.value == 0x20 || scalar.value == 0x3000 || scalar.value == 0xA0 { sawSpace = true }
                        offset += width
                        count += 1
                    }
                    offsets[count] = offset
                    writtenScalars = count
                }
                writtenOffsets = count + 1
            }
            return (scalars, offsets)
        }

        let whole: [Unicode.Scalar]
        if let normaliseScalars = normaliser.normaliseScalars {
            whole = normaliseScalars(originalScalars) ?? originalScalars
        } else {
            let normalised = normaliser.normalise(original)
            // Compared byte for byte: `==` would also accept canonically equivalent scalars.
            let unchanged = normalised.utf8.count == original.utf8.count && normalised.utf8.elementsEqual(original.utf8)
            whole = unchanged ? originalScalars : Array(normalised.unicodeScalars)
        }
        let normalised: [Unicode.Scalar]
        if whole.count == originalScalars.count {
            normalised = whole
        } else {
            // The transform changed the length somewhere: normalise scalar by scalar and keep
            // the original wherever one scalar does not map to exactly one scalar.
            normalised = originalScalars.map { scalar in
                let mapped = normaliser.normalise(String(scalar)).unicodeScalars
                return mapped.count == 1 ? mapped[mapped.startIndex] : scalar
            }
        }
        var dropped = mayHoldGloss ? Self.pinyinGlosses(in: originalScalars) : nil
        if sawSpace { Self.markSpacesBesideFigures(in: originalScalars, into: &dropped) }
        guard let dropped else {
            scalars = normalised
            utf8Offsets = offsets
            utf8Ends = nil
            return
        }
        var keptScalars: [Unicode.Scalar] = []
        var keptOffsets: [Int] = []
        var ends: [Int] = []
        keptScalars.reserveCapacity(normalised.count)
        keptOffsets.reserveCapacity(offsets.count)
        ends.reserveCapacity(normalised.count)
        for index in normalised.indices where !dropped[index] {
            keptScalars.append(normalised[index])
            keptOffsets.append(offsets[index])
            ends.append(offsets[index + 1])
        }
        keptOffsets.append(offsets[normalised.count])
        scalars = keptScalars
        utf8Offsets = keptOffsets
        utf8Ends = ends
    }

    /// The positions of pinyin glosses, or nil when there is none. A gloss
    /// opens with a parenthesis, so most text is passed over at one test.
    private static func pinyinGlosses(in scalars: [Unicode.Scalar]) -> [Bool]? {
        var glosses: [Bool]?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "(" || scalar == "（", let close = PinyinGloss.closingIndex(in: scalars, openingAt: index) {
                if glosses == nil { glosses = [Bool](repeating: false, count: scalars.count) }
                for position in index...close { glosses![position] = true }
                index = close + 1
                continue
            }
            index += 1
        }
        return glosses
    }

    /// Marks the spaces between a digit and a Han character, either way round, or a
    /// closing quote before the digit: a document's typography may set figures apart
    /// (新增 35 个 法治文化阵地, 法治长廊　57条, 配备“法律明白人” 5名), and the rules
    /// read a figure and its words as written together.
    private static func markSpacesBesideFigures(in scalars: [Unicode.Scalar], into dropped: inout [Bool]?) {
        var index = 0
        while index < scalars.count {
            guard isSpace(scalars[index]), index > 0 else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isSpace(scalars[end]) { end += 1 }
            let left = scalars[index - 1]
            let wordBefore = CharacterClass.isIdeograph(left) || closers.contains(left)
            if end < scalars.count,
               isDigit(left) && CharacterClass.isIdeograph(scalars[end]) || wordBefore && isDigit(scalars[end]) {
                if dropped == nil { dropped = [Bool](repeating: false, count: scalars.count) }
                for position in index..<end { dropped![position] = true }
            }
            index = end
        }
    }

    /// What may close the words before a spaced figure (配备“法律明白人” 5名).
    private static let closers = ScalarBits("”’」』）)》".unicodeScalars)

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x20 || scalar.value == 0x3000 || scalar.value == 0xA0
    }

    /// An ASCII or full-width digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The scalar that starts at `offset` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        let width: Int
        switch lead {
        case ..<0x80:
            value = lead
            width = 1
        case ..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            width = 2
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            width = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            width = 4
        }
        // Valid UTF-8 decodes to a valid scalar: the fallback is never taken.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The original text between two scalar positions.
    func originalText(_ range: Range<Int>) -> String {
        // Through the scalar view: String's own subscript rounds to Character boundaries,
        // which would swallow a combining mark next to a figure.
        let bytes = utf8Range(range)
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: bytes.count)
        return String(original.unicodeScalars[start..<end])
    }

    /// The normalised text between two scalar positions.
    func normalisedText(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[clamped])
        return String(view)
    }

    func utf8Range(_ range: Range<Int>) -> Range<Int> {
        let clamped = range.clamped(to: 0..<scalars.count)
        let start = utf8Offsets[clamped.lowerBound]
        guard let utf8Ends, !clamped.isEmpty else { return start..<utf8Offsets[clamped.upperBound] }
        return start..<utf8Ends[clamped.upperBound - 1]
    }

    /// Whether the normalised text at `index` starts with `word`.
    func hasPrefix(_ word: some RandomAccessCollection<Unicode.Scalar>, at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var position = index
        for scalar in word {
            if scalars[position] != scalar { return false }
            position += 1
        }
        return true
    }

    /// Whether the normalised text ending just before `index` ends with `word`.
    func hasSuffix(_ word: [Unicode.Scalar], before index: Int) -> Bool {
        hasPrefix(word, at: index - word.count)
    }
}

extension AlignedText {
    /// The first position in `range` that holds no space, or nil.
    func firstNonSpace(in range: Range<Int>) -> Int? {
        range.first { !CharacterClass.isSpace(scalars[$0]) }
    }

    /// The last position in `range` that holds no space, or nil.
    func lastNonSpace(in range: Range<Int>) -> Int? {
        range.last { !CharacterClass.isSpace(scalars[$0]) }
    }
}
