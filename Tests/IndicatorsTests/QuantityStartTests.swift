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
