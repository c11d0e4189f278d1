import ContentFormat
import Foundation
import Testing
@testable import Importer

/// Input the importer has never seen must not crash it: random cuts of the
/// seeds, mixed with other scripts, emoji and control characters. The
/// generator is seeded, so a failure can be replayed.
@Suite struct FuzzTests {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let foreignPieces = [
        "Hello, world. ", "Привет, мир! ", "😀🇨🇳👍🏽", "\u{0}", "\u{7}\u{1B}[31m", "\t\t", "\r\n", "\r", "| |||", "1.jpg",
        "(wǎng)", "?", "\u{FFFD}", "(", ")", "“", "。", "# ", "* ", "<span>", "/span>", "مرحبا", "ㄖⅰ", "\u{200B}", "一是", "(一)",
        "2020年8月27日", "\u{3000}", "---", "\\", "`", "𠀀𪚥",
    ]

    func mutatedText(from seeds: [String], using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            if Bool.random(using: &generator), let seed = seeds.randomElement(using: &generator), !seed.isEmpty {
                let scalars = Array(seed.unicodeScalars)
                let start = Int.random(in: 0..<scalars.count, using: &generator)
                let length = Int.random(in: 0...min(600, scalars.count - start), using: &generator)
                text.unicodeScalars.append(contentsOf: scalars[start..<(start + length)])
            } else if let piece = Self.foreignPieces.randomElement(using: &generator) {
                text += piece
            }
        }
        return text
    }

    @Test func randomCutsAndMixesNeverCrash() throws {
        let seeds = SeedFixtures.seedFiles.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        try #require(!seeds.isEmpty)
        var generator = SeededGenerator(state: 20_241_223)
        let importer = ReportImporter(regions: TestRegions.table)
        var imported = 0
        for round in 0..<150 {
            let text = mutatedText(from: seeds, using: &generator)
            // Bytes too, so decoding sees cut multi-byte characters.
            var bytes = Array(text.utf8)
            if round % 5 == 0, !bytes.isEmpty { bytes.removeLast(Int.random(in: 0...min(2, bytes.count), using: &generator)) }
            do {
                let report = try importer.importReport(bytes: bytes, path: "fuzz-\(round).txt")
                imported += 1
                let (document, diagnostics) = ReportDocument.parse(text: report.fileText, path: "fuzz-\(round).md")
                #expect(document != nil, "round \(round): \(diagnostics)\n\(report.fileText)")
            } catch {
                // A clear error is fine; a crash is not.
                #expect(!error.description.isEmpty)
            }
        }
        #expect(imported > 20, "the fuzz inputs should mostly import")
    }
}
