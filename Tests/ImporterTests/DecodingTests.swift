import Foundation
import Testing
@testable import Importer

/// Encodings are tested with files produced here, in the encodings a user's
/// editor or browser would save: GB18030, UTF-16 with either BOM, UTF-8 with BOM.
@Suite struct DecodingTests {
    let sample = "兰州市紧扣“三个关键点”推动普法依法治理工作提质增效\r\n今年以来,兰州市坚持以习近平法治思想为指引。\r\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array(sample.utf8), path: "a.txt")
        #expect(plain.encoding == .utf8)
        #expect(plain.text == sample.replacingOccurrences(of: "\r\n", with: "\n"))
        let withBOM = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), path: "b.txt")
        #expect(withBOM.encoding == .utf8WithBOM)
        #expect(withBOM.text == plain.text)
    }

    @Test func gb18030() throws {
        let bytes = try #require(Iconv.encode(sample, to: "GB18030"))
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the test file must not also be valid UTF-8")
        let decoded = try TextDecoder.decode(bytes, path: "gbk.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == sample.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in sample.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let decoded = try TextDecoder.decode(bytes, path: "utf16.txt")
        #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(decoded.text == sample.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test func lonelyCarriageReturnsBecomeNewlines() throws {
        let decoded = try TextDecoder.decode(Array("一\r二\r\n三".utf8), path: "cr.txt")
        #expect(decoded.text == "一\n二\n三")
    }

    @Test func binaryInputIsAnErrorNamingTheFile() {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        png += (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        #expect(throws: ImportError.binary(path: "photo.png")) {
            try TextDecoder.decode(png, path: "photo.png")
        }
        #expect(ImportError.binary(path: "photo.png").description.contains("photo.png"))
    }

    @Test func controlCharacterNoiseIsBinary() {
        let noise = (0..<300).map { UInt8(1 + $0 % 8) }
        #expect(throws: ImportError.binary(path: "noise.bin")) {
            try TextDecoder.decode(noise, path: "noise.bin")
        }
    }

    @Test func bytesValidInNoEncodingAreUndecodable() {
        // 0x80 and 0xFF can start no character in UTF-8 or GB18030.
        let bytes: [UInt8] = Array("报告".utf8) + [0xFF, 0xFF, 0x80, 0xFF]
        #expect(throws: ImportError.undecodable(path: "bad.txt")) {
            try TextDecoder.decode(bytes, path: "bad.txt")
        }
    }

    @Test func importingGB18030FileGivesSimplifiedMarkdown() throws {
        let text = "威海市普法工作报告\n\n今年以来,威海市深入开展普法工作。\n"
        let bytes = try #require(Iconv.encode(text, to: "GB18030"))
        let report = try ReportImporter(regions: TestRegions.table).importReport(bytes: bytes, path: "w.txt")
        #expect(report.encoding == .gb18030)
        #expect(report.frontMatter.title == "威海市普法工作报告")
        #expect(report.body == "今年以来,威海市深入开展普法工作。\n")
    }
}
