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
        "2020年8月27日", "\u{3000}", "---", "\\", "`", "𠀀𪚥", "转发88-", "达到百分之",
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

    let importer = ReportImporter(regions: TestRegions.table)

    func seedTexts() throws -> [String] {
        let seeds = SeedFixtures.seedFiles.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        try #require(!seeds.isEmpty)
        return seeds
    }

    /// The imported report, whose content file must parse; nil after a clear
    /// error, which is fine (a crash is not).
    func importsToValidContent(round: Int, _ importing: () throws -> ImportedReport) -> ImportedReport? {
        do {
            let report = try importing()
            let (document, diagnostics) = ReportDocument.parse(text: report.fileText, path: "fuzz-\(round).md")
            #expect(document != nil, "round \(round): \(diagnostics)\n\(report.fileText)")
            return report
        } catch {
            #expect(error is ImportError, "round \(round): \(error)")
            #expect(!"\(error)".isEmpty)
            return nil
        }
    }

    @Test func randomCutsAndMixesNeverCrash() throws {
        let seeds = try seedTexts()
        var generator = SeededGenerator(state: 20_241_223)
        var imported = 0
        for round in 0..<150 {
            let text = mutatedText(from: seeds, using: &generator)
            // Bytes too, so decoding sees cut multi-byte characters.
            var bytes = Array(text.utf8)
            if round % 5 == 0, !bytes.isEmpty { bytes.removeLast(Int.random(in: 0...min(2, bytes.count), using: &generator)) }
            if importsToValidContent(round: round, { try importer.importReport(bytes: bytes, path: "fuzz-\(round).txt") }) != nil {
                imported += 1
            }
        }
        #expect(imported > 20, "the fuzz inputs should mostly import")
    }

    static let tagPieces = [
        "<p>", "</p>", "<div style=\"display:none\">", "</div>", "<br>", "<table><tr><td>", "</td><td>", "<b>", "<p",
        "<!-- 注释 -->", "<script>alert(1)</script>", "<h2>", "</h2>", "&nbsp;", "&ldquo;", "<pre>", "\n", "<li>", "<img src=1.jpg>",
    ]

    /// Saved pages with broken markup: libxml2 recovers, and a script's text never reaches the content.
    @Test func randomPagesNeverCrash() throws {
        let seeds = try seedTexts()
        var generator = SeededGenerator(state: 20_261_205)
        var imported = 0
        for round in 0..<100 {
            var page = "<html><body>"
            var pieces: [String] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                pieces.append(Bool.random(using: &generator)
                    ? mutatedText(from: seeds, using: &generator) : Self.tagPieces.randomElement(using: &generator)!)
            }
            page += pieces.joined()
            // After an unfinished `<p`, a browser too reads `<script>` as an attribute and its text as text.
            let scriptIsAnElement = !pieces.contains("<p")
            if let report = importsToValidContent(round: round, { try importer.importReport(text: page, path: "fuzz-\(round).html") }) {
                imported += 1
                if scriptIsAnElement { #expect(!report.fileText.contains("alert(1)"), "round \(round)") }
            }
        }
        #expect(imported > 20, "the fuzz pages should mostly import")
    }
}
