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
            for report in region.reports {
                // The page's URL is the same for every figure of the report: made once.
                let page = pageURL(of: report, in: region)
                for fact in report.facts { body(row(fact, report: report, region: region, page: page)) }
            }
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
    static func row(_ fact: SiteFact, report: RenderedReport, region: Region, page: String) -> [String] {
        [
            report.slug,
            region.displayName,
            region.province ?? "",
            report.frontMatter.effectiveYear.map(String.init) ?? "",
            fact.indicatorID ?? "",
            fact.label,
            NumberFormatting.plain(fact.value),
            fact.unit,
            fact.qualifier,
            fact.text,
            fact.scope,
            fact.quote,
            page + "#" + (fact.anchor ?? "indicator-\(fact.indicatorID ?? "")"),
        ]
    }

    static let jsonPath = "data/facts.json"
    static let csvPath = "data/facts.csv"

    /// Both exports hold every figure with its sentence, hundreds of
    /// megabytes on a large site: they are handed to `emit` in pieces.
    static let pieceSize = 1 << 18

    static func writeJSON(_ model: SiteModel, emit: ([UInt8]) -> Void) {
        var out = jsonStart
        var first = true
        forEachRow(model) { row in
            appendJSON(row, first: first, to: &out)
            first = false
            if out.count >= pieceSize {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        emit(out + jsonEnd)
    }

    static func writeCSV(_ model: SiteModel, emit: ([UInt8]) -> Void) {
        var out = CSV.byteOrderMark
        CSV.append(fields, to: &out)
        forEachRow(model) { row in
            CSV.append(row, to: &out)
            if out.count >= pieceSize {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        emit(out)
    }

    static let numericFields: Set<String> = ["value", "year"]

    /// `{"facts": [...]}`, one record per line; keys in the documented
    /// order, values as strings except `value` and `year`, which are numbers.
    static func json(_ rows: [[String]]) -> [UInt8] {
        var out = jsonStart
        for (index, row) in rows.enumerated() { appendJSON(row, first: index == 0, to: &out) }
        return out + jsonEnd
    }

    private static let jsonStart = Array("{\"facts\": [\n".utf8)
    private static let jsonEnd = Array("\n]}\n".utf8)
    private static let jsonKeys = fields.map { JSONText.encoded($0) + Array(": ".utf8) }
    private static let jsonNumeric = fields.map(numericFields.contains)

    private static let firstRecordStart = Array("    {".utf8)
    private static let recordStart = Array(",\n    {".utf8)
    private static let fieldSeparator = Array(", ".utf8)

    private static func appendJSON(_ row: [String], first: Bool, to out: inout [UInt8]) {
        out += first ? firstRecordStart : recordStart
        for (position, value) in row.enumerated() {
            if position > 0 { out += fieldSeparator }
            out += jsonKeys[position]
            if jsonNumeric[position] && !value.isEmpty { out += value.utf8 } else { JSONText.append(value, to: &out) }
        }
        out.append(UInt8(ascii: "}"))
    }
}
