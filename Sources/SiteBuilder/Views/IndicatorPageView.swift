import CompiledMustache
import ContentFormat

/// One page per catalog indicator: regions ranked, a bar chart, a time
/// series where a region reports several years, and a note where figures
/// are not strictly comparable.
enum IndicatorPageView {
    static func page(_ indicator: IndicatorInfo, model: SiteModel) -> [String: TemplateValue] {
        let context = PageContext(site: model.config, pagePath: indicator.pagePath)
        let figures = model.figures(for: indicator.id)
        let latest = figures.latest, all = figures.all
        var view = context.base(title: indicator.label, description: "各地区\(indicator.label)对比")
        let commonYear = mostCommon(latest.compactMap(\.year))
        let rows = TemplateList(count: latest.count) { rank in
            .object(RankedFactRow(latest[rank], rank: rank + 1, context: context))
        }
        let chart = BarChart(
            title: "\(indicator.label)：各地区对比",
            bars: latest.map { figure in
                BarChart.Bar(
                    label: figure.regionDisplayName, valueText: figure.fact.text, value: figure.value,
                    muted: figure.year != commonYear || figure.isDistrict
                )
            }
        )
        view["indicator"] = .text(indicator.label)
        view["theme"] = .text(indicator.theme)
        view["caption"] = .text("\(indicator.label)：各地区排名")
        view["rows"] = .list(rows)
        view["chart_html"] = latest.isEmpty ? .text("") : .utf8(chart.svgBytes)
        view["series"] = .views(series(all).map { region, figures in
            [
                "region": .text(region.displayName),
                "csv_url": .text(context.link(TableExports.seriesPath(indicator, region: region))),
                "table_id": .text("table-series-\(region.slug)"),
                "points": .list(figures.map { figure in
                    FactViews.row(figure.fact, year: figure.year, reportPage: figure.reportPagePath, context: context)
                }),
            ]
        })
        view["notes"] = .views(comparabilityNotes(latest).map { ["text": .text($0)] })
        view["csv_url"] = .text(context.link("data/indicators/\(indicator.id).csv"))
        return view
    }

    /// Regions that report the indicator in more than one year, each with its
    /// figures oldest first; regions in URL order.
    static func series(_ figures: [RankedFigure]) -> [(Region, [RankedFigure])] {
        // Figures come region by region, in the site's order of regions
        // (`IndicatorFigures.all`): each region's are one run, found without
        // hashing a slug per figure. Figures in another order are grouped.
        var runs: [Range<Int>] = []
        var previousRegion = -1
        var start = 0
        while start < figures.count {
            let region = figures[start].regionIndex
            guard region > previousRegion else { return seriesGrouped(figures) }
            var end = start + 1
            while end < figures.count && figures[end].regionIndex == region { end += 1 }
            if end - start > 1 { runs.append(start..<end) }
            previousRegion = region
            start = end
        }
        return runs.map { (figures[$0.lowerBound].regionSlug, $0) }.sorted { $0.0 < $1.0 }.map { _, run in
            (figures[run.lowerBound].region, oldestFirst(Array(figures[run])))
        }
    }

    /// The same for figures in any order.
    private static func seriesGrouped(_ figures: [RankedFigure]) -> [(Region, [RankedFigure])] {
        let byRegion = Dictionary(grouping: figures) { $0.regionSlug }
        return byRegion.keys.sorted().compactMap { slug in
            guard let figures = byRegion[slug], figures.count > 1, let region = figures.first?.region else { return nil }
            return (region, oldestFirst(figures))
        }
    }

    static func oldestFirst(_ figures: [RankedFigure]) -> [RankedFigure] {
        figures.sorted { ($0.year ?? 0, $0.reportSlug) < ($1.year ?? 0, $1.reportSlug) }
    }

    private static func comparabilityNotes(_ figures: [RankedFigure]) -> [String] {
        var notes: [String] = []
        let distinctYears = Set(figures.compactMap(\.year))
        if distinctYears.count > 1 {
            notes.append("各地数据来自不同年份（\(distinctYears.sorted().map(String.init).joined(separator: "、"))），比较时请注意。")
        }
        if let first = figures.first?.isDistrict, figures.contains(where: { $0.isDistrict != first }) {
            notes.append("表中既有市级也有区县级数据，区县数据已标注。")
        }
        // Nearly always one unit: the set is made only when another is there.
        if let firstUnit = figures.first?.fact.unit, figures.contains(where: { $0.fact.unit != firstUnit }) {
            let units = Set(figures.map(\.fact.unit))
            notes.append("各地使用的单位不同（\(units.sorted().joined(separator: "、"))）。")
        }
        return notes
    }

    private static func mostCommon(_ years: [Int]) -> Int? {
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
