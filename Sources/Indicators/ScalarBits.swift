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
        // The four words as one buffer, indexed by bits 6 and 7: no branch per scalar.
        withUnsafeMutableBytes(of: &words) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for scalar in scalars { words[Int((scalar.value >> 6) & 3)] |= 1 << (scalar.value & 63) }
        }
    }

    func mayContain(_ scalar: Unicode.Scalar) -> Bool {
        let word = withUnsafeBytes(of: words) { $0.load(fromByteOffset: Int((scalar.value >> 6) & 3) * 8, as: UInt64.self) }
        return word & (1 << (scalar.value & 63)) != 0
    }

    /// False when some scalar of `word` is surely not in the stretch.
    func mayContain(all word: some Sequence<Unicode.Scalar>) -> Bool {
        word.allSatisfy(mayContain)
    }
}

/// Values by scalar, found without hashing for the Basic Multilingual Plane:
/// the word lists scanned at every position of a text are grouped by the
/// scalar a word starts (or ends) with.
struct ScalarTable<Value: Sendable>: Sendable {
    private let values: [Value]
    /// For a scalar below U+10000, its value's position in `values` plus one (0: none).
    private let inPlane: [UInt32]
    private let beyondPlane: [Unicode.Scalar: Int]

    init(_ dictionary: [Unicode.Scalar: Value]) {
        var values: [Value] = []
        var inPlane = [UInt32](repeating: 0, count: 0x10000)
        var beyondPlane: [Unicode.Scalar: Int] = [:]
        for (scalar, value) in dictionary.sorted(by: { $0.key.value < $1.key.value }) {
            if scalar.value < 0x10000 { inPlane[Int(scalar.value)] = UInt32(values.count + 1) } else { beyondPlane[scalar] = values.count }
            values.append(value)
        }
        self.values = values
        self.inPlane = inPlane
        self.beyondPlane = beyondPlane
    }

    subscript(_ scalar: Unicode.Scalar) -> Value? {
        if scalar.value < 0x10000 {
            let slot = Int(inPlane[Int(scalar.value)])
            return slot == 0 ? nil : values[slot - 1]
        }
        return beyondPlane[scalar].map { values[$0] }
    }
}
