@testable import Indicators
import PropertyBased
import Testing

/// Quotes, titles and formulas are found in one pass over a block; the
/// positions masked must be those of finding each kind in a pass of its own.
@Suite struct MaskedPositionsTests {
    /// Openers, closers, formula characters, glosses and sentence ends, run together at random.
    static let pieces = [
        "“", "”", "‘", "’", "《", "》", "「", "」", "(", ")", "（", "）", "+", "＋", "1", "２", "N", "ａ", "。", "，",
        "法治", "三抓三促", "1+1+1+2N", "12", "名", "\n", "联动机制",
    ]

    @Test func onePassMasksWhatSeparatePassesMask() async {
        let text = Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 0...40).map { $0.joined() }
        await propertyCheck(count: 1000, input: text) { text in
            let aligned = AlignedText(text, normaliser: .identity)
            #expect(Exclusions.maskedPositions(in: aligned) == Self.maskedInSeparatePasses(aligned), "\(text)")
        }
    }

    @Test func aFormulaAndItsGlossAreMasked() {
        let text = AlignedText("打造“1+1+2N”(1名政法委员)和3个中心", normaliser: .identity)
        let masked = Exclusions.maskedPositions(in: text)
        let shown = String(String.UnicodeScalarView(text.scalars.indices.filter { !masked[$0] }.map { text.scalars[$0] }))
        #expect(shown == "打造和3个中心")
    }

    /// The rule as first written: quotes and titles in one pass, formulas in another;
    /// then the parentheses that spell them out. (With the sign rules added since.)
    static func maskedInSeparatePasses(_ text: AlignedText) -> [Bool] {
        let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar, maxLength: Int)] = [
            ("“", "”", 40), ("‘", "’", 40), ("「", "」", 40), ("『", "』", 40), ("《", "》", 60), ("〈", "〉", 60),
        ]
        var masked = [Bool](repeating: false, count: text.count)
        var spanEnds: [Int] = []
        for index in 0..<text.count {
            guard let pair = pairs.first(where: { $0.open == text.scalars[index] }) else { continue }
            var close: Int?
            var position = index + 1
            while position < text.count, position - index <= pair.maxLength {
                let scalar = text.scalars[position]
                if scalar == pair.close { close = position; break }
                if scalar == pair.open || CharacterClass.isSentenceEnd(scalar) { break }
                position += 1
            }
            if let close {
                for position in index...close { masked[position] = true }
                spanEnds.append(close + 1)
            }
        }
        func isFormulaCharacter(_ scalar: Unicode.Scalar) -> Bool {
            CharacterClass.isDigit(scalar) || CharacterClass.isASCIILetter(scalar) || scalar == "+" || scalar == "＋"
        }
        var index = 0
        while index < text.count {
            guard isFormulaCharacter(text.scalars[index]) else { index += 1; continue }
            let start = index
            var hasPlus = false, hasDigit = false
            while index < text.count, isFormulaCharacter(text.scalars[index]) {
                if text.scalars[index] == "+" || text.scalars[index] == "＋" { hasPlus = true }
                if CharacterClass.isDigit(text.scalars[index]) { hasDigit = true }
                index += 1
            }
            // A plus that opens the run is a figure's sign (增减+20.6%), one that ends it a
            // "more than" (1200+场): neither is a formula's.
            let signed = text.scalars[start] == "+" || text.scalars[start] == "＋"
            let trailing = text.scalars[index - 1] == "+" || text.scalars[index - 1] == "＋"
            if hasPlus && hasDigit && !signed && !trailing {
                for position in start..<index { masked[position] = true }
                spanEnds.append(index)
            }
        }
        for spanEnd in spanEnds {
            // Right after the span, or after up to 12 ideographs naming it when it holds a plus sign.
            var end = spanEnd
            while end - spanEnd < 12, CharacterClass.isIdeograph(text[end]) { end += 1 }
            guard let open = text[end], open == "(" || open == "（" else { continue }
            var position = end + 1, depth = 1
            while position < text.count, position - end <= 80 {
                let scalar = text.scalars[position]
                if scalar == "(" || scalar == "（" { depth += 1 }
                if scalar == ")" || scalar == "）" {
                    depth -= 1
                    if depth == 0 {
                        let holdsPlus = text.scalars[end...position].contains("+") || text.scalars[end...position].contains("＋")
                        if end == spanEnd || holdsPlus {
                            for masking in end...position { masked[masking] = true }
                        }
                        break
                    }
                }
                position += 1
            }
        }
        return masked
    }
}
