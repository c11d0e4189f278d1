import ContentFormat

/// Figures as table rows and key-figure tiles.
enum FactViews {
    static let qualifierNames = [
        "exact": "", "approx_over": "余（超过）", "at_least": "以上（至少）", "approx": "约",
    ]

    /// A figure's link: the mark in its report page, or the indicator row for
    /// a curated figure, which has no sentence to point at.
    static func url(of fact: SiteFact, reportPage: String, context: PageContext) -> String {
        context.link(reportPage) + "#" + (fact.anchor ?? "indicator-\(fact.indicatorID ?? "")")
    }

    static func row(_ fact: SiteFact, year: Int?, reportPage: String, context: PageContext) -> [String: Any] {
        [
            "label": fact.label,
            "text": fact.text,
            "value": NumberFormatting.grouped(fact.value),
            // What a sortable table sorts on: the normalised number, not the text as written.
            "sort_value": NumberFormatting.plain(fact.value),
            "unit": fact.unit,
            "qualifier": qualifierNames[fact.qualifier] ?? fact.qualifier,
            "scope": fact.scope,
            "year": year.map(String.init) ?? "",
            "quote": fact.quote,
            "note": fact.note ?? "",
            "curated": fact.curated,
            "url": url(of: fact, reportPage: reportPage, context: context),
            "row_id": "indicator-\(fact.indicatorID ?? "")",
        ]
    }

    /// The figures with a catalog indicator, one per indicator (the first stated), in catalog order.
    static func indicatorFacts(_ facts: [SiteFact], order: [String: Int]) -> [SiteFact] {
        var seen: Set<String> = []
        let unique = facts.filter { fact in
            guard let id = fact.indicatorID else { return false }
            return seen.insert(id).inserted
        }
        return unique.enumerated().sorted { lhs, rhs in
            let left = (order[lhs.element.indicatorID ?? ""] ?? Int.max, lhs.offset)
            let right = (order[rhs.element.indicatorID ?? ""] ?? Int.max, rhs.offset)
            return left < right
        }.map(\.element)
    }
}
