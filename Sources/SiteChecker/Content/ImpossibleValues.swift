import ContentFormat
import Foundation
import SiteBuilder

/// Figures no report can mean: a share over 100% (or below 0%) or a negative
/// count. Errors, because the site would rank and chart them as they stand,
/// with a minus sign that is easy to miss.
enum ImpossibleValues {
    /// Words that make a percentage a share of a whole, which cannot pass 100%.
    static let shareWords = ["率", "占比", "比例", "覆盖面"]
    /// Words that make it a change, which can pass 100% or fall below 0: 同比增长150%, 增长率120%.
    static let changeWords = ["增长", "增加", "增幅", "增速", "提高", "提升", "上升", "下降", "降低", "减少", "同比", "环比", "超额"]
    /// Units a negative figure can carry: a fall of 3 percentage points.
    static let signedUnits: Set<String> = ["%", "‰", "百分点", "倍"]

    static func diagnostics(for report: InspectedReport, locator: FigureLocator) -> [Diagnostic] {
        report.facts.compactMap { fact in
            // The extractor reads a minus sign with its figure (法律明白人-5人 is -5人).
            let location = locator.location(of: fact)
            let value = fact.value
            let written = fact.text
            if value < 0 && !signedUnits.contains(fact.unit) && !isChange(fact) {
                return .error(
                    at: location, "negative count '\(written)' (\(describe(fact)))",
                    hint: "a count cannot be below zero; correct the figure"
                )
            }
            if fact.unit == "%", value < 0 || value > 100, isShare(fact) {
                return .error(
                    at: location, "rate \(value < 0 ? "below 0%" : "over 100%"): '\(written)' (\(describe(fact)))",
                    hint: "a share of a whole lies between 0% and 100%; correct the figure, or say what it changed by"
                )
            }
            return nil
        }
    }

    /// A share, judged by the words that name the figure, not by a guess:
    /// a percentage that names neither a share nor a change is left alone.
    static func isShare(_ fact: SiteFact) -> Bool {
        shareWords.contains { naming(fact).contains($0) } && !isChange(fact)
    }

    /// 同比减少-20件 is a change, which may be negative, not a count.
    static func isChange(_ fact: SiteFact) -> Bool {
        changeWords.contains { naming(fact).contains($0) }
    }

    private static func naming(_ fact: SiteFact) -> String {
        fact.subject + " " + fact.label
    }

    private static func describe(_ fact: SiteFact) -> String {
        let subject = fact.subject.trimmingCharacters(in: CharacterSet(charactersIn: "-－− "))
        return subject.isEmpty || subject == fact.label ? fact.label : "\(fact.label): \(subject)"
    }
}
