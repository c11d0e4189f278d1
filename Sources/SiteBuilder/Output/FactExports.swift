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
        for region in model.regions {
            for report in region.reports {
                // The page's URL is the same for every figure of the report: made once.
                let page = pageURL(of: report, in: region)
                rows += report.facts.map { fact in row(fact, report: report, region: region, page: page) }
            }
        }
        return rows
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

    static func jsonFile(_ model: SiteModel) -> OutputFile {
        OutputFile(path: jsonPath, bytes: json(rows(model)))
    }

    static func csvFile(_ model: SiteModel) -> OutputFile {
        OutputFile(path: csvPath, bytes: CSV.document(header: fields, rows: rows(model)))
    }

    static let numericFields: Set<String> = ["value", "year"]

    /// `{"facts": [...]}`, one record per line; keys in the documented
    /// order, values as strings except `value` and `year`, which are numbers.
    static func json(_ rows: [[String]]) -> [UInt8] {
        let numeric = fields.map(numericFields.contains)
        let keys = fields.map { JSONText.encoded($0) + Array(": ".utf8) }
        var out = Array("{\"facts\": [\n".utf8)
        for (index, row) in rows.enumerated() {
            out += index == 0 ? Array("    {".utf8) : Array(",\n    {".utf8)
            for (position, value) in row.enumerated() {
                if position > 0 { out += Array(", ".utf8) }
                out += keys[position]
                if numeric[position] && !value.isEmpty { out += Array(value.utf8) } else { JSONText.append(value, to: &out) }
            }
            out.append(UInt8(ascii: "}"))
        }
        out += Array("\n]}\n".utf8)
        return out
    }
}
