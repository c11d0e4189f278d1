/// Decides which catalog indicator, if any, a fact measures.
///
/// Every figure of a site asks about dozens of terms. The rules and their terms are
/// therefore kept flat, as positions into one array of terms and one of scalars, and
/// matching reads them in place: no rule or term is copied, or retained, per figure.
struct IndicatorMatcher: Sendable {
    /// Each a range of positions in `termRanges`.
    private struct CompiledRule: Sendable {
        var all: Range<Int>
        var any: Range<Int>
        var none: Range<Int>
        var level: AdministrativeLevel?
    }

    private struct CompiledDefinition: Sendable {
        var definition: IndicatorDefinition
        var units: Set<String>
        /// Positions in `rules`.
        var rules: Range<Int>
    }

    private let definitions: [IndicatorDefinition]
    /// Each definition's rules and priority, read apart from it: reading them
    /// through a compiled definition copied it whole, and counted its
    /// references, for each candidate of each figure.
    private let ruleRanges: [Range<Int>]
    private let priorities: [Int]
    private let rules: [CompiledRule]
    /// Each term's scalars in `termScalars`.
    private let termRanges: [Range<Int>]
    private let termScalars: [Unicode.Scalar]
    /// Positions in `definitions` of those that accept each unit, in catalog order:
    /// one lookup per figure instead of hashing the unit once per definition.
    private let candidatesByUnit: [String: [Int]]

    /// Catalog terms are written in Simplified script; normalising them too keeps a
    /// catalog written in Traditional working.
    init(catalog: IndicatorCatalog, normaliser: ScriptNormaliser) {
        var rules: [CompiledRule] = []
        var termRanges: [Range<Int>] = []
        var termScalars: [Unicode.Scalar] = []
        func terms(_ words: [String]) -> Range<Int> {
            let first = termRanges.count
            for word in words {
                let scalars = Array(normaliser.normalise(word).unicodeScalars)
                guard !scalars.isEmpty else { continue }
                termRanges.append(termScalars.count..<(termScalars.count + scalars.count))
                termScalars += scalars
            }
            return first..<termRanges.count
        }
        let compiled = catalog.definitions.map { definition in
            let first = rules.count
            for rule in definition.match {
                rules.append(CompiledRule(all: terms(rule.all), any: terms(rule.any), none: terms(rule.none), level: rule.level))
            }
            return CompiledDefinition(definition: definition, units: Set(definition.units.map(normaliser.normalise)),
                                      rules: first..<rules.count)
        }
        definitions = compiled.map(\.definition)
        ruleRanges = compiled.map(\.rules)
        priorities = compiled.map(\.definition.priority)
        self.rules = rules
        self.termRanges = termRanges
        self.termScalars = termScalars
        var candidatesByUnit: [String: [Int]] = [:]
        for (position, definition) in compiled.enumerated() {
            for unit in definition.units { candidatesByUnit[unit, default: []].append(position) }
        }
        self.candidatesByUnit = candidatesByUnit
    }

    /// The best indicator: highest priority, then the nearest matching term, then catalog order.
    func match(unit: String, context: FactContext, level: AdministrativeLevel?, in text: AlignedText)
        -> IndicatorDefinition? {
        guard let candidates = candidatesByUnit[unit] else { return nil }
        // Positions, not definitions: a definition is copied once, when it wins.
        var best: (position: Int, distance: Int)?
        termScalars.withUnsafeBufferPointer { scalars in
            for position in candidates {
                guard let distance = nearestMatch(ruleRanges[position], context: context, level: level,
                                                  in: text, terms: scalars) else {
                    continue
                }
                if let current = best {
                    let priority = priorities[position]
                    let currentPriority = priorities[current.position]
                    let better = priority > currentPriority || priority == currentPriority && distance < current.distance
                    if !better { continue }
                }
                best = (position, distance)
            }
        }
        return best.map { definitions[$0.position] }
    }

    /// The distance of the best matching rule, or nil if no rule matches.
    private func nearestMatch(_ positions: Range<Int>, context: FactContext, level: AdministrativeLevel?,
                              in text: AlignedText, terms scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        func distance(_ term: Int) -> Int? {
            context.distance(to: UnsafeBufferPointer(rebasing: scalars[termRanges[term]]), in: text)
        }
        func isAfter(_ term: Int) -> Bool {
            context.isAfter(UnsafeBufferPointer(rebasing: scalars[termRanges[term]]), in: text)
        }
        var best: Int?
        for position in positions {
            let rule = rules[position]
            if let required = rule.level, required != level { continue }
            // A rule is only as close as its farthest required part: 法治…公园 far before the
            // number must not beat 法治宣传教育示范基地 right after it.
            var farthest: Int?
            var satisfied = true
            for term in rule.all {
                guard let distance = distance(term) else { satisfied = false; break }
                farthest = max(farthest ?? distance, distance)
            }
            guard satisfied else { continue }
            if !rule.any.isEmpty {
                var nearest: Int?
                for term in rule.any {
                    if let distance = distance(term) { nearest = min(nearest ?? distance, distance) }
                }
                guard let nearest else { continue }
                farthest = max(farthest ?? nearest, nearest)
            }
            guard let farthest else { continue }
            // Asked last: most rules match no term, and need not look for the words that veto them.
            // When the words right after the figure name its thing (等3个普法新媒体平台), only
            // those words can veto it: a word before it (“…公共法律服务”小程序) is another's.
            if !rule.none.isEmpty {
                let namedAfter = context.numberFirst && rule.all.allSatisfy(isAfter)
                    && (rule.any.isEmpty || rule.any.contains(where: isAfter))
                if rule.none.contains(where: { namedAfter ? isAfter($0) : distance($0) != nil }) { continue }
            }
            best = min(best ?? farthest, farthest)
        }
        return best
    }
}
