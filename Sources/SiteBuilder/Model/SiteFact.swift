import ContentFormat
import Indicators

/// One figure as the site shows it: extracted from a sentence, or typed into
/// front matter by a person (`curated`).
///
/// A class whose values never change: a figure is handed from report to
/// region, table, ranking and export, and a large site has hundreds of
/// thousands of them. A reference is one retain where a struct of a dozen
/// strings was a dozen.
public final class SiteFact: Sendable, Equatable {
    public let indicatorID: String?
    public let label: String
    /// Normalised: 39.36万 is 393600, 万元 is counted in 元.
    public let value: Double
    public let unit: String
    /// exact / approx_over / at_least / approx
    public let qualifier: String
    /// As written in the report, e.g. `300余场次`.
    public let text: String
    public let scope: String
    /// The full sentence it came from; empty for curated figures.
    public let quote: String
    /// The id of the mark around the figure in its report page, e.g. `f-12`.
    public let anchor: String?
    public let curated: Bool
    public let note: String?
    /// The catalog theme's display name (人员与队伍 …); empty when unclassified.
    public let theme: String
    public let location: SourceLocation
    /// What this very figure counts (人民调解员), where `label` may name only its
    /// indicator; empty for curated figures.
    public let subject: String

    public init(indicatorID: String?, label: String, value: Double, unit: String, qualifier: String,
                text: String, scope: String = "", quote: String = "", anchor: String? = nil,
                curated: Bool = false, note: String? = nil, theme: String = "", location: SourceLocation,
                subject: String = "") {
        self.indicatorID = indicatorID
        self.label = label
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
        self.scope = scope
        self.quote = quote
        self.anchor = anchor
        self.curated = curated
        self.note = note
        self.theme = theme
        self.location = location
        self.subject = subject
    }

    /// The id of the indicator table's row for this figure, `indicator-<id>`.
    var indicatorRowID: String { "indicator-" + (indicatorID ?? "") }

    /// Where on its report's page a link to this figure lands: its mark, or
    /// for a curated figure its indicator row.
    var fragment: String { anchor ?? indicatorRowID }

    public static func == (lhs: SiteFact, rhs: SiteFact) -> Bool {
        lhs === rhs || (
            lhs.indicatorID == rhs.indicatorID && lhs.label == rhs.label && lhs.value == rhs.value
                && lhs.unit == rhs.unit && lhs.qualifier == rhs.qualifier && lhs.text == rhs.text
                && lhs.scope == rhs.scope && lhs.quote == rhs.quote && lhs.anchor == rhs.anchor
                && lhs.curated == rhs.curated && lhs.note == rhs.note && lhs.theme == rhs.theme
                && lhs.location == rhs.location && lhs.subject == rhs.subject
        )
    }

    /// A figure typed into front matter; label, unit and theme default to the catalog's.
    static func curated(_ indicator: CuratedIndicator, catalog: IndicatorCatalog) -> SiteFact {
        let definition = catalog.definition(id: indicator.id)
        let unit = indicator.unit ?? definition?.units.first ?? ""
        return SiteFact(
            indicatorID: indicator.id, label: indicator.label ?? definition?.label ?? indicator.id, value: indicator.value,
            unit: unit, qualifier: indicator.qualifier ?? "exact",
            text: writtenForm(indicator, unit: unit),
            curated: true, note: indicator.note, theme: definition?.theme.displayName ?? "", location: indicator.location
        )
    }
}

extension SiteFact {
    /// How a person would write a curated figure, qualifier included.
    static func writtenForm(_ indicator: CuratedIndicator, unit: String) -> String {
        let number = NumberFormatting.plain(indicator.value)
        switch indicator.qualifier {
        case "approx_over": return number + "余" + unit
        case "at_least": return number + unit + "以上"
        case "approx": return "约" + number + unit
        default: return number + unit
        }
    }
}
