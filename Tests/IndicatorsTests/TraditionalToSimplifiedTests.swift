import Dispatch
import Foundation
@testable import Indicators
import PropertyBased
import Synchronization
import Testing

/// The Hant-Hans rules applied in Swift must give what Foundation's transform gives.
@Suite struct TraditionalToSimplifiedTests {
    static let samples = [
        "",
        "No Chinese at all, 2024.",
        "白銀市各級各部門以習近平法治思想為指引，認真落實「誰執法誰普法」的普法責任制。",
        "白银市各级各部门以习近平法治思想为指引，认真落实普法责任制。",
        // Phrase rules, and identity rules that keep a character from its single-character rule.
        "乾隆年間天氣乾燥，乾杯！餘額、其餘、業餘；關係與聯繫；瞭解明瞭；生薑、薑片。",
        "鬼子薑鬼子姜單于于思崑崙山下崙",
        // Mixed scripts, emoji and characters outside the BMP.
        "2023年發放資料3萬余份 📚 𠮷野家 𡘙 café Ωmega",
    ]

    #if canImport(_FoundationICU)
    @Test func readsTheRulesFromICU() throws {
        let rules = try #require(TraditionalToSimplified.rules)
        #expect(rules.rules.count > 1000)
    }

    @Test func agreesWithFoundation() {
        for text in Self.samples {
            #expect(TraditionalToSimplified.convert(text) == TraditionalToSimplified.viaFoundation(text))
        }
    }

    @Test func agreesWithFoundationOnEveryRuleKeyAndItsNeighbours() throws {
        let rules = try #require(TraditionalToSimplified.rules)
        let keys = rules.rules.map { String(String.UnicodeScalarView($0.key)) }
        for (index, key) in keys.enumerated() {
            let next = keys[(index + 1) % keys.count]
            for text in [key, "法\(key)治", key + next] {
                #expect(TraditionalToSimplified.convert(text) == TraditionalToSimplified.viaFoundation(text))
            }
        }
    }
    #endif

    /// Extraction normalises scalars, not strings; both ways must agree, and
    /// "unchanged" must mean the scalars are the same.
    @Test func normalisesScalarsAsItNormalisesText() throws {
        let normaliser = ScriptNormaliser.traditionalToSimplified
        let normaliseScalars = try #require(normaliser.normaliseScalars)
        for text in Self.samples {
            let scalars = Array(text.unicodeScalars)
            #expect(normaliseScalars(scalars) ?? scalars == Array(normaliser.normalise(text).unicodeScalars), "\(text)")
        }
        #expect(normaliseScalars(Array("白银市普法".unicodeScalars)) == nil)
        #expect(normaliseScalars(Array("白銀市普法".unicodeScalars)) == Array("白银市普法".unicodeScalars))
    }

    @Test func givesTheSameResultsFromManyThreads() {
        let texts = Self.samples + Self.samples.map { String($0.reversed()) }
        let expected = texts.map(TraditionalToSimplified.viaFoundation)
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 64) { round in
            // Each thread starts at a different text, so threads convert different texts at once.
            let order = texts.indices.map { ($0 + round) % texts.count }
            let wrong = order.filter { TraditionalToSimplified.convert(texts[$0]) != expected[$0] }.count
            mismatches.withLock { $0 += wrong }
        }
        #expect(mismatches.withLock { $0 } == 0)
    }
}

@Suite struct LiteralRulesTests {
    @Test func firstRuleInOrderWinsAndOutputIsNotRescanned() throws {
        let rules = try #require(LiteralRules(icuRules: "乾隆 > 乾隆;\n乾 > 干;\n甲 > 乙;\n乙 > 丙;"))
        #expect(rules.apply(to: "乾隆乾") == "乾隆干")
        #expect(rules.apply(to: "甲乙") == "乙丙")
        #expect(rules.apply(to: "x乾") == "x干")
    }

    @Test func returnsTheTextItselfWhenNothingChanges() throws {
        let rules = try #require(LiteralRules(icuRules: "乾隆 > 乾隆;\n乾 > 干;"))
        #expect(rules.apply(to: "乾隆 abc") == "乾隆 abc")
        #expect(rules.apply(to: "") == "")
    }

    @Test func refusesRulesThatAreNotLiteral() {
        for text in ["::NFC;\n乾 > 干;", "{乾}隆 > 干;", "乾 > 干", "a > b;", "乾 > ;", "$x = 乾;", "[乾] > 干;", "乾 < 干;", ""] {
            #expect(LiteralRules(icuRules: text) == nil, "\(text)")
        }
    }
}

/// Deciding "changed" on scalars must agree with comparing the Strings,
/// including where a compatibility ideograph or a combining mark makes two
/// different scalar sequences canonically equivalent.
@Suite struct ScalarComparisonTests {
    static let alphabet: [Unicode.Scalar] = [
        "国", "國", "乾", "干", "豈", "\u{F900}", "\u{F901}", "更", "a", "\u{0301}", "é", "e", "\u{2F800}", "\u{4E3D}",
    ]

    @Test func agreesWithStringComparisonWheneverItDecides() async {
        let scalars = Gen<Unicode.Scalar?>.element(of: Self.alphabet).map { $0! }.array(of: 0...6)
        await propertyCheck(count: 800, input: scalars, scalars) { a, b in
            let b = Array((b + a).prefix(a.count))
            let asStrings = String(String.UnicodeScalarView(a)) != String(String.UnicodeScalarView(b))
            if let decided = ScriptNormaliser.differsAtFirstChange(a, b) { #expect(decided == asStrings, "\(a) \(b)") }
        }
    }

    @Test func leavesCanonicalEquivalentsToStrings() {
        #expect(ScriptNormaliser.differsAtFirstChange(["\u{F900}"], ["豈"]) == nil)
        #expect(ScriptNormaliser.differsAtFirstChange(["國"], ["国"]) == true)
        #expect(ScriptNormaliser.differsAtFirstChange(["國"], ["國"]) == false)
    }
}
