/// A CSV beside every table on the site, holding exactly what the table shows.
enum TableExports {
    static func reportTablePath(_ report: RenderedReport) -> String { "data/reports/\(report.slug).csv" }
    static let comparisonPath = "data/comparison.csv"
    static func indicatorPath(_ indicator: IndicatorInfo) -> String { "data/indicators/\(indicator.id).csv" }
    static func seriesPath(_ indicator: IndicatorInfo, region: Region) -> String { "data/indicators/\(indicator.id)/\(region.slug).csv" }

    static func reportTable(_ report: RenderedReport, order: [String: Int]) -> OutputFile {
        let year = report.frontMatter.effectiveYear.map(String.init) ?? ""
        let rows = FactViews.indicatorFacts(report.facts, order: order).map { fact in
            [fact.indicatorID ?? "", fact.label, fact.text, NumberFormatting.plain(fact.value), fact.unit, fact.qualifier, fact.scope, year]
        }
        let header = ["indicator", "label", "text", "value", "unit", "qualifier", "scope", "year"]
        return OutputFile(path: reportTablePath(report), bytes: CSV.document(header: header, rows: rows))
    }

    static func comparison(_ model: SiteModel) -> OutputFile {
        let columns = model.comparisonColumns
        let header = ["region", "province", "year"] + columns.map { $0.unit.isEmpty ? $0.label : "\($0.label)（\($0.unit)）" }
        let columnsByID = ComparisonColumn.positionsByID(columns)
        let rows: [[String]] = model.regions.compactMap { region in
            guard let latest = region.latest else { return nil }
            let cells = ComparisonColumn.firstFigures(of: latest.facts, columnCount: columns.count, positionsByID: columnsByID)
                .map { fact in fact.map { NumberFormatting.plain($0.value) } ?? "" }
            return [region.displayName, region.province ?? "", latest.frontMatter.effectiveYear.map(String.init) ?? ""] + cells
        }
        return OutputFile(path: comparisonPath, bytes: CSV.document(header: header, rows: rows))
    }

    static func indicatorTable(_ indicator: IndicatorInfo, model: SiteModel) -> OutputFile {
        let rows = model.figures(for: indicator.id).latest.enumerated().map { rank, figure in
            let fact = figure.fact
            return [String(rank + 1), figure.regionDisplayName, figure.regionLevel?.rawValue ?? "",
                    figure.year.map(String.init) ?? "", fact.text, NumberFormatting.plain(fact.value), fact.unit, fact.qualifier]
        }
        let header = ["rank", "region", "level", "year", "text", "value", "unit", "qualifier"]
        return OutputFile(path: indicatorPath(indicator), bytes: CSV.document(header: header, rows: rows))
    }

    /// The table of a region that reports the indicator in several years, as on the indicator page.
    static func seriesTable(_ indicator: IndicatorInfo, region: Region, figures: [RankedFigure]) -> OutputFile {
        let header = ["year", "text", "value", "unit", "qualifier"]
        let rows = figures.map { figure in
            let fact = figure.fact
            return [figure.year.map(String.init) ?? "", fact.text, NumberFormatting.plain(fact.value), fact.unit, fact.qualifier]
        }
        return OutputFile(path: seriesPath(indicator, region: region), bytes: CSV.document(header: header, rows: rows))
    }
}
