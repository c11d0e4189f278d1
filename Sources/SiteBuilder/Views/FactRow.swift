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
        if let text = text(named: name) { return TemplateText(text) }
        if name == "curated" { return fact.curated }
        // `has_x` for a text value `x`; no flag for `curated` or names not here, as in the dictionary.
        return Self.valueName(ofFlag: name).flatMap(text(named:)).map { !$0.isEmpty }
    }

    /// `x` for a flag name `has_x`. Names are compared as whole `String`s, which
    /// for short ASCII names is a comparison of two words: templates ask a row
    /// for its values hundreds of thousands of times on a large site.
    static func valueName(ofFlag name: String) -> String? {
        name.utf8.starts(with: flagPrefix) ? String(name.utf8.dropFirst(flagPrefix.count))! : nil
    }

    private static let flagPrefix = "has_".utf8

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
struct RankedFactRow: MustacheParent {
    let row: FactRow
    let rank: Int
    let region: Region
    let regionURL: String

    func child(named name: String) -> Any? {
        if name == "rank" { return rank }
        if name == "is_district" { return region.parent != nil }
        if let text = text(named: name) { return TemplateText(text) }
        if let text = FactRow.valueName(ofFlag: name).flatMap(text(named:)) { return !text.isEmpty }
        return row.child(named: name)
    }

    private func text(named name: String) -> String? {
        switch name {
        case "region": region.displayName
        case "region_url": regionURL
        case "region_sort_value": region.slug
        case "level": region.level.map(RegionViews.levelName) ?? ""
        default: nil
        }
    }
}
