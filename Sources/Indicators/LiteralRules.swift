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
    /// The rules that can match at a scalar, by the first scalar of their key.
    private let candidates: ScalarTable<Candidates>
    /// The scalars where some rule can change the text: most text is Simplified
    /// already, and passes at one bit test per scalar.
    private let firstScalars: ScalarBits

    /// The rules whose keys start with one scalar, in rule order: keys of two or
    /// more scalars, then at most one key of that scalar alone, which always
    /// matches, so the rules after it are never reached.
    private struct Candidates: Sendable {
        var longer: [Rule] = []
        var single: Rule?
        /// The longer keys' second scalars, one bit each by their low six bits:
        /// where the next scalar's bit is clear, none of them can match.
        var seconds: UInt64 = 0

        static func bit(_ scalar: Unicode.Scalar) -> UInt64 { 1 << (scalar.value & 63) }

        /// Only a key of the scalar alone that gives it back: the text stays as it is.
        var changesNothing: Bool { longer.isEmpty && single.map { $0.output == $0.key } ?? true }
    }

    init(_ rules: [Rule]) {
        self.rules = rules
        keyScalars = Set(rules.flatMap(\.key))
        var lists: [Unicode.Scalar: Candidates] = [:]
        for rule in rules where !rule.key.isEmpty && lists[rule.key[0]]?.single == nil {
            if rule.key.count == 1 {
                lists[rule.key[0], default: Candidates()].single = rule
            } else {
                lists[rule.key[0], default: Candidates()].longer.append(rule)
                lists[rule.key[0]]!.seconds |= Candidates.bit(rule.key[1])
            }
        }
        candidates = ScalarTable(lists)
        firstScalars = ScalarBits(lists.filter { !$0.value.changesNothing }.keys)
    }

    /// Whether some rule that may change the text has a key that starts with `scalar`.
    private func startsKey(_ scalar: Unicode.Scalar) -> Bool { firstScalars.contains(scalar) }

    /// The first rule, in rule order, whose key matches at `position`.
    private func rule(at position: Int, in scalars: [Unicode.Scalar]) -> Rule? {
        guard let candidates = candidates[scalars[position]] else { return nil }
        if position + 1 < scalars.count, candidates.seconds & Candidates.bit(scalars[position + 1]) != 0,
           let longer = candidates.longer.first(where: { matches($0.key, scalars, at: position) }) {
            return longer
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
        var changed: [Unicode.Scalar]?
        var copiedUpTo = 0
        var position = 0
        while position < scalars.count {
            guard startsKey(scalars[position]), let rule = rule(at: position, in: scalars) else {
                position += 1
                continue
            }
            if rule.output != rule.key {
                if changed == nil { changed = []; changed!.reserveCapacity(scalars.count) }
                changed!.append(contentsOf: scalars[copiedUpTo..<position])
                changed!.append(contentsOf: rule.output)
                copiedUpTo = position + rule.key.count
            }
            position += rule.key.count
        }
        guard var changed else { return nil }
        changed.append(contentsOf: scalars[copiedUpTo...])
        return changed
    }

    private func matches(_ key: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard scalars.count - position >= key.count else { return false }
        for offset in 1..<key.count where scalars[position + offset] != key[offset] { return false }
        return true
    }
}
