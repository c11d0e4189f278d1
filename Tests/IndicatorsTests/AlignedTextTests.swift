@testable import Indicators
import PropertyBased
import Testing

/// The aligned text cuts the original at scalar positions, whatever the
/// characters around them: a combining mark stays with the side it is on.
@Suite struct AlignedTextTests {
    /// ASCII, CJK, a combining mark, an emoji (four bytes), fullwidth forms.
    static let scalars = Gen<Unicode.Scalar?>.element(of: ["1", "a", " ", "法", "治", "\u{301}", "😀", "（", "）", "，"]).map { $0! }

    @Test func cutsAsTheScalarViewDoes() async {
        await propertyCheck(count: 500, input: Self.scalars.array(of: 0...30), Gen.int(in: 0...31), Gen.int(in: 0...31)) { scalars, a, b in
            // A pinyin gloss (法（a1）, as a converter writes 網(wǎng)) and a space between a
            // digit and a Han character (1 法) have no positions of their own by design: only
            // texts without either are cut scalar for scalar.
            guard !scalars.indices.contains(where: {
                scalars[$0] == "（" && PinyinGloss.closingIndex(in: scalars, openingAt: $0) != nil
            }), !Self.holdsASpacedFigure(scalars) else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let original = String(view)
            let text = AlignedText(original, normaliser: .identity)
            let lower = min(a, b, scalars.count), upper = min(max(a, b), scalars.count)
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[lower..<upper])
            let cut = text.originalText(lower..<upper)
            #expect(cut.unicodeScalars.elementsEqual(expected), "\(scalars) \(lower)..<\(upper)")
            #expect(Array(cut.utf8) == Array(Array(original.utf8)[text.utf8Range(lower..<upper)]))
        }
    }

    /// A run of spaces with a digit on one side and a Han character on the other.
    /// Read scalar by scalar: a digit with a combining mark after it is still a digit here.
    static func holdsASpacedFigure(_ scalars: [Unicode.Scalar]) -> Bool {
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        let isHan = { (scalar: Unicode.Scalar) in scalar.properties.isIdeographic }
        let isWordEnd = { (scalar: Unicode.Scalar) in isHan(scalar) || scalar == "）" }
        var index = 1
        while index < scalars.count {
            guard scalars[index] == " " else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == " " { end += 1 }
            let left = scalars[index - 1]
            if end < scalars.count, isDigit(left) && isHan(scalars[end]) || isWordEnd(left) && isDigit(scalars[end]) { return true }
            index = end
        }
        return false
    }

    @Test func aSpaceBesideAFigureHasNoPosition() {
        let text = AlignedText("新增 35 个 阵地", normaliser: .identity)
        #expect(text.scalars == Array("新增35个 阵地".unicodeScalars))
        #expect(text.originalText(2..<5) == "35 个")
        #expect(AlignedText("配备“法律明白人” 5名", normaliser: .identity).scalars == Array("配备“法律明白人”5名".unicodeScalars))
        #expect(AlignedText("1 2 a 3", normaliser: .identity).count == 7, "spaces between digits and Latin stay")
    }

    @Test func aGlossHasNoPositions() {
        let text = AlignedText("法（a1）治", normaliser: .identity)
        #expect(text.scalars == ["法", "治"])
        #expect(text.originalText(0..<1) == "法")
    }

    @Test func keepsACombiningMarkOnItsSide() {
        let text = AlignedText("e\u{301}3场", normaliser: .identity)
        #expect(text.originalText(0..<1) == "e")
        #expect(Array(text.originalText(1..<4).unicodeScalars) == ["\u{301}", "3", "场"])
    }
}

@Suite struct LabelTextTests {
    /// Scalars whose UTF-8 shares bytes with "（" (EF BC 88): "）" (EF BC 89), "ｈ" (EF BD 88), "＂" (EF BC 82).
    static let scalars = Gen<Unicode.Scalar?>.element(of: ["(", "（", "）", "ｈ", "＂", "法", "a", "\u{F08}"]).map { $0! }

    @Test func findsOpeningParenthesesAsScalarsDo() async {
        await propertyCheck(count: 500, input: Self.scalars.array(of: 0...12)) { scalars in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            #expect(Labels.hasOpeningParenthesis(String(view)) == scalars.contains { $0 == "(" || $0 == "（" }, "\(scalars)")
        }
    }
}
