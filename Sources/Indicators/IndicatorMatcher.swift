/// Decides which catalog indicator, if any, a fact measures.
struct IndicatorMatcher: Sendable {
    private struct CompiledRule: Sendable {
        var all: [[Unicode.Scalar]]
        var any: [[Unicode.Scalar]]
        var none: [[Unicode.Scalar]]
        var level: AdministrativeLevel?
    }

    private struct CompiledDefinition: Sendable {
        var definition: IndicatorDefinition
        var units: Set<String>
        var rules: [CompiledRule]
    }

    private let compiled: [CompiledDefinition]
    /// Positions in `compiled` of the definitions that accept each unit, in catalog order:
    /// one lookup per figure instead of hashing the unit once per definition.
    private let candidatesByUnit: [String: [Int]]

    /// Catalog terms are written in Simplified script; normalising them too keeps a
    /// catalog written in Traditional working.
    init(catalog: IndicatorCatalog, normaliser: ScriptNormaliser) {
        func terms(_ words: [String]) -> [[Unicode.Scalar]] {
            words.map { Array(normaliser.normalise($0).unicodeScalars) }.filter { !$0.isEmpty }
        }
        compiled = catalog.definitions.map { definition in
            CompiledDefinition(
                definition: definition,
                units: Set(definition.units.map(normaliser.normalise)),
                rules: definition.match.map {
                    CompiledRule(all: terms($0.all), any: terms($0.any), none: terms($0.none), level: $0.level)
                })
        }
        var candidatesByUnit: [String: [Int]] = [:]
        for (position, definition) in compiled.enumerated() {
            for unit in definition.units { candidatesByUnit[unit, default: []].append(position) }
        }
        self.candidatesByUnit = candidatesByUnit
    }

    /// The best indicator: highest priority, then the nearest matching term, then catalog order.
    func match(unit: String, context: FactContext, level: AdministrativeLevel?, in text: AlignedText)
        -> IndicatorDefinition? {
        // Positions, not definitions: a definition is copied once, when it wins.
        var best: (position: Int, distance: Int)?
        for position in candidatesByUnit[unit] ?? [] {
            guard let distance = nearestMatch(compiled[position].rules, context: context, level: level, in: text) else {
                continue
            }
            if let current = best {
                let priority = compiled[position].definition.priority
                let currentPriority = compiled[current.position].definition.priority
                let better = priority > currentPriority || priority == currentPriority && distance < current.distance
                if !better { continue }
            }
            best = (position, distance)
        }
        return best.map { compiled[$0.position].definition }
    }

    /// The distance of the best matching rule, or nil if no rule matches.
    private func nearestMatch(_ rules: [CompiledRule], context: FactContext, level: AdministrativeLevel?,
                              in text: AlignedText) -> Int? {
        var best: Int?
        for rule in rules {
            if let required = rule.level, required != level { continue }
            if rule.none.contains(where: { context.distance(to: $0, in: text) != nil }) { continue }
            // A rule is only as close as its farthest required part: 法治…公园 far before the
            // number must not beat 法治宣传教育示范基地 right after it.
            var farthest: Int?
            var satisfied = true
            for term in rule.all {
                guard let distance = context.distance(to: term, in: text) else { satisfied = false; break }
                farthest = max(farthest ?? distance, distance)
            }
            guard satisfied else { continue }
            if !rule.any.isEmpty {
                var nearest: Int?
                for term in rule.any {
                    if let distance = context.distance(to: term, in: text) { nearest = min(nearest ?? distance, distance) }
                }
                guard let nearest else { continue }
                farthest = max(farthest ?? nearest, nearest)
            }
            guard let farthest else { continue }
            best = min(best ?? farthest, farthest)
        }
        return best
    }
}
