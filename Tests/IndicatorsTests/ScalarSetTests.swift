import Testing
@testable import Indicators

/// The scanner passes over scalars that cannot start a quantity at one bit
/// test; the set of those that can is built from the Basic Multilingual Plane.
@Suite struct QuantityStartTests {
    @Test func everyScalarThatStartsAQuantityIsInTheSet() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if QuantityParser.startsQuantity(scalar) != QuantityParser.quantityStarts.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }
}

/// Sentences and clauses are cut where a bit set says; the sets must be the
/// character classes they stand for, over every scalar.
@Suite struct BoundarySetTests {
    @Test func boundarySetsAreTheCharacterClasses() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Segmentation.sentenceEnds.contains(scalar) != CharacterClass.isSentenceEnd(scalar)
                || Segmentation.clauseEnds.contains(scalar) != CharacterClass.isClauseEnd(scalar) {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }
}
