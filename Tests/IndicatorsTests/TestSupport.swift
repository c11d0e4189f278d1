import Foundation
import Indicators
import Yams

/// Files the tests read, found from this source file's location so the tests need no
/// resources: `Tests/IndicatorsTests/Labelled/` beside this file, and the repository's
/// `content/indicators.yml` found by walking up.
enum TestFiles {
    static let testsFolder = URL(filePath: #filePath).deletingLastPathComponent()
    static let labelledFolder = testsFolder.appending(path: "Labelled")

    static func repositoryFile(_ relativePath: String) throws -> URL {
        var folder = testsFolder
        for _ in 0..<6 {
            let candidate = folder.appending(path: relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw TestFileError.notFound(relativePath, from: testsFolder.path)
    }

    static func catalog() throws -> IndicatorCatalog {
        let url = try repositoryFile("content/indicators.yml")
        let file = try YAMLDecoder().decode(CatalogFile.self, from: String(contentsOf: url, encoding: .utf8))
        return try IndicatorCatalog(file: file)
    }
}

enum TestFileError: Error, CustomStringConvertible {
    case notFound(String, from: String)
    var description: String {
        switch self {
        case .notFound(let path, let from): "cannot find \(path) in any folder above \(from)"
        }
    }
}

/// Writes numbers the way reports do, independently of the parser, for round-trip tests.
enum NumberWriter {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Canonical Chinese numerals: 三千二百, 十二, 一百零五, 三亿零五十万.
    static func chinese(_ number: Int) -> String {
        precondition(number >= 0 && number < 1_000_000_000_000)
        if number == 0 { return "零" }
        let yi = number / 100_000_000
        let wan = number / 10_000 % 10_000
        let rest = number % 10_000
        var text = ""
        if yi > 0 { text += section(yi) + "亿" }
        if wan > 0 {
            if yi > 0, wan < 1000 { text += "零" }
            text += section(wan) + "万"
        }
        if rest > 0 {
            if (yi > 0 || wan > 0), rest < 1000 || wan == 0 && yi > 0, !text.hasSuffix("零") { text += "零" }
            text += section(rest)
        }
        if text.hasPrefix("一十") { text.removeFirst() }
        return text
    }

    /// One section of up to four places, with 零 for inner gaps.
    private static func section(_ value: Int) -> String {
        var text = ""
        var gap = false
        for (unit, place) in [("千", 1000), ("百", 100), ("十", 10), ("", 1)] {
            let digit = value / place % 10
            if digit == 0 {
                if !text.isEmpty { gap = true }
                continue
            }
            if gap { text += "零"; gap = false }
            text += digits[digit] + unit
        }
        return text
    }

    /// 12,345,678
    static func grouped(_ number: Int) -> String {
        let plain = String(number)
        var groups: [Substring] = []
        var end = plain.endIndex
        while end > plain.startIndex {
            let start = plain.index(end, offsetBy: -3, limitedBy: plain.startIndex) ?? plain.startIndex
            groups.insert(plain[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: ",")
    }

    /// １２３ — digits and separators in full width.
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar {
            case "0"..."9": Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar
            case ",": "，"
            case ".": "．"
            default: scalar
            }
        }))
    }
}

extension Quantity {
    /// The bytes `utf8Range` points at, to check marks land on the text as written.
    func markedText(in text: String) -> String {
        let bytes = Array(text.utf8)[utf8Range]
        return String(decoding: bytes, as: UTF8.self)
    }
}
