import PropertyBased
import Testing
@testable import SiteBuilder

/// The comparison table shows, in each column, the report's first figure on that
/// column's indicator, for the home page and for comparison.csv alike.
@Suite struct ComparisonColumnTests {
    @Test func eachColumnGetsTheFirstFigureOnItsIndicator() async {
        let columns = ["a", "b", "c"].map { ComparisonColumn(id: $0, label: $0, unit: "") }
        let positions = ComparisonColumn.positionsByID(columns)
        // "x": an indicator with no column; "-": a figure on no indicator.
        let ids = Gen<String?>.element(of: ["a", "b", "c", "x", "-"]).map { $0 == "-" ? nil : $0 }.array(of: 0...10)
        await propertyCheck(count: 1000, input: ids) { ids in
            let facts = ids.map(IndicatorFactsTests.fact)
            let found = ComparisonColumn.firstFigures(of: facts, columnCount: columns.count, positionsByID: positions)
            let expected = columns.map { column in facts.first { $0.indicatorID == column.id } }
            #expect(found.map { $0.map(ObjectIdentifier.init) } == expected.map { $0.map(ObjectIdentifier.init) }, "\(ids)")
        }
    }
}
