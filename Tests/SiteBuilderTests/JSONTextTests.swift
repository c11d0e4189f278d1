import Foundation
import Testing
@testable import SiteBuilder

/// The exports' JSON strings: any text must read back as itself, and none
/// may close a `<script>` block it is put in.
@Suite struct JSONTextTests {
    static let pieces = ["甲", "a", "\"", "\\", "<", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "📚", "é", " ", "</script>"]

    @Test func everyTextReadsBackAsItself() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = [""] + Self.pieces
        for _ in 0..<500 {
            texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let encoded = JSONText.encoded(text)
            #expect(try JSONDecoder().decode(String.self, from: Data(encoded)) == text, "\(text.debugDescription)")
            #expect(!encoded.contains(UInt8(ascii: "<")), "\(text.debugDescription)")
            #expect(!encoded.contains { $0 < 0x20 }, "\(text.debugDescription)")
        }
    }

    @Test func escapesAsDocumented() {
        #expect(JSONText.encoded("a\"b\\c\nd<e\u{1}f甲") == Array(#""a\"b\\c\nd\u003ce\u0001f甲""#.utf8))
    }
}
