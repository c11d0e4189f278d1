import Mustache

/// One figure as templates see it: a table row, a key-figure tile, a
/// cross-region cell. It answers exactly as a `FlaggedView` of its values
/// would (text values with their `has_` flags, and `curated`), but makes each
/// value when a template asks for it: a page shows a few of a row's values,
/// and building dictionaries for a large site's hundreds of thousands of
/// figures took longer than showing them.
struct FactRow: MustacheParent {
    let fact: SiteFact
    let year: Int?
    /// The mark in the report page, or the indicator row for a curated figure.
    let url: String

    func child(named name: String) -> Any? {
        if name.utf8.starts(with: Self.flagPrefix) {
            // `has_x` for a text value `x`; no flag for `curated` or names not here, as in the dictionary.
            return text(named: name.dropFirst(Self.flagPrefix.count)).map { !$0.isEmpty }
        }
        if let text = text(named: Substring(name)) { return TemplateText(text) }
        return name == "curated" ? fact.curated : nil
    }

    static let flagPrefix = "has_".utf8

    private func text(named name: Substring) -> String? {
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
struct RankedFactRow: MustacheParent {
    let row: FactRow
    let rank: Int
    let region: Region
    let regionURL: String

    func child(named name: String) -> Any? {
        if name == "rank" { return rank }
        if name == "is_district" { return region.parent != nil }
        if name.utf8.starts(with: FactRow.flagPrefix), let text = text(named: name.dropFirst(FactRow.flagPrefix.count)) {
            return !text.isEmpty
        }
        if let text = text(named: Substring(name)) { return TemplateText(text) }
        return row.child(named: name)
    }

    private func text(named name: Substring) -> String? {
        switch name {
        case "region": region.displayName
        case "region_url": regionURL
        case "region_sort_value": region.slug
        case "level": region.level.map(RegionViews.levelName) ?? ""
        default: nil
        }
    }
}
