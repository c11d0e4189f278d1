import CompiledMustache

/// One figure as templates see it: a table row, a key-figure tile, a
/// cross-region cell. It answers as a `FlaggedView` of its values would
/// (text values with their `has_` flags, and `curated`), but makes each
/// value when a template asks for it: a page shows a few of a row's values,
/// and a large site has hundreds of thousands of figures. A class: lists
/// hand the same row to a template again and again, and a reference is
/// copied without copying the figure.
final class FactRow: TemplateObject {
    let fact: SiteFact
    let year: Int?
    /// The mark in the report page, or the indicator row for a curated figure.
    let url: String

    init(fact: SiteFact, year: Int?, url: String) {
        self.fact = fact
        self.year = year
        self.url = url
    }

    func value(named name: String) -> TemplateValue? {
        if let text = text(named: name) { return .text(text) }
        if name == "curated" { return .bool(fact.curated) }
        // `has_x` for a text value `x`; no flag for `curated` or names not here, as in the dictionary.
        return FlaggedView.valueName(ofFlag: name).flatMap(text(named:)).map { .bool(!$0.isEmpty) }
    }

    private func text(named name: String) -> String? {
        switch name {
        case "label": fact.label
        case "text": fact.text
        case "value": NumberFormatting.grouped(fact.value)
        // What a sortable table sorts on: the normalised number, not the text as written.
        case "sort_value": NumberFormatting.plain(fact.value)
        case "unit": fact.unit
        case "qualifier": FactViews.qualifierNames[fact.qualifier] ?? fact.qualifier
        case "scope": fact.scope
        case "year": year.map(String.init) ?? ""
        case "quote": fact.quote
        case "note": fact.note ?? ""
        case "url": url
        case "row_id": "indicator-\(fact.indicatorID ?? "")"
        default: nil
        }
    }
}

/// A row of an indicator page's ranking: the figure and its region. Answers
/// as a `FlaggedView` of the region's values merged over the figure's would.
/// The region's values are read from the figure when asked.
final class RankedFactRow: TemplateObject {
    let row: FactRow
    let rank: Int
    let figure: RankedFigure
    let context: PageContext

    init(_ figure: RankedFigure, rank: Int, context: PageContext) {
        self.figure = figure
        self.rank = rank
        self.context = context
        row = FactViews.row(figure.fact, year: figure.year, reportPage: figure.reportPagePath, context: context)
    }

    func value(named name: String) -> TemplateValue? {
        if name == "rank" { return .number(rank) }
        if name == "is_district" { return .bool(figure.isDistrict) }
        if let text = text(named: name) { return .text(text) }
        if let text = FlaggedView.valueName(ofFlag: name).flatMap(text(named:)) { return .bool(!text.isEmpty) }
        return row.value(named: name)
    }

    private func text(named name: String) -> String? {
        switch name {
        case "region": figure.regionDisplayName
        case "region_url": context.link(figure.regionPagePath)
        case "region_sort_value": figure.regionSlug
        case "level": figure.regionLevel.map(RegionViews.levelName) ?? ""
        default: nil
        }
    }
}
