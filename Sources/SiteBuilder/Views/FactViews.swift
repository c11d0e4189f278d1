import ContentFormat

/// Figures as table rows and key-figure tiles.
enum FactViews {
    static let qualifierNames = [
        "exact": "", "approx_over": "余（超过）", "at_least": "以上（至少）", "approx": "约",
    ]

    /// A figure's link: the mark in its report page, or the indicator row for
    /// a curated figure, which has no sentence to point at.
    static func url(of fact: SiteFact, reportPage: String, context: PageContext) -> String {
        context.link(reportPage, fragment: fact.fragment)
    }

    static func row(_ fact: SiteFact, year: Int?, reportPage: String, context: PageContext) -> FactRow {
        FactRow(fact: fact, year: year, url: url(of: fact, reportPage: reportPage, context: context))
    }

    /// The figures with a catalog indicator, one per indicator (the first stated), in catalog order.
    static func indicatorFacts(_ facts: [SiteFact], order: [String: Int]) -> [SiteFact] {
        // Positions, not figures: only the figures kept are copied.
        var ranked: [(rank: Int, position: Int)] = []
        ranked.reserveCapacity(facts.count)
        for position in facts.indices {
            guard let id = facts[position].indicatorID else { continue }
            ranked.append((order[id] ?? Int.max, position))
        }
        ranked.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        // One indicator's figures share its rank, so they are in one run of
        // equal ranks, first stated first: a figure is kept unless its run
        // already has one on its indicator (runs are short; no set is hashed).
        var kept: [SiteFact] = []
        var runStart = 0
        for index in ranked.indices {
            if index > 0 && ranked[index].rank != ranked[index - 1].rank { runStart = kept.count }
            let fact = facts[ranked[index].position]
            guard !kept[runStart...].contains(where: { $0.indicatorID == fact.indicatorID }) else { continue }
            kept.append(fact)
        }
        return kept
    }
}
