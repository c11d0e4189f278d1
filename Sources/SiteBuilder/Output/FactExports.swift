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

    /// One figure's values, in the order of `fields`.
    static func row(_ fact: SiteFact, _ report: ReportFields) -> [String] {
        var row = report.values
        forEachFigureValue(of: fact, report) { row.append($0) }
        return row
    }

    /// The values of one figure after those of its report (`ReportFields.values`),
    /// in the order of `fields`.
    static func forEachFigureValue(of fact: SiteFact, _ report: ReportFields, _ body: (String) -> Void) {
        forEachFigureValue(of: fact, made: MadeValues(fact, report), body)
    }

    /// The same, with the values that are made rather than read made already.
    static func forEachFigureValue(of fact: SiteFact, made: MadeValues, _ body: (String) -> Void) {
        body(fact.indicatorID ?? "")
        body(fact.label)
        body(made.value)
        body(fact.unit)
        body(fact.qualifier)
        body(fact.text)
        body(fact.scope)
        body(fact.quote)
        body(made.url)
    }

    /// A figure's values that are made (a number formatted, a link joined),
    /// made once for all the formats a record is written in.
    struct MadeValues {
        let value: String
        let url: String

        init(_ fact: SiteFact, _ report: ReportFields) {
            value = NumberFormatting.plain(fact.value)
            url = RelativeURL.withFragment(report.page, fragment: fact.fragment)
        }
    }

    /// The values every figure of one report has in common.
    struct ReportFields {
        /// The first values of each of the report's records, in the order of
        /// `fields`: report, region, province, year.
        let values: [String]
        /// The report's page, as a folder URL.
        let page: String

        init(report: RenderedReport, region: Region) {
            values = [report.slug, region.displayName, region.province ?? "",
                      report.frontMatter.effectiveYear.map(String.init) ?? ""]
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

    static let numericFields: Set<String> = ["value", "year"]

    /// `{"facts": [...]}`, one record per line; keys in the documented
    /// order, values as strings except `value` and `year`, which are numbers.
    static func json(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for row in rows { Format.json.append(row, to: &out) }
        var file = ExportFile(.json)
        return file.start + file.piece(out) + file.end
    }
}
