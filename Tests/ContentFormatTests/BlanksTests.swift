import Foundation
import Testing
@testable import ContentFormat

/// The scalar tests stand in for Foundation's character sets exactly.
@Suite struct BlanksTests {
    @Test func theSetsAreFoundationsOnEveryScalar() {
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Blanks.isSpace(scalar) != CharacterSet.whitespaces.contains(scalar)
                || Blanks.isSpaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                differences.append(String(value, radix: 16))
            }
        }
        #expect(differences.isEmpty)
    }

    @Test(arguments: ["", " ", "a", " a ", "\u{3000}标题\u{3000}", "\t\n x y \r\n", "\u{200B}a\u{200B}", "a\u{301} ", " \u{301}", "\n\n", "x\u{A0}"])
    func trimsAsFoundationTrims(text: String) {
        #expect(String(Blanks.trimmed(text[...], Blanks.isSpace)) == text.trimmingCharacters(in: .whitespaces))
        #expect(String(Blanks.trimmed(text[...], Blanks.isSpaceOrNewline)) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
