/// A set of scalars tested at one bit each. Scans that ask at every position
/// of a text whether a word could start there pay a hash per position with a
/// `Set`; most positions start none, and a bit test is far cheaper.
struct ScalarBits: Sendable {
    private let words: [UInt64]

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        let values = scalars.map(\.value)
        var words = [UInt64](repeating: 0, count: Int((values.max() ?? 0) >> 6) + 1)
        for value in values { words[Int(value >> 6)] |= 1 << (value & 63) }
        self.words = words
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let word = Int(scalar.value >> 6)
        return word < words.count && words[word] & (1 << (scalar.value & 63)) != 0
    }
}

/// Which scalars may occur in a stretch of text, by their low eight bits:
/// a word with a scalar the stretch lacks cannot be in it, and most words a
/// matcher asks about are not. May say yes wrongly, never no wrongly.
struct ScalarFilter: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    private mutating func insert(_ scalar: Unicode.Scalar) {
        let bit: UInt64 = 1 << (scalar.value & 63)
        switch (scalar.value >> 6) & 3 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func mayContain(_ scalar: Unicode.Scalar) -> Bool {
        let bit: UInt64 = 1 << (scalar.value & 63)
        switch (scalar.value >> 6) & 3 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// False when some scalar of `word` is surely not in the stretch.
    func mayContain(all word: [Unicode.Scalar]) -> Bool {
        word.allSatisfy(mayContain)
    }
}
