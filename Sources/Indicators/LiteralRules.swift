/// A transliterator whose rules are all literal (`乾燥 > 干燥;`), applied exactly as ICU's
/// rule-based transliterator applies such rules: at each position the first rule, in rule
/// order, whose key matches there is replaced by its output and the scan resumes after that
/// output; where no rule matches, the scalar is kept and the scan moves on by one scalar.
/// (ICU `TransliterationRuleSet::transliterate` and `TransliterationRule::matchAndReplace`,
/// non-incremental, without contexts, sets, anchors, segments or cursor offsets.)
struct LiteralRules: Sendable {
    struct Rule: Sendable, Equatable {
        let key: [Unicode.Scalar]
        let output: [Unicode.Scalar]
    }

    /// The rules in rule order.
    let rules: [Rule]
    /// Every scalar of every key: no other scalar can be part of a match.
    let keyScalars: Set<Unicode.Scalar>
    /// Where the rules that can match at a scalar are, by the first scalar of their key.
    private let candidates: ScalarTable<Candidates>
    /// Positions in `rules`, each scalar's longer candidates together, in rule order.
    private let longerCandidates: [Int]
    /// Every rule's key, run together, and where each rule's key is in it: matching
    /// reads them in place, without copying a rule.
    private let keys: [Unicode.Scalar]
    private let keyRanges: [Range<Int>]
    /// Every rule's output, run together the same way: a replacement copies its
    /// scalars without copying (and retaining) its rule.
    private let outputs: [Unicode.Scalar]
    private let outputRanges: [Range<Int>]
    /// Whether each rule's output differs from its key.
    private let changesText: [Bool]
    /// The scalars where some rule can change the text: most text is Simplified
    /// already, and passes at one bit test per scalar.
    private let firstScalars: ScalarBits

    /// The rules whose keys start with one scalar, in rule order: keys of two or
    /// more scalars, then at most one key of that scalar alone, which always
    /// matches, so the rules after it are never reached.
    private struct Candidates: Sendable {
        /// Where the longer keys' rules are in `longerCandidates`.
        var longer: Range<Int>
        /// The position in `rules` of the key of the scalar alone.
        var single: Int?
        /// The longer keys' second scalars, one bit each by their low six bits:
        /// where the next scalar's bit is clear, none of them can match.
        var seconds: UInt64 = 0

        static func bit(_ scalar: Unicode.Scalar) -> UInt64 { 1 << (scalar.value & 63) }
    }

    init(_ rules: [Rule]) {
        self.rules = rules
        keyScalars = Set(rules.flatMap(\.key))
        keys = rules.flatMap(\.key)
        keyRanges = Self.ranges(of: rules.map(\.key))
        outputs = rules.flatMap(\.output)
        outputRanges = Self.ranges(of: rules.map(\.output))
        let changesText = rules.map { $0.output != $0.key }
        self.changesText = changesText
        var longer: [Unicode.Scalar: [Int]] = [:]
        var single: [Unicode.Scalar: Int] = [:]
        for (index, rule) in rules.enumerated() where !rule.key.isEmpty && single[rule.key[0]] == nil {
            if rule.key.count == 1 { single[rule.key[0]] = index } else { longer[rule.key[0], default: []].append(index) }
        }
        var longerCandidates: [Int] = []
        var table: [Unicode.Scalar: Candidates] = [:]
        var changing: [Unicode.Scalar] = []
        for first in Set(longer.keys).union(single.keys).sorted(by: { $0.value < $1.value }) {
            let indices = longer[first] ?? []
            var candidates = Candidates(longer: longerCandidates.count..<(longerCandidates.count + indices.count),
                                        single: single[first])
            for index in indices { candidates.seconds |= Candidates.bit(rules[index].key[1]) }
            longerCandidates += indices
            table[first] = candidates
            // A scalar whose only rule gives it back is passed over like any other.
            if !indices.isEmpty || candidates.single.map({ changesText[$0] }) == true {
                changing.append(first)
            }
        }
        self.longerCandidates = longerCandidates
        candidates = ScalarTable(table)
        firstScalars = ScalarBits(changing)
    }

    /// Where each of `parts` is when they are run together.
    private static func ranges(of parts: [[Unicode.Scalar]]) -> [Range<Int>] {
        var start = 0
        return parts.map { part in
            defer { start += part.count }
            return start..<(start + part.count)
        }
    }

    /// Whether some rule that may change the text has a key that starts with `scalar`.
    private func startsKey(_ scalar: Unicode.Scalar) -> Bool { firstScalars.contains(scalar) }

    /// The position in `rules` of the first rule, in rule order, whose key matches at `position`.
    private func rule(at position: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        guard let candidates = candidates[scalars[position]] else { return nil }
        if position + 1 < scalars.count, candidates.seconds & Candidates.bit(scalars[position + 1]) != 0 {
            for candidate in candidates.longer where matchesKey(of: longerCandidates[candidate], scalars, at: position) {
                return longerCandidates[candidate]
            }
        }
        return candidates.single
    }

    /// Reads rules as ICU prints them (`utrans_toRules`): one `key > output;` per line.
    /// Nil if any line is anything else. Keys and outputs must be letters (general category
    /// Lo), which are never ICU rule syntax, so contexts, sets, variables, anchors, quoting
    /// and `::` ids all make it nil rather than being misread.
    init?(icuRules: String) {
        var rules: [Rule] = []
        for line in icuRules.split(separator: "\n") {
            guard line.hasSuffix(";") else { return nil }
            let sides = line.dropLast().split(separator: " > ", omittingEmptySubsequences: false)
            guard sides.count == 2 else { return nil }
            let key = Array(sides[0].unicodeScalars), output = Array(sides[1].unicodeScalars)
            guard !key.isEmpty, !output.isEmpty, (key + output).allSatisfy(Self.isLetter) else { return nil }
            rules.append(Rule(key: key, output: output))
        }
        guard !rules.isEmpty else { return nil }
        self.init(rules)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .otherLetter
    }

    /// The text with the rules applied; the text itself when no rule changes anything.
    func apply(to text: String) -> String {
        guard text.unicodeScalars.contains(where: startsKey), let changed = apply(to: Array(text.unicodeScalars)) else {
            return text
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: changed)
        return String(view)
    }

    /// The scalars with the rules applied; nil when no rule changes anything.
    func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // Read in place: every block of every report passes here.
        scalars.withUnsafeBufferPointer(apply(toScalarsAt:))
    }

    private func apply(toScalarsAt scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Unicode.Scalar]? {
        var changed: [Unicode.Scalar]?
        var copiedUpTo = 0
        var position = 0
        while position < scalars.count {
            guard startsKey(scalars[position]), let rule = rule(at: position, in: scalars) else {
                position += 1
                continue
            }
            let keyCount = keyRanges[rule].count
            if changesText[rule] {
                if changed == nil { changed = []; changed!.reserveCapacity(scalars.count) }
                changed!.append(contentsOf: scalars[copiedUpTo..<position])
                changed!.append(contentsOf: outputs[outputRanges[rule]])
                copiedUpTo = position + keyCount
            }
            position += keyCount
        }
        guard var changed else { return nil }
        changed.append(contentsOf: scalars[copiedUpTo...])
        return changed
    }

    /// Whether the key of `rules[rule]` is in `scalars` at `position`.
    private func matchesKey(of rule: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> Bool {
        let key = keyRanges[rule]
        guard scalars.count - position >= key.count else { return false }
        for offset in 1..<key.count where scalars[position + offset] != keys[key.lowerBound + offset] { return false }
        return true
    }
}
