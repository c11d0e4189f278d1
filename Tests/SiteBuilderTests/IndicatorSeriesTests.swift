import ContentFormat
import Testing
@testable import SiteBuilder

/// An indicator page's time series: the regions that state the indicator in
/// more than one report, in URL order, each with its figures oldest first.
@Suite struct IndicatorSeriesTests {
    /// Regions in the site's order; each report states `mediations` once, in its year.
    static func regions(_ years: [(slug: String, years: [Int])]) -> [Region] {
        years.map { slug, years in
            let reports = years.enumerated().map { number, year in
                let document = ReportDocument(
                    path: "content/reports/\(slug)-\(number).md",
                    frontMatter: FrontMatter(title: "报告", region: slug, year: year), body: "", bodyStartLine: 5
                )
                let fact = SiteFact(
                    indicatorID: "mediations", label: "调解纠纷", value: Double(year), unit: "件", qualifier: "exact",
                    text: "\(year)件", location: SourceLocation(path: document.path)
                )
                return RenderedReport(document: document, slug: "\(slug)-\(number)", bodyHTML: [], outline: [], lead: "", facts: [fact])
            }
            return Region(name: slug, parent: nil, province: nil, level: nil, slug: slug, reports: reports)
        }
    }

    static func described(_ series: [(Region, [RankedFigure])]) -> [String] {
        series.map { region, figures in region.slug + ":" + figures.map { String($0.year ?? 0) }.joined(separator: ",") }
    }

    @Test func regionsWithSeveralReportsInURLOrderOldestFirst() {
        // Not in URL order, as a site's regions need not be.
        let regions = Self.regions([("c", [2024, 2022, 2023]), ("a", [2021]), ("b", [2020, 2024])])
        let all = IndicatorFigures.gather(regions)["mediations"]?.all ?? []
        #expect(all.count == 6)
        #expect(Self.described(IndicatorPageView.series(all)) == ["b:2020,2024", "c:2022,2023,2024"])
    }

    /// A figure links to the page that shows its report: the region page for a region's only
    /// report, else the report's own page; and carries its report's year.
    @Test func figuresLinkToThePageThatShowsTheirReport() {
        let regions = Self.regions([("c", [2024, 2022]), ("a", [2021])])
        let all = IndicatorFigures.gather(regions)["mediations"]?.all ?? []
        #expect(all.map(\.reportPagePath) == ["reports/c-0/index.html", "reports/c-1/index.html", "regions/a/index.html"])
        #expect(all.map(\.reportPagePath) == all.map { $0.region.pagePath(of: $0.report) })
        #expect(all.map(\.year) == [2024, 2022, 2021])
    }

    /// Figures in other orders (taken by the grouping path) give the same series as the site's order.
    @Test func otherOrdersGiveTheSameSeries() {
        let regions = Self.regions([("d", [2020, 2021]), ("a", [2023]), ("c", [2019, 2024, 2021, 2022]), ("b", [2022, 2020])])
        let all = IndicatorFigures.gather(regions)["mediations"]?.all ?? []
        let expected = ["b:2020,2022", "c:2019,2021,2022,2024", "d:2020,2021"]
        let evensThenOdds = all.indices.filter { $0 % 2 == 0 } + all.indices.filter { $0 % 2 == 1 }
        let orders = [Array(all.indices), all.indices.reversed(), Array(all.indices.dropFirst(3)) + all.indices.prefix(3), evensThenOdds]
        for order in orders {
            #expect(Self.described(IndicatorPageView.series(order.map { all[$0] })) == expected, "\(order)")
        }
    }
}
