import ContentFormat
import Foundation
import Indicators
import Testing
@testable import Importer

/// Importing the five seeds gives the bodies committed in content/reports/,
/// and every output is valid content with no residue of the web page.
@Suite struct SeedImportTests {
    func regions() throws -> KnownRegions {
        let path = SeedFixtures.repositoryRoot.appendingPathComponent("content/regions.yml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try KnownRegions.parse(yaml: text, path: path).get()
    }

    func importSeeds() throws -> [ImportedReport] {
        let importer = ReportImporter(regions: try regions())
        return try SeedFixtures.seedFiles.map { url in
            try importer.importReport(bytes: Array(try Data(contentsOf: url)), path: url.lastPathComponent)
        }
    }

    /// Characters restored by hand in content/reports/. Seed 004's encoding
    /// damage lost one character at each end of two runs; the importer repairs
    /// the runs and warns about both. 安全宣传咨询日 is the national safety
    /// campaign day, and the orphaned byte before each run is the second byte
    /// of 日 in GBK (C8 D5); the caption's last word is 活动 (活顒? → 活動).
    static let handCorrections: [String: [(imported: String, corrected: String)]] = [
        "baiyin": [
            ("2022年“安全宣传咨询”活动", "2022年“安全宣传咨询日”活动"),
            ("开展“安全咨询”法治宣传活*", "开展“安全咨询日”法治宣传活动*"),
        ],
    ]

    @Test func seedsGiveTheCommittedBodies() throws {
        let reports = try importSeeds()
        try #require(reports.count == 5, "expected the five seeds beside the repository")
        let slugs = reports.map { Slug.forRegion($0.frontMatter.region, parent: $0.frontMatter.parent) }
        #expect(slugs == ["lanzhou", "baotou", "lanzhou-chengguan", "weihai", "baiyin"])
        for (report, slug) in zip(reports, slugs) {
            let path = SeedFixtures.repositoryRoot.appendingPathComponent("content/reports/\(slug).md").path
            let committed = try String(contentsOfFile: path, encoding: .utf8)
            let (document, diagnostics) = ReportDocument.parse(text: committed, path: path)
            let parsed = try #require(document, "\(diagnostics)")
            var expected = report.body
            for correction in Self.handCorrections[slug] ?? [] {
                #expect(expected.components(separatedBy: correction.imported).count == 2, "\(slug): '\(correction.imported)' should be in the import once")
                expected = expected.replacingOccurrences(of: correction.imported, with: correction.corrected)
            }
            #expect(parsed.body.drop { $0 == "\n" } == expected[...], "body of \(slug).md differs from a fresh import")
            #expect(parsed.frontMatter.region == report.frontMatter.region)
        }
    }

    @Test func everyImportParsesAsContent() throws {
        for report in try importSeeds() {
            let (document, diagnostics) = ReportDocument.parse(text: report.fileText, path: report.sourcePath)
            #expect(document != nil, "\(report.sourcePath): \(diagnostics)")
            #expect(diagnostics.isEmpty, "\(report.sourcePath): \(diagnostics)")
            #expect(document?.frontMatter == report.frontMatter.withoutLocations(document?.frontMatter.keyLocations ?? [:]))
        }
    }

    @Test func noPageResidueInAnyBody() throws {
        let residue = ["|", ".jpg", "(wǎng)", "字号", "打印本页", "关闭窗口", "责任编辑", "版权", "欢迎访问", "</", "/span>", "\u{3000}", "?"]
        for report in try importSeeds() {
            for piece in residue {
                #expect(!report.body.contains(piece), "\(report.sourcePath) still holds \(piece)")
            }
            #expect(!report.body.unicodeScalars.contains { PinyinGloss.toneMarkedVowels.contains($0) })
        }
    }

    /// Every block is the seed's own words: the seed, after the pinyin notes
    /// go and the script is simplified, holds it verbatim (spaces aside).
    /// Runs repaired from encoding damage are the one, reported, exception.
    @Test func noWordIsRewritten() throws {
        let reports = try importSeeds()
        for (report, url) in zip(reports, SeedFixtures.seedFiles) {
            let raw = try String(contentsOf: url, encoding: .utf8)
            let unpinyined = raw.split(separator: "\n", omittingEmptySubsequences: false)
                .map { InlineCleaning.removingPinyinAnnotations(String($0)).text }.joined(separator: "\n")
            let source = ScriptConverter.simplified(unpinyined).text.filter { !$0.isWhitespace }
            let repairedLines = Set(report.removals.filter { $0.rule == .encodingDamage }.map(\.line))
            for block in report.blocks where !repairedLines.contains(block.line) {
                let words = block.text.filter { !$0.isWhitespace }
                #expect(source.contains(words), "\(report.sourcePath) line \(block.line): \(block.text.prefix(40))")
            }
            if let title = report.structureTitle {
                #expect(source.contains(title.filter { !$0.isWhitespace }))
            }
        }
    }

    @Test func seedFrontMatter() throws {
        let reports = try importSeeds()
        try #require(reports.count == 5)
        let lanzhou = reports[0].frontMatter, baotou = reports[1].frontMatter, chengguan = reports[2].frontMatter
        let weihai = reports[3].frontMatter, baiyin = reports[4].frontMatter
        #expect(lanzhou.title == "兰州市紧扣“三个关键点”推动普法依法治理工作提质增效")
        #expect((lanzhou.year, lanzhou.period) == (2024, "八五"))
        #expect(baotou.title == "以法治精神润泽鹿城 让尊法守法蔚然成风")
        #expect((baotou.region, baotou.province, baotou.source) == ("包头市", "内蒙古自治区", "本报记者●王祯"))
        #expect((chengguan.region, chengguan.parent, chengguan.level) == ("城关区", "兰州市", .district))
        #expect(chengguan.source == "法治甘肃网")
        #expect((weihai.date?.description, weihai.period) == ("2020-08-27", "七五"))
        #expect(baiyin.title == "将法治精神播撒到群众心田——白银市法治宣传教育工作综述")
        #expect((baiyin.date?.description, baiyin.source) == ("2022-12-16", "甘肃政法网"))
        #expect(reports[4].convertedFromTraditional)
    }
}

extension ImportedReport {
    /// The title when it came from a headline in the text (not a stand-in).
    var structureTitle: String? {
        missingFields.contains { $0.key == "title" } ? nil : frontMatter.title
    }
}

extension FrontMatter {
    /// The same front matter carrying another parse's key locations, so two can be compared by value.
    func withoutLocations(_ locations: [String: ContentFormat.SourceLocation]) -> FrontMatter {
        var copy = self
        copy.keyLocations = locations
        return copy
    }
}
