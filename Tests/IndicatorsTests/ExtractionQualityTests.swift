import Foundation
import Indicators
import ContentFormat
import Importer
import Testing

/// Facts a careful reader listed for one seed report (see Labelled/README.md).
struct LabelledReport: Decodable {
    struct LabelledFact: Decodable {
        var text: String
        var value: Double
        var unit: String
        var qualifier: Qualifier
        var indicator: String?
    }

    var source: String
    var region: String
    /// True for a text a user would run through `pufa-site import` before
    /// the site reads it: a PDF's copy, whose lines the page wrapped.
    var imported: Bool?
    /// The region and province a user passes to `import` (`--region`,
    /// `--province`) for a text that names no city or district of its own:
    /// a village's report that names only its township.
    var importRegion: String?
    var importProvince: String?
    var facts: [LabelledFact]
}

/// Recall, precision and indicator agreement of the extractor against labelled facts.
struct QualityScore {
    var labelled = 0
    var extracted = 0
    var matched = 0
    var indicatorAgreed = 0
    var misses: [String] = []
    var extras: [String] = []
    var indicatorDisagreements: [String] = []

    var recall: Double { labelled == 0 ? 1 : Double(matched) / Double(labelled) }
    var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
    var indicatorAgreement: Double { matched == 0 ? 1 : Double(indicatorAgreed) / Double(matched) }

    mutating func add(_ other: QualityScore) {
        labelled += other.labelled
        extracted += other.extracted
        matched += other.matched
        indicatorAgreed += other.indicatorAgreed
    }

    /// A labelled fact and an extracted one agree when value, unit and qualifier agree.
    /// Matching keeps document order: each label takes the first unused fact after the
    /// previous match, so repeated figures (100%, 25个) pair up one to one.
    static func score(labelled: [LabelledReport.LabelledFact], extracted: [Fact]) -> QualityScore {
        var score = QualityScore(labelled: labelled.count, extracted: extracted.count)
        var used = [Bool](repeating: false, count: extracted.count)
        var cursor = 0
        for label in labelled {
            let fits = { (index: Int) -> Bool in
                !used[index] && abs(extracted[index].value - label.value) < 1e-6
                    && extracted[index].unit == label.unit && extracted[index].qualifier == label.qualifier
            }
            guard let index = (cursor..<extracted.count).first(where: fits) ?? (0..<extracted.count).first(where: fits)
            else {
                score.misses.append("\(label.text) (\(label.value) \(label.unit) \(label.qualifier.rawValue))")
                continue
            }
            used[index] = true
            cursor = index + 1
            score.matched += 1
            if extracted[index].indicator == label.indicator {
                score.indicatorAgreed += 1
            } else {
                score.indicatorDisagreements.append(
                    "\(label.text): labelled \(label.indicator ?? "none"), extracted \(extracted[index].indicator ?? "none")")
            }
        }
        for (index, fact) in extracted.enumerated() where !used[index] {
            score.extras.append("\(fact.text) in 「\(fact.clause)」")
        }
        return score
    }
}

@Suite struct ExtractionQuality {
    static let recallTarget = 0.95
    static let precisionTarget = 0.97
    static let indicatorAgreementTarget = 0.90

    /// The five seed reports.
    static let seedFolder = TestFiles.labelledFolder
    /// Short texts written for testing after the rules were made, labelled before the
    /// extractor was first run on them: a check that the rules are not fitted to the seeds.
    static let heldOutFolder = TestFiles.labelledFolder.appending(path: "HeldOut")

    static func labelledReports(in folder: URL) throws -> [(folder: URL, report: LabelledReport)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { name in
            let data = try Data(contentsOf: folder.appending(path: name))
            return (folder, try JSONDecoder().decode(LabelledReport.self, from: data))
        }
    }

    /// The raw text split the way the site sees it: one block per non-empty
    /// line, or, for a text read through import, the blocks import made of it.
    static func facts(in report: LabelledReport, folder: URL, extractor: FactExtractor,
                      throughImport: Bool = false) throws -> [Fact] {
        let text = try String(contentsOf: folder.appending(path: report.source), encoding: .utf8)
        guard report.imported == true || throughImport else {
            return text.split(whereSeparator: \.isNewline).flatMap { extractor.facts(inBlock: String($0)) }
        }
        let options = ImportOptions(region: report.importRegion, province: report.importProvince)
        let imported = try ReportImporter(regions: KnownRegions()).importReport(text: text, path: report.source, options: options)
        // As the site reads a report: sections of work to come, and no figures from photo captions.
        var sections = PlanSections(title: imported.frontMatter.title)
        return imported.blocks.flatMap { block -> [Fact] in
            if case .heading(let level) = block.kind { sections.enter(heading: block.text, level: level) }
            if block.kind == .paragraph { sections.enter(paragraph: block.text) }
            guard block.kind != .caption else { return [] }
            let heading: String? = if case .heading = block.kind { nil } else { sections.lastHeading }
            return block.text.split(separator: "\n").flatMap {
                extractor.facts(inBlock: String($0), inPlan: sections.isInPlan, under: heading)
            }
        }
    }

    @Test func recallAndPrecisionOnTheSeedReports() throws {
        let reports = try Self.labelledReports(in: Self.seedFolder)
        #expect(reports.count == 5)
        let overall = try Self.measure(reports, name: "seed reports")
        #expect(overall.recall >= Self.recallTarget)
        #expect(overall.precision >= Self.precisionTarget)
        #expect(overall.indicatorAgreement >= Self.indicatorAgreementTarget)
    }

