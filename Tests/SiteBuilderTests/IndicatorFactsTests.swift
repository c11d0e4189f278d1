import ContentFormat
import PropertyBased
import Testing
@testable import SiteBuilder

/// A report's indicator figures: one per indicator, the first stated, in
/// catalog order, as the region page, the report's CSV and the home page show them.
@Suite struct IndicatorFactsTests {
    /// The rule as stated, kept apart from the code that follows it.
    static func expected(_ facts: [SiteFact], order: [String: Int]) -> [ObjectIdentifier] {
        var firstPositions: [String: Int] = [:]
        for (position, fact) in facts.enumerated() {
            guard let id = fact.indicatorID, firstPositions[id] == nil else { continue }
            firstPositions[id] = position
        }
        return firstPositions.values
            .sorted { (order[facts[$0].indicatorID!] ?? Int.max, $0) < (order[facts[$1].indicatorID!] ?? Int.max, $1) }
            .map { ObjectIdentifier(facts[$0]) }
    }

    static func fact(_ id: String?) -> SiteFact {
        SiteFact(indicatorID: id, label: "讲座", value: 1, unit: "场", qualifier: "exact", text: "1场",
                 location: SourceLocation(path: "content/reports/a.md"))
    }

    /// Indicators unknown to the order, and two indicators sharing a place in it, included.
    @Test func oneFigurePerIndicatorFirstStatedInCatalogOrder() async {
        let order = ["a": 2, "b": 0, "c": 1, "d": 1]
        // "-": a figure on no indicator.
        let ids = Gen<String?>.element(of: ["a", "b", "c", "d", "x", "y", "-"]).map { $0 == "-" ? nil : $0 }.array(of: 0...14)
        await propertyCheck(count: 2000, input: ids) { ids in
            let facts = ids.map(Self.fact)
            let actual = FactViews.indicatorFacts(facts, order: order).map(ObjectIdentifier.init)
            #expect(actual == Self.expected(facts, order: order), "\(ids)")
        }
        let facts = ["x", "a", nil, "c", "a", "d", "b", "c"].map(Self.fact)
        #expect(FactViews.indicatorFacts(facts, order: order).map(\.indicatorID) == ["b", "c", "d", "a", "x"])
    }
}
