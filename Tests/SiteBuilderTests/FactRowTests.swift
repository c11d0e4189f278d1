import ContentFormat
import Mustache
import Testing
@testable import SiteBuilder

/// A `FactRow` makes its values when asked; a template must not be able to
/// tell it from the view dictionary a figure used to be, written out here.
@Suite struct FactRowTests {
    static let facts = [
        SiteFact(
            indicatorID: "mediations", label: "调解纠纷", value: 39_360, unit: "件", qualifier: "approx_over",
            text: "3.936万余件", scope: "全市、2024年度", quote: "全年调解纠纷3.936万余件。", anchor: "f-3",
            theme: "调解与法律服务", location: SourceLocation(path: "content/reports/a.md", line: 4, column: 7)
        ),
        SiteFact(
            indicatorID: nil, label: "<b>讲座</b> & 培训", value: 12.5, unit: "", qualifier: "exact",
            text: "12.5", location: SourceLocation(path: "content/reports/a.md", line: 9, column: 2)
        ),
        SiteFact(
            indicatorID: "lecturers", label: "讲师", value: 120, unit: "名", qualifier: "at_least", text: "120名以上",
            curated: true, note: "人工核对", theme: "人员队伍", location: SourceLocation(path: "content/reports/b.md")
        ),
    ]

    static let textNames = ["label", "text", "value", "sort_value", "unit", "qualifier", "scope", "year", "quote", "note", "url", "row_id"]

    /// Every value written, its flag tested both ways, and as a section.
    static var template: String {
        textNames.map { name in
            "\(name)={{\(name)}}|{{{\(name)}}}|{{#has_\(name)}}+{{/has_\(name)}}{{^has_\(name)}}-{{/has_\(name)}}|{{#\(name)}}[{{.}}]{{/\(name)}}{{^\(name)}}none{{/\(name)}}"
        }.joined(separator: "\n")
            + "\ncurated={{curated}}|{{#curated}}yes{{/curated}}{{^curated}}no{{/curated}}|{{#has_curated}}+{{/has_curated}}"
            + "\n{{rank}}|{{#has_rank}}ranked{{/has_rank}}|{{region}}|{{#has_region}}r{{/has_region}}|{{missing}}|{{outer}}"
    }

    static func dictionary(_ fact: SiteFact, year: Int?, url: String) -> [String: Any] {
        [
            "label": fact.label,
            "text": fact.text,
            "value": NumberFormatting.grouped(fact.value),
            "sort_value": NumberFormatting.plain(fact.value),
            "unit": fact.unit,
            "qualifier": FactViews.qualifierNames[fact.qualifier] ?? fact.qualifier,
            "scope": fact.scope,
            "year": year.map(String.init) ?? "",
            "quote": fact.quote,
            "note": fact.note ?? "",
            "curated": fact.curated,
            "url": url,
            "row_id": "indicator-\(fact.indicatorID ?? "")",
        ]
    }

    @Test(arguments: [(0, 2024), (1, nil), (2, 2023)] as [(Int, Int?)])
    func rendersAsItsDictionary(index: Int, year: Int?) throws {
        let rows = try MustacheTemplate(string: "{{#rows}}\(Self.template){{/rows}}")
        let fact = Self.facts[index]
        let url = "../../regions/a/index.html#f-\(index)"
        // A key missing from a row is looked up here, around it.
        let outer: [String: Any] = ["outer": "外层", "rank": "outer rank"]
        var outputs: Set<String> = []
        for extras in [[:], ["rank": 3, "region": "兰州市", "scope": "替换", "has_value": true] as [String: Any]] {
            let reference = Self.dictionary(fact, year: year, url: url).merging(extras) { _, extra in extra }
            var row = FactRow(fact: fact, year: year, url: url)
            row.extras = extras
            let expected = rows.render(FlaggedView(outer.merging(["rows": [reference]]) { _, row in row }))
            let actual = rows.render(FlaggedView(outer.merging(["rows": [row]]) { _, row in row }))
            #expect(actual == expected, "extras: \(extras.keys.sorted())")
            #expect(expected.contains(fact.text) && expected.contains("外层"))
            outputs.insert(actual)
        }
        #expect(outputs.count == 2, "the extras show")
    }
}