    @Test func recallAndPrecisionOnHeldOutTexts() throws {
        let reports = try Self.labelledReports(in: Self.heldOutFolder)
        #expect(reports.count >= 2)
        let overall = try Self.measure(reports, name: "held-out texts")
        #expect(overall.recall >= Self.recallTarget)
        #expect(overall.precision >= Self.precisionTarget)
        #expect(overall.indicatorAgreement >= Self.indicatorAgreementTarget)
    }

    /// Every held-out text as a user's site reads it: imported first (without
    /// --region), then read block by block. Import must infer each text's
    /// front matter, and lose or garble no figure.
    @Test func recallAndPrecisionOnHeldOutTextsReadThroughImport() throws {
        let reports = try Self.labelledReports(in: Self.heldOutFolder)
        let overall = try Self.measure(reports, name: "held-out texts read through import", throughImport: true)
        #expect(overall.recall >= Self.recallTarget)
        #expect(overall.precision >= Self.precisionTarget)
        #expect(overall.indicatorAgreement >= Self.indicatorAgreementTarget)
    }

    /// Prints per-report and overall figures, with every miss, extra and disagreement.
    static func measure(_ reports: [(folder: URL, report: LabelledReport)], name: String,
                        throughImport: Bool = false) throws -> QualityScore {
        let extractor = FactExtractor(catalog: try TestFiles.catalog())
        var overall = QualityScore()
        for (folder, report) in reports {
            let extracted = try facts(in: report, folder: folder, extractor: extractor, throughImport: throughImport)
            let score = QualityScore.score(labelled: report.facts, extracted: extracted)
            overall.add(score)
            let read = throughImport ? report.source + " (through import)" : report.source
            print(String(format: "[quality] %@ %@: recall %.3f (%d/%d), precision %.3f (%d/%d), indicator agreement %.3f",
                         read, report.region, score.recall, score.matched, score.labelled,
                         score.precision, score.matched, score.extracted, score.indicatorAgreement))
            for miss in score.misses { print("[quality]   missed: \(miss)") }
            for extra in score.extras { print("[quality]   not labelled: \(extra)") }
            for disagreement in score.indicatorDisagreements { print("[quality]   indicator: \(disagreement)") }
        }
        print(String(format: "[quality] overall (%@): recall %.3f (%d/%d), precision %.3f (%d/%d), indicator agreement %.3f (%d/%d)",
                     name, overall.recall, overall.matched, overall.labelled, overall.precision, overall.matched,
                     overall.extracted, overall.indicatorAgreement, overall.indicatorAgreed, overall.matched))
        return overall
    }

    /// The cross-region table needs the same id for the same thing in every report.
    @Test func sameThingGetsTheSameIDAcrossRegions() throws {
        let extractor = FactExtractor(catalog: try TestFiles.catalog())
        let reports = try Self.labelledReports(in: Self.seedFolder) + Self.labelledReports(in: Self.heldOutFolder)
        var regionsByID: [String: Set<String>] = [:]
        var agreedRegionsByID: [String: Set<String>] = [:]
        for (folder, report) in reports {
            let extracted = try Self.facts(in: report, folder: folder, extractor: extractor)
            for label in report.facts {
                guard let id = label.indicator else { continue }
                regionsByID[id, default: []].insert(report.source)
                let found = extracted.contains {
                    $0.indicator == id && abs($0.value - label.value) < 1e-6 && $0.unit == label.unit
                }
                if found { agreedRegionsByID[id, default: []].insert(report.source) }
            }
        }
        let shared = regionsByID.filter { $0.value.count >= 2 }
        #expect(shared.count >= 10, "the labelled set should exercise many cross-region indicators")
        for (id, regions) in shared.sorted(by: { $0.key < $1.key }) {
            let agreed = agreedRegionsByID[id] ?? []
            print("[consistency] \(id): labelled in \(regions.count) reports, extracted with this id in \(agreed.count)")
            #expect(agreed == regions, "\(id) is not found under the same id in \(regions.subtracting(agreed).sorted())")
        }
    }

    /// A classified figure is labelled with its indicator's label (pages show
    /// it as the mark's title without looking the indicator up), an
    /// unclassified one with its own subject.
    @Test func classifiedFiguresCarryTheirIndicatorsLabel() throws {
        let catalog = try TestFiles.catalog()
        let extractor = FactExtractor(catalog: catalog)
        let reports = try Self.labelledReports(in: Self.seedFolder) + Self.labelledReports(in: Self.heldOutFolder)
        var classified = 0
        for (folder, report) in reports {
            for fact in try Self.facts(in: report, folder: folder, extractor: extractor) {
                guard let id = fact.indicator else {
                    #expect(fact.label == fact.subject)
                    continue
                }
                classified += 1
                #expect(fact.label == catalog.definition(id: id)?.label, "\(fact.text) in 「\(fact.clause)」")
            }
        }
        #expect(classified > 100)
    }

    /// The scoring itself: an extractor that finds nothing scores zero recall.
    @Test func scoringCountsMissesAndExtras() {
        let label = LabelledReport.LabelledFact(text: "5个", value: 5, unit: "个", qualifier: .exact, indicator: nil)
        let none = QualityScore.score(labelled: [label], extracted: [])
        #expect(none.recall == 0)
        #expect(none.misses.count == 1)
    }
}
