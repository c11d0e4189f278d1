import CompiledMustache
import ContentFormat
import Testing
@testable import SiteBuilder

/// A `FactRow` makes its values when asked; a template must not be able to
/// tell it from the view dictionary a figure used to be, written out here,
/// whether swift-mustache or a compiled program renders it.
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
            + "\n{{region_url}}|{{region_sort_value}}|{{level}}|{{#has_level}}l{{/has_level}}{{^has_level}}-{{/has_level}}"
            + "|{{#is_district}}d{{/is_district}}{{^is_district}}-{{/is_district}}|{{#has_is_district}}?{{/has_is_district}}"
    }

    static func dictionary(_ fact: SiteFact, year: Int?, url: String) -> [String: TemplateValue] {
        [
            "label": .text(fact.label),
            "text": .text(fact.text),
            "value": .text(NumberFormatting.grouped(fact.value)),
            "sort_value": .text(NumberFormatting.plain(fact.value)),
            "unit": .text(fact.unit),
            "qualifier": .text(FactViews.qualifierNames[fact.qualifier] ?? fact.qualifier),
            "scope": .text(fact.scope),
            "year": .text(year.map(String.init) ?? ""),
            "quote": .text(fact.quote),
            "note": .text(fact.note ?? ""),
            "curated": .bool(fact.curated),
            "url": .text(url),
            "row_id": .text("indicator-\(fact.indicatorID ?? "")"),
        ]
    }

    static let regions = [
        Region(name: "城关区", parent: "兰州市", province: "甘肃省", level: nil, slug: "lanzhou-chengguan", reports: []),
        Region(name: "白银市", parent: nil, province: nil, level: .city, slug: "baiyin", reports: []),
    ]

    /// The row's template inside a list, with names the row lacks found around it.
    static func render(_ row: TemplateValue) throws -> String {
        let outer: [String: TemplateValue] = ["outer": "外层", "rank": "outer rank", "region": "outer region", "rows": .list([row])]
        return try TemplateRendering.both("{{#rows}}\(template){{/rows}}", .view(outer))
    }

    @Test(arguments: [(0, 2024), (1, nil), (2, 2023)] as [(Int, Int?)])
    func rendersAsItsDictionary(index: Int, year: Int?) throws {
        let fact = Self.facts[index]
        let url = "../../regions/a/index.html#f-\(index)"
        let expected = try Self.render(.view(Self.dictionary(fact, year: year, url: url)))
        #expect(try Self.render(.object(FactRow(fact: fact, year: year, url: url))) == expected)
        #expect(expected.contains(fact.text) && expected.contains("外层") && expected.contains("outer rank"))
    }

    /// The comparison table's cell for an indicator a report does not state,
    /// one object for all such cells, answers as the view it stands for.
    @Test func notReportedCellRendersAsItsDictionary() throws {
        let expected = try Self.render(.view(["has_value": false, "sort_value": ""]))
        #expect(try Self.render(.object(NotReportedCell.shared)) == expected)
        #expect(expected.contains("sort_value=|") && expected.contains("外层"))
        // Its own flags hide the row's; other names are the row's.
        let template = "{{#cells}}{{#has_value}}v{{/has_value}}{{^has_value}}-{{/has_value}}{{#has_sort_value}}s{{/has_sort_value}}|{{sort_value}}|{{url}}{{/cells}}"
        func row(_ cell: TemplateValue) -> TemplateValue {
            .view(["has_value": true, "has_sort_value": true, "sort_value": "row", "url": "u", "cells": .list([cell])])
        }
        #expect(try TemplateRendering.both(template, row(.object(NotReportedCell.shared))) == "-||u")
        #expect(try TemplateRendering.both(template, row(.view(["has_value": false, "sort_value": ""]))) == "-||u")
    }

    /// An indicator page's row: the region's values over the figure's, read
    /// from the figure's place among the regions as an indicator page reads them.
    @Test(arguments: [0, 1])
    func rankedRowRendersAsItsDictionary(region: Int) throws {
        let fact = Self.facts[0]
        var region = Self.regions[region]
        let document = ReportDocument(path: "content/reports/a.md", frontMatter: FrontMatter(title: "报告", region: region.name, year: 2024), body: "", bodyStartLine: 5)
        region.reports = [RenderedReport(document: document, slug: "a", bodyHTML: [], outline: [], lead: "", facts: [Self.facts[1], fact])]
        let url = "../../regions/\(region.slug)/index.html#f-3"
        let regionValues: [String: TemplateValue] = [
            "rank": 7, "region": .text(region.displayName), "region_url": .text("../../regions/\(region.slug)/index.html"),
            "region_sort_value": .text(region.slug), "level": .text(region.level.map(RegionViews.levelName) ?? ""),
            "is_district": .bool(region.parent != nil),
        ]
        let expected = try Self.render(.view(Self.dictionary(fact, year: 2024, url: url).merging(regionValues) { _, region in region }))
        let figure = RankedFigure(regions: [Self.regions[0], region], region: 1, report: 0, fact: 1)
        let context = PageContext(site: SiteConfig(), pagePath: "indicators/mediations/index.html")
        #expect(try Self.render(.object(RankedFactRow(figure, rank: 7, context: context))) == expected)
        #expect(expected.contains("7|ranked|\(region.displayName)|r"))
    }
}
