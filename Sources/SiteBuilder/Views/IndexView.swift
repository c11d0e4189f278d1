import ContentFormat
import Mustache

/// The home page: regions by province, and the cross-region table.
enum IndexView {
    static let keyFigureCount = 4

    static func page(_ model: SiteModel) -> [String: Any] {
        let context = PageContext(site: model.config, pagePath: "index.html")
        var view = context.base(title: model.config.title, description: model.config.description)
        view["region_count"] = model.regions.count
        view["report_count"] = model.reportCount
        // A region's summary is made while the template walks the list: held
        // all at once they were the largest thing in memory on a large site.
        view["provinces"] = model.provinces.map { province in
            let regions = model.regions(of: province)
            return [
                "name": province.name,
                "regions": ViewList(count: regions.count) { index in
                    regionSummary(regions[regions.startIndex + index], model: model, context: context)
                },
            ] as [String: Any]
        }
        view["comparison"] = comparison(model, context: context)
        view["has_comparison"] = !model.comparisonColumns.isEmpty
        view["indicators"] = model.indicators.map { ["label": $0.label, "url": context.link($0.pagePath), "theme": $0.theme] }
        return view
    }

    private static func regionSummary(_ region: Region, model: SiteModel, context: PageContext) -> [String: Any] {
        let latest = region.latest
        let facts = FactViews.indicatorFacts(latest?.facts ?? [], order: model.indicatorOrder)
        let page = latest.map(region.pagePath(of:)) ?? region.pagePath
        return [
            "name": region.displayName,
            "url": context.link(region.pagePath),
            "level": region.level.map(RegionViews.levelName) ?? "",
            "is_district": region.parent != nil,
            "when": latest.map { ReportViews.when($0.frontMatter) } ?? "",
            "source": latest?.frontMatter.source ?? "",
            "report_count": region.reports.count,
            "key_figures": facts.prefix(keyFigureCount).map {
                FactViews.row($0, year: latest?.frontMatter.effectiveYear, reportPage: page, context: context)
            },
        ]
    }

    /// Regions are rows, indicators columns; a region that does not report an
    /// indicator gets a dash, never 0. Rows are made while the template walks
    /// them: at ten thousand regions the table has hundreds of thousands of cells.
    private static func comparison(_ model: SiteModel, context: PageContext) -> [String: Any] {
        let columns = model.comparisonColumns
        let reporting = model.regions.compactMap { region in region.latest.map { (region, $0) } }
        let rows = ViewList(count: reporting.count) { index in
            comparisonRow(reporting[index].0, latest: reporting[index].1, columns: columns, context: context)
        }
        return [
            "caption": "各地区主要普法指标对比",
            "csv_url": context.link(TableExports.comparisonPath),
            "columns": columns.map { ["label": $0.label, "unit": $0.unit, "id": $0.id] },
            "rows": rows,
        ]
    }

    private static func comparisonRow(
        _ region: Region, latest: RenderedReport, columns: [ComparisonColumn], context: PageContext
    ) -> [String: Any] {
        let page = region.pagePath(of: latest)
        let year = latest.frontMatter.effectiveYear
        let cells: [any MustacheParent] = columns.map { column in
            guard let fact = latest.facts.first(where: { $0.indicatorID == column.id }) else {
                // A cell carries every key a figure cell has, or Mustache would find the row's.
                return FlaggedView(["has_value": false, "sort_value": ""])
            }
            // Its `has_value` is true: a figure's value is never empty.
            return FactViews.row(fact, year: year, reportPage: page, context: context)
        }
        return [
            "region": region.displayName,
            "url": context.link(region.pagePath),
            "is_district": region.parent != nil,
            "year": year.map(String.init) ?? "",
            "region_sort_value": region.slug,
            "cells": cells,
        ]
    }
}
