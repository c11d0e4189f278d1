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
        var seen: Set<String> = []
        // Positions, not figures: only the figures kept are copied.
        var ranked: [(rank: Int, position: Int)] = []
        for position in facts.indices {
            guard let id = facts[position].indicatorID, seen.insert(id).inserted else { continue }
            ranked.append((order[id] ?? Int.max, position))
        }
        return ranked.sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }.map { facts[$0.position] }
    }
}
