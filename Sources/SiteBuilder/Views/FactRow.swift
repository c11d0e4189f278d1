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
        if let flagged = FlaggedView.valueName(ofFlag: name) {
            // `has_x` for a text value `x`; no flag for `curated` or names not here, as in the dictionary.
            return Field(named: flagged).map { .bool(!text($0).isEmpty) }
        }
        if let field = Field(named: name) { return .text(text(field)) }
        return name == "curated" ? .bool(fact.curated) : nil
    }

    /// The text values a row has.
    enum Field {
        case label, text, value, sortValue, unit, qualifier, scope, year, quote, note, url, rowID

        /// Names are told apart by length first: templates ask rows for names
        /// millions of times on a large site, and most comparisons then never run.
        init?(named name: String) {
            let field: Field?
            switch name.utf8.count {
            case 3: field = name == "url" ? .url : nil
            case 4: field = name == "text" ? .text : name == "unit" ? .unit : name == "year" ? .year : name == "note" ? .note : nil
            case 5: field = name == "label" ? .label : name == "value" ? .value : name == "scope" ? .scope : name == "quote" ? .quote : nil
            case 6: field = name == "row_id" ? .rowID : nil
            case 9: field = name == "qualifier" ? .qualifier : nil
            case 10: field = name == "sort_value" ? .sortValue : nil
            default: field = nil
            }
            guard let field else { return nil }
            self = field
        }
    }

    private func text(_ field: Field) -> String {
        switch field {
        case .label: fact.label
        case .text: fact.text
        case .value: NumberFormatting.grouped(fact.value)
        // What a sortable table sorts on: the normalised number, not the text as written.
        case .sortValue: NumberFormatting.plain(fact.value)
        case .unit: fact.unit
        case .qualifier: FactViews.qualifierNames[fact.qualifier] ?? fact.qualifier
        case .scope: fact.scope
        case .year: year.map(String.init) ?? ""
        case .quote: fact.quote
        case .note: fact.note ?? ""
        case .url: url
        case .rowID: "indicator-\(fact.indicatorID ?? "")"
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
        if let flagged = FlaggedView.valueName(ofFlag: name), let text = text(named: flagged) { return .bool(!text.isEmpty) }
        if name == "rank" { return .number(rank) }
        if name == "is_district" { return .bool(figure.isDistrict) }
        if let text = text(named: name) { return .text(text) }
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
