import Foundation

/// `data/facts.json` and `data/facts.csv`: one record per figure. The field
/// names are a public interface. The CSV starts with a byte-order mark so
/// Excel reads it as UTF-8.
enum FactExports {
    static let fields = ["report", "region", "province", "year", "indicator", "label", "value", "unit",
                         "qualifier", "text", "scope", "quote", "url"]

    static func records(_ model: SiteModel) -> [[String: String]] {
        model.regions.flatMap { region in
            region.reports.flatMap { report in
                // The page's URL is the same for every figure of the report: made once.
                let page = pageURL(of: report, in: region)
                return report.facts.map { fact in
                    record(fact, report: report, region: region, page: page)
                }
            }
        }
    }

    /// `regions/lanzhou/`: the page a figure's link lands on, as a folder URL.
    static func pageURL(of report: RenderedReport, in region: Region) -> String {
        let path = region.pagePath(of: report)
        return path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    static func record(_ fact: SiteFact, report: RenderedReport, region: Region, page: String) -> [String: String] {
        [
            "report": report.slug,
            "region": region.displayName,
            "province": region.province ?? "",
            "year": report.frontMatter.effectiveYear.map(String.init) ?? "",
            "indicator": fact.indicatorID ?? "",
            "label": fact.label,
            "value": NumberFormatting.plain(fact.value),
            "unit": fact.unit,
            "qualifier": fact.qualifier,
            "text": fact.text,
            "scope": fact.scope,
            "quote": fact.quote,
            "url": page + "#" + (fact.anchor ?? "indicator-\(fact.indicatorID ?? "")"),
        ]
    }

    static let jsonPath = "data/facts.json"
    static let csvPath = "data/facts.csv"

    static func jsonFile(_ model: SiteModel) -> OutputFile {
        OutputFile(path: jsonPath, text: json(records(model)))
    }

    static func csvFile(_ model: SiteModel) -> OutputFile {
        OutputFile(path: csvPath, bytes: CSV.document(header: fields, rows: records(model).map { row in fields.map { row[$0] ?? "" } }))
    }

    /// Keys in the documented order, values as strings except `value` and `year`, which are numbers.
    static func json(_ records: [[String: String]]) -> String {
        let numeric: Set<String> = ["value", "year"]
        let items = records.map { record in
            let pairs = fields.map { field -> String in
                let value = record[field] ?? ""
                let encoded = numeric.contains(field) && !value.isEmpty ? value : JSONText.string(value)
                return "\(JSONText.string(field)): \(encoded)"
            }
            return "    {" + pairs.joined(separator: ", ") + "}"
        }
        return "{\"facts\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }
}

enum JSONText {
    /// A JSON string literal (RFC 8259 escaping).
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

enum CSV {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
    static func document(header: [String], rows: [[String]]) -> [UInt8] {
        let lines = ([header] + rows).map { $0.map(field).joined(separator: ",") }
        return byteOrderMark + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func field(_ text: String) -> String {
        // A leading = + - @ would run as a formula in a spreadsheet.
        let defused = text.first.map { "=+-@".contains($0) && Double(text) == nil } == true ? "'" + text : text
        guard defused.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return defused }
        return "\"" + defused.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
