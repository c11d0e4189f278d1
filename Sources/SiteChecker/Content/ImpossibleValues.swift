import ContentFormat
import SiteBuilder

/// Figures no report can mean: a share over 100% or a negative count. Both
/// are errors, because the site would rank and chart them as they stand.
enum ImpossibleValues {
    /// Words that make a percentage a share of a whole, which cannot pass 100%.
    static let shareWords = ["率", "占比", "比例", "覆盖面"]
    /// Words that make it a change, which can: 同比增长150%, 增长率120%.
    static let changeWords = ["增长", "增加", "增幅", "增速", "提高", "提升", "上升", "下降", "降低", "减少", "同比", "环比", "超额"]
    /// Units a negative figure can carry: a fall of 3 percentage points.
    static let signedUnits: Set<String> = ["%", "‰", "百分点", "倍"]

    static func diagnostics(for report: InspectedReport, locator: FigureLocator) -> [Diagnostic] {
        report.facts.compactMap { fact in
            if fact.value < 0 && !signedUnits.contains(fact.unit) {
                return .error(
                    at: locator.location(of: fact), "negative count '\(fact.text)' (\(describe(fact)))",
                    hint: "a count cannot be below zero; correct the figure"
                )
            }
            if fact.unit == "%", fact.value > 100, isShare(fact) {
                return .error(
                    at: locator.location(of: fact), "rate over 100%: '\(fact.text)' (\(describe(fact)))",
                    hint: "a share of a whole cannot pass 100%; correct the figure, or say what it grew by"
                )
            }
            return nil
        }
    }

    /// A share, judged by the words that name the figure, not by a guess:
    /// a percentage that names neither a share nor a change is left alone.
    static func isShare(_ fact: SiteFact) -> Bool {
        let words = fact.subject + " " + fact.label
        return shareWords.contains { words.contains($0) } && !changeWords.contains { words.contains($0) }
    }

    private static func describe(_ fact: SiteFact) -> String {
        fact.subject.isEmpty || fact.subject == fact.label ? fact.label : "\(fact.label): \(fact.subject)"
    }
}
