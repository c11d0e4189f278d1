import Foundation

/// ICU's Hant-Hans transform, with the same results as Foundation's `applyingTransform`.
///
/// Hant-Hans is four thousand literal rules (`乾燥 > 干燥;`, `乾 > 干;`). At every position
/// ICU tries each rule whose first key unit shares its low byte, under a process-wide lock;
/// Foundation already caches the transliterator, so this matching is the whole cost. The
/// rules are therefore read once from ICU itself and applied here. If they cannot be read as
/// literal rules, or differ from Foundation's transform on a probe of every rule key,
/// Foundation's transform is used as before.
enum TraditionalToSimplified {
    static let transformID = "Hant-Hans"

    static func convert(_ text: String) -> String {
        if let rules { return rules.apply(to: text) }
        return viaFoundation(text)
    }

    static func viaFoundation(_ text: String) -> String {
        text.applyingTransform(StringTransform(rawValue: transformID), reverse: false) ?? text
    }

    /// Read and checked once per process.
    static let rules: LiteralRules? = {
        #if canImport(_FoundationICU)
        guard let rules = LiteralRules(icuTransliterator: transformID), agreesWithFoundation(rules) else { return nil }
        return rules
        #else
        return nil
        #endif
    }()

    /// Every key on its own, and all keys run together so that keys meet keys.
    private static func agreesWithFoundation(_ rules: LiteralRules) -> Bool {
        let keys = rules.rules.map { String(String.UnicodeScalarView($0.key)) }
        return [keys.joined(separator: " "), keys.joined()].allSatisfy { rules.apply(to: $0) == viaFoundation($0) }
    }
}
