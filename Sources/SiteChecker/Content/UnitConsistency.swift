import ContentFormat
import SiteBuilder

/// An indicator whose page ranks regions by figures that count different
/// things: 2000余人 against 77万余人次. A warning, since each figure may be
/// right as its report states it; the comparison is what misleads.
///
/// Only the figures the indicator page ranks are compared (one per region,
/// from its latest report). A report states many figures per indicator
/// (法治动漫2部、微视频3部), and those do not stand against each other.
enum UnitConsistency {
    static func diagnostics(
        _ compared: [String: [ComparedFigure]], labels: [String: String], locate: (SiteFact) -> SourceLocation
    ) -> [Diagnostic] {
        compared.keys.sorted().compactMap { id in
            let figures = compared[id] ?? []
            let byKind = Dictionary(grouping: figures) { UnitKinds.kind(of: $0.fact.unit) }
            guard byKind.count > 1 else { return nil }
            // The kind most regions use is the yardstick; the first figure in another kind is where to look.
            let kinds = byKind.keys.sorted { (-(byKind[$0]?.count ?? 0), $0) < (-(byKind[$1]?.count ?? 0), $1) }
            let odd = kinds.dropFirst().flatMap { byKind[$0] ?? [] }.map { locate($0.fact) }
            guard let location = odd.min() else { return nil }
            let usage = kinds.map { kind in
                let group = byKind[kind] ?? []
                let units = Set(group.map { UnitKinds.display($0.fact.unit) }).sorted().joined(separator: "/")
                return "\(units) (\(group.map(\.regionName).sorted().joined(separator: "、")))"
            }
            return .warning(
                at: location,
                "indicator '\(id)' (\(labels[id] ?? id)) is compared across regions in different units: \(usage.joined(separator: "; "))",
                hint: "the indicator page ranks these figures against each other; check that each counts the same thing"
            )
        }
    }
}
