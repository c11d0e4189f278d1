import CompiledMustache

/// One figure as templates see it: a table row, a key-figure tile, a
/// cross-region cell. It answers as a `FlaggedView` of its values would
/// (text values with their `has_` flags, and `curated`), but makes each
/// value when a template asks for it: a page shows a few of a row's values,
/// and a large site has hundreds of thousands of figures. A class: lists
/// hand the same row to a template again and again, and a reference is
/// copied without copying the figure.
final class FactRow: SlottedTemplateObject {
    let fact: SiteFact
    let year: Int?
    /// The mark in the report page, or the indicator row for a curated figure.
    let url: String
    /// The number as a sortable table sorts on it: a row writes it twice and
    /// groups its thousands once, so it is made the first time it is asked.
    private lazy var plainValue = NumberFormatting.plain(fact.value)

    init(fact: SiteFact, year: Int?, url: String) {
        self.fact = fact
        self.year = year
        self.url = url
    }

    /// The text values' slots are their fields' positions, then `curated`,
    /// then the `has_` flags of the text values in the same order.
    static func slot(named name: String) -> TemplateSlot {
        // Values first: templates ask for them far more often than for
        // flags, and no value's name starts with `has_`.
        if let field = Field(named: name) { return .slot(field.position) }
        if name == "curated" { return .slot(curatedSlot) }
        // `has_x` for a text value `x`; no flag for `curated` or names not here, as in the dictionary.
        guard let field = FlaggedView.valueName(ofFlag: name).flatMap(Field.init(named:)) else { return .absent }
        return .slot(curatedSlot + 1 + field.position)
    }

    private static let curatedSlot = Field.allCases.count

    func value(inSlot slot: Int) -> TemplateValue? {
        if slot < Self.curatedSlot { return .text(text(Field.allCases[slot])) }
        if slot == Self.curatedSlot { return .bool(fact.curated) }
        return .bool(!text(Field.allCases[slot - Self.curatedSlot - 1]).isEmpty)
    }

    /// The text values a row has.
    enum Field: Int, CaseIterable {
        case label, text, value, sortValue, unit, qualifier, scope, year, quote, note, url, rowID

        var position: Int { rawValue }

        init?(named name: String) {
            guard let field = Self.names[name] else { return nil }
            self = field
        }

        private static let names = NameTable<Field>([
            "label": .label, "text": .text, "value": .value, "sort_value": .sortValue, "unit": .unit,
            "qualifier": .qualifier, "scope": .scope, "year": .year, "quote": .quote, "note": .note,
            "url": .url, "row_id": .rowID,
        ])
    }

    private func text(_ field: Field) -> String {
        switch field {
        case .label: fact.label
        case .text: fact.text
        case .value: NumberFormatting.grouped(plain: plainValue)
        // What a sortable table sorts on: the normalised number, not the text as written.
        case .sortValue: plainValue
        case .unit: fact.unit
        case .qualifier: FactViews.qualifierNames[fact.qualifier] ?? fact.qualifier
        case .scope: fact.scope
        case .year: year.map(String.init) ?? ""
        case .quote: fact.quote
        case .note: fact.note ?? ""
        case .url: url
        case .rowID: fact.indicatorRowID
        }
    }
}

/// A row of an indicator page's ranking: the figure and its region. Answers
/// as a `FlaggedView` of the region's values merged over the figure's would.
/// The region's values are read from the figure when asked.
final class RankedFactRow: SlottedTemplateObject {
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

    /// Own names' slots are their positions, then the `has_` flags of the
    /// own text values, then the figure's slots (`FactRow`).
    static func slot(named name: String) -> TemplateSlot {
        // Own names first; none starts with `has_`.
        if let own = Name(name) { return .slot(own.rawValue) }
        if let flagged = FlaggedView.valueName(ofFlag: name), let own = Name(flagged), own.isText {
            return .slot(Name.allCases.count + own.rawValue)
        }
        guard case .slot(let slot) = FactRow.slot(named: name) else { return .absent }
        return .slot(rowSlots + slot)
    }

    private static let rowSlots = 2 * Name.allCases.count

    func value(inSlot slot: Int) -> TemplateValue? {
        if slot >= Self.rowSlots { return row.value(inSlot: slot - Self.rowSlots) }
        if slot >= Name.allCases.count { return text(Name.allCases[slot - Name.allCases.count]).map { .bool(!$0.isEmpty) } }
        switch Name.allCases[slot] {
        case .rank: return .number(rank)
        case .isDistrict: return .bool(figure.isDistrict)
        case let own: return text(own).map(TemplateValue.text)
        }
    }

    /// The names a ranking row answers beside its figure's.
    private enum Name: Int, CaseIterable {
        case rank, isDistrict, region, regionURL, regionSortValue, level

        /// Whether the value is a text, which has a `has_` flag.
        var isText: Bool { self != .rank && self != .isDistrict }

        init?(_ name: String) {
            guard let own = Self.names[name] else { return nil }
            self = own
        }

        private static let names = NameTable<Name>([
            "rank": .rank, "is_district": .isDistrict, "region": .region, "region_url": .regionURL,
            "region_sort_value": .regionSortValue, "level": .level,
        ])
    }

    /// The region's text values; nil for the names that are not texts.
    private func text(_ name: Name) -> String? {
        switch name {
        case .region: figure.regionDisplayName
        case .regionURL: context.link(figure.regionPagePath)
        case .regionSortValue: figure.regionSlug
        case .level: figure.regionLevel.map(RegionViews.levelName) ?? ""
        case .rank, .isDistrict: nil
        }
    }
}
