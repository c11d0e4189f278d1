import ContentFormat
import SiteBuilder

/// One figure stated twice in a report with values that cannot both hold.
///
/// Two figures are the same statement only when they agree on everything the
/// extractor reads about them: indicator, scope (level, year, 累计), the kind
/// of unit, and the noun phrase they count. The indicator alone is too broad:
/// 法治动漫2部、法治微电影2部 are both `videos_produced`; scope keeps a year's
/// figure apart from a cumulative one, and the noun phrase a sub-district
/// figure (街道人民调解委员会25个) apart from the district's. Values conflict
/// only when their ranges do not meet: 1746名 and 1700余名 agree.
///
/// A warning: the report may be right twice over, for reasons the text does not show.
enum RepeatedFacts {
    private struct Key: Hashable {
        var indicator: String
        var scope: String
        var unitKind: String
        var subject: String
    }

    static func diagnostics(for report: InspectedReport, locator: FigureLocator) -> [Diagnostic] {
        var earlierByKey: [Key: [SiteFact]] = [:]
        var found: [Diagnostic] = []
        for fact in report.facts where !fact.curated && !fact.subject.isEmpty {
            guard let indicator = fact.indicatorID else { continue }
            let key = Key(indicator: indicator, scope: fact.scope, unitKind: UnitKinds.kind(of: fact.unit), subject: noun(fact.subject))
            let earlier = earlierByKey[key, default: []]
            if let conflicting = earlier.first(where: { !ValueRange($0).overlaps(ValueRange(fact)) }) {
                let first = locator.location(of: conflicting)
                found.append(.warning(
                    at: locator.location(of: fact),
                    "'\(key.subject)' (\(indicator)) is stated twice with different values: '\(fact.text)' here, '\(conflicting.text)' at line \(first.line)"
                        + (fact.scope.isEmpty ? "" : " (both \(fact.scope))"),
                    hint: "correct one, or say what each counts if both are right"
                ))
            }
            earlierByKey[key] = earlier + [fact]
        }
        return found
    }

    /// The counted noun without what the extractor's phrase drags along: a
    /// note in brackets and a function word after it. 为全区172个社区(村)都聘请了…
    /// and 为全区175个社区配备… both count 社区.
    static func noun(_ subject: String) -> String {
        var noun = ""
        var depth = 0
        for character in subject {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: if depth == 0 { noun.append(character) }
            }
        }
        while noun.count > 1, let last = noun.last, trailingFunctionWords.contains(last) { noun.removeLast() }
        return noun
    }

    private static let trailingFunctionWords: Set<Character> = ["都", "均", "也", "已", "的", "了", "等", "并"]
}
