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
