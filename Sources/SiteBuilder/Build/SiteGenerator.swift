import ContentFormat
import Foundation
import Indicators

/// Runs the pipeline from content to the files of the site, in memory:
/// load → validate → render → model → views/templates. The build writes the
/// result to disk; a preview can serve it from memory.
public struct SiteGenerator: Sendable {
    public static let stepCount = 5
    let layout: ProjectLayout
    let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
        self.layout = ProjectLayout(root: options.source)
    }

    public struct Result: Sendable {
        public var files: [OutputFile]
        public var reports: Int
        public var regions: Int
        public var pages: Int
        public var diagnostics: [Diagnostic]
    }

    public func generate(progress: (BuildEvent) -> Void = { _ in }) throws(BuildFailure) -> Result {
        var session = SiteSession(options: options, keepsSources: false)
        let generation = try session.update(.everything, progress: progress)
        let plan = generation.plan
        progress(.step(index: 5, total: Self.stepCount, title: "applying templates to \(generation.regions) regions"))
        return Result(
            files: plan.renderAll(), reports: generation.reports, regions: generation.regions,
            pages: plan.pagePaths.count, diagnostics: generation.diagnostics
        )
    }

    /// Steps 1–4: everything but the pages.
    func siteModel(progress: (BuildEvent) -> Void) throws(BuildFailure) -> (SiteModel, [Diagnostic]) {
        var session = SiteSession(options: options, keepsSources: false)
        let generation = try session.update(.everything, progress: progress)
        return (generation.plan.model, generation.diagnostics)
    }

    /// Every figure of the site as export records (the fields of
    /// `data/facts.csv`), for the regions named (all when empty).
    public func factRecords(regions names: [String]) throws(BuildFailure) -> (records: [[String: String]], diagnostics: [Diagnostic]) {
        let (model, diagnostics) = try siteModel(progress: { _ in })
        // A region is named as shown (兰州市城关区), by its own name (城关区) or by a report's slug.
        let records = FactExports.records(model).filter { record in
            let region = record["region"] ?? ""
            return names.isEmpty || names.contains { region == $0 || region.hasSuffix($0) || record["report"] == $0 }
        }
        return (records, diagnostics)
    }

    public static var factFields: [String] { FactExports.fields }

    /// The CSV and JSON documents of `data/facts.*`, for printing.
    public static func factsCSV(_ records: [[String: String]]) -> [UInt8] {
        CSV.document(header: FactExports.fields, rows: records.map { record in FactExports.fields.map { record[$0] ?? "" } })
    }

    public static func factsJSON(_ records: [[String: String]]) -> String {
        String(decoding: FactExports.json(records.map { record in FactExports.fields.map { record[$0] ?? "" } }), as: UTF8.self)
    }
}
