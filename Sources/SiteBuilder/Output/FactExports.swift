import Foundation

/// `data/facts.json` and `data/facts.csv`: one record per figure. The field
/// names are a public interface. The CSV starts with a byte-order mark so
/// Excel reads it as UTF-8.
enum FactExports {
    static let fields = ["report", "region", "province", "year", "indicator", "label", "value", "unit",
                         "qualifier", "text", "scope", "quote", "url"]

    /// Every figure of the site, each as its values in the order of `fields`.
    static func rows(_ model: SiteModel) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(model) { rows.append($0) }
        return rows
    }

    /// The same rows one at a time, so an export never holds them all.
    static func forEachRow(_ model: SiteModel, _ body: ([String]) -> Void) {
        for region in model.regions {
            for report in region.reports { forEachRow(of: report, in: region, body) }
        }
    }

    /// One report's rows.
    static func forEachRow(of report: RenderedReport, in region: Region, _ body: ([String]) -> Void) {
        precondition(!report.figuresReduced, "the figure exports are made before figures are dropped")
        // What every figure of the report shares is made once.
        let shared = ReportFields(report: report, region: region)
        for fact in report.facts { body(row(fact, shared)) }
    }

    /// The values every figure of one report has in common.
    struct ReportFields {
        let slug: String
        let region: String
        let province: String
        let year: String
        /// The report's page, as a folder URL.
        let page: String

        init(report: RenderedReport, region: Region) {
            slug = report.slug
            self.region = region.displayName
            province = region.province ?? ""
            year = report.frontMatter.effectiveYear.map(String.init) ?? ""
            page = FactExports.pageURL(of: report, in: region)
        }
    }

    /// The same figures keyed by field name, for callers that filter them.
    static func records(_ model: SiteModel) -> [[String: String]] {
        rows(model).map { Dictionary(uniqueKeysWithValues: zip(fields, $0)) }
    }

    /// `regions/lanzhou/`: the page a figure's link lands on, as a folder URL.
    static func pageURL(of report: RenderedReport, in region: Region) -> String {
        let path = region.pagePath(of: report)
        return path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// One figure's values, in the order of `fields`.
    static func row(_ fact: SiteFact, _ report: ReportFields) -> [String] {
        [
            report.slug,
            report.region,
            report.province,
            report.year,
            fact.indicatorID ?? "",
            fact.label,
            NumberFormatting.plain(fact.value),
            fact.unit,
            fact.qualifier,
            fact.text,
            fact.scope,
            fact.quote,
            report.page + "#" + (fact.anchor ?? "indicator-\(fact.indicatorID ?? "")"),
        ]
    }

    static let jsonPath = "data/facts.json"
    static let csvPath = "data/facts.csv"

    /// Both exports hold every figure with its sentence, hundreds of
    /// megabytes on a large site: they are handed to `emit` in pieces.
    static let pieceSize = 1 << 18

    static func writeJSON(_ model: SiteModel, emit: ([UInt8]) -> Void) {
        write(.json, model, emit: emit)
    }

    static func writeCSV(_ model: SiteModel, emit: ([UInt8]) -> Void) {
        write(.csv, model, emit: emit)
    }

    private static func write(_ format: Format, _ model: SiteModel, emit: ([UInt8]) -> Void) {
        var file = ExportFile(format)
        var out = file.start
        for region in model.regions {
            for report in region.reports {
                out += file.piece(format.records(of: report, in: region))
                if out.count >= pieceSize {
                    emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        emit(out + file.end)
    }

    enum Format: CaseIterable {
        case json, csv

        var path: String { self == .json ? jsonPath : csvPath }

        /// One report's records, each JSON record preceded by the separator
        /// that a record after another takes.
        func records(of report: RenderedReport, in region: Region) -> [UInt8] {
            var out: [UInt8] = []
            forEachRow(of: report, in: region) { append($0, to: &out) }
            return out
        }

        func append(_ row: [String], to out: inout [UInt8]) {
            switch self {
            case .json: appendJSON(row, to: &out)
            case .csv: CSV.append(row, to: &out)
            }
        }
    }

    /// One report's records in every format, in the order of `Format.allCases`,
    /// from one pass over its figures.
    static func encodedRecords(of report: RenderedReport, in region: Region) -> [[UInt8]] {
        var pieces = Format.allCases.map { _ in [UInt8]() }
        forEachRow(of: report, in: region) { row in
            for (index, format) in Format.allCases.enumerated() { format.append(row, to: &pieces[index]) }
        }
        return pieces
    }

    /// One export made of reports' records in site order, in one piece or as
    /// the reports are rendered: the first record takes no separator.
    struct ExportFile {
        let format: Format
        private var hasRecords = false

        init(_ format: Format) {
            self.format = format
        }

        var start: [UInt8] {
            switch format {
            case .json: jsonStart
            case .csv: csvStart
            }
        }

        var end: [UInt8] { format == .json ? jsonEnd : [] }

        mutating func piece(_ records: [UInt8]) -> ArraySlice<UInt8> {
            guard !records.isEmpty else { return [] }
            defer { hasRecords = true }
            return format == .json && !hasRecords ? records.dropFirst(recordSeparator.count) : records[...]
        }
    }

    static let numericFields: Set<String> = ["value", "year"]

    /// `{"facts": [...]}`, one record per line; keys in the documented
    /// order, values as strings except `value` and `year`, which are numbers.
    static func json(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for row in rows { appendJSON(row, to: &out) }
        var file = ExportFile(.json)
        return file.start + file.piece(out) + file.end
    }

    private static let jsonStart = Array("{\"facts\": [\n".utf8)
    private static let jsonEnd = Array("\n]}\n".utf8)
    private static let csvStart = {
        var out = CSV.byteOrderMark
        CSV.append(fields, to: &out)
        return out
    }()
    private static let jsonKeys = fields.map { JSONText.encoded($0) + Array(": ".utf8) }
    private static let jsonNumeric = fields.map(numericFields.contains)

    private static let recordSeparator = Array(",\n".utf8)
    private static let recordStart = recordSeparator + Array("    {".utf8)
    private static let fieldSeparator = Array(", ".utf8)

    private static func appendJSON(_ row: [String], to out: inout [UInt8]) {
        out += recordStart
        for (position, value) in row.enumerated() {
            if position > 0 { out += fieldSeparator }
            out += jsonKeys[position]
            if jsonNumeric[position] && !value.isEmpty { out += value.utf8 } else { JSONText.append(value, to: &out) }
        }
        out.append(UInt8(ascii: "}"))
    }
}
