import ContentFormat
import PropertyBased
import Testing
@testable import SiteBuilder

/// An indicator page ranks regions' figures largest first, equal figures by region name.
@Suite struct IndicatorRankingTests {
    static func regions(_ figures: [(value: Double, name: String)]) -> [Region] {
        figures.enumerated().map { position, figure in
            let document = ReportDocument(path: "content/reports/r\(position).md",
                                          frontMatter: FrontMatter(title: "报告", region: figure.name, year: 2024), body: "", bodyStartLine: 5)
            let fact = SiteFact(indicatorID: "lectures", label: "讲座", value: figure.value, unit: "场", qualifier: "exact",
                                text: "\(figure.value)场", location: SourceLocation(path: document.path))
            return Region(name: figure.name, parent: nil, province: nil, level: .city, slug: "r\(position)",
                          reports: [RenderedReport(document: document, slug: "r\(position)", bodyHTML: [], outline: [], lead: "", facts: [fact])])
        }
    }

    @Test func largestFirstThenByRegionName() async {
        let values: [Double] = [0, 1.5, 3, 12], names = ["白银市", "兰州市", "包头市", "威海市"]
        // Few values and names, so equal figures and equal names both occur.
        let figure = zip(Gen.int(in: 0...3), Gen.int(in: 0...3))
        await propertyCheck(count: 500, input: figure.array(of: 0...12)) { figures in
            let regions = Self.regions(figures.map { (value: values[$0.0], name: names[$0.1]) })
            let unranked = regions.indices.map { RankedFigure(regions: regions, region: $0, report: 0, fact: 0) }
            let ranked = IndicatorFigures.ranked(unranked)
            #expect(ranked.map(\.regionIndex).sorted() == Array(regions.indices), "a permutation: \(figures)")
            for (higher, lower) in zip(ranked, ranked.dropFirst()) {
                #expect(higher.value > lower.value || (higher.value == lower.value && higher.regionDisplayName <= lower.regionDisplayName),
                        "\(figures)")
            }
        }
    }
}
