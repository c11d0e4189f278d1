import CompiledMustache
import ContentFormat

/// The home page: regions by province, and the cross-region table.
enum IndexView {
    static let keyFigureCount = 4

    static func page(_ model: SiteModel) -> [String: TemplateValue] {
        let context = PageContext(site: model.config, pagePath: "index.html")
        var view = context.base(title: model.config.title, description: model.config.description)
        view["region_count"] = .number(model.regions.count)
        view["report_count"] = .number(model.reportCount)
        // A region's summary is made while the template walks the list: held
        // all at once they were the largest thing in memory on a large site.
        view["provinces"] = .views(model.provinces.map { province in
            let regions = model.regions(of: province)
            return [
                "name": .text(province.name),
                "regions": .list(TemplateList(count: regions.count) { index in
                    .view(regionSummary(regions[regions.startIndex + index], model: model, context: context))
                }),
            ]
        })
        view["comparison"] = .view(comparison(model, context: context))
        view["has_comparison"] = .bool(!model.comparisonColumns.isEmpty)
        view["indicators"] = .views(model.indicators.map {
            ["label": .text($0.label), "url": .text(context.link($0.pagePath)), "theme": .text($0.theme)]
        })
        return view
    }

    private static func regionSummary(_ region: Region, model: SiteModel, context: PageContext) -> [String: TemplateValue] {
        let latest = region.latest
        let facts = FactViews.indicatorFacts(latest?.facts ?? [], order: model.indicatorOrder)
        let page = latest.map(region.pagePath(of:)) ?? region.pagePath
        return [
            "name": .text(region.displayName),
            "url": .text(context.link(region.pagePath)),
            "level": .text(region.level.map(RegionViews.levelName) ?? ""),
            "is_district": .bool(region.parent != nil),
            "when": .text(latest.map { ReportViews.when($0.frontMatter) } ?? ""),
            "source": .text(latest?.frontMatter.source ?? ""),
            "report_count": .number(region.reports.count),
            "key_figures": .list(facts.prefix(keyFigureCount).map {
                FactViews.row($0, year: latest?.frontMatter.effectiveYear, reportPage: page, context: context)
            }),
        ]
    }

    /// Regions are rows, indicators columns; a region that does not report an
    /// indicator gets a dash, never 0. Rows are made while the template walks
    /// them: at ten thousand regions the table has hundreds of thousands of cells.
    private static func comparison(_ model: SiteModel, context: PageContext) -> [String: TemplateValue] {
        let columns = model.comparisonColumns
        let reporting = model.regions.compactMap { region in region.latest.map { (region, $0) } }
        let columnsByID = ComparisonColumn.positionsByID(columns)
        let rows = TemplateList(count: reporting.count) { index in
            .view(comparisonRow(reporting[index].0, latest: reporting[index].1, columns: columns, columnsByID: columnsByID, context: context))
        }
        return [
            "caption": "各地区主要普法指标对比",
            "csv_url": .text(context.link(TableExports.comparisonPath)),
            "columns": .views(columns.map { ["label": .text($0.label), "unit": .text($0.unit), "id": .text($0.id)] }),
            "rows": .list(rows),
        ]
    }

    /// `columnsByID`: the position in `columns` of each indicator's column.
    private static func comparisonRow(
        _ region: Region, latest: RenderedReport, columns: [ComparisonColumn], columnsByID: [String: Int], context: PageContext
    ) -> [String: TemplateValue] {
        let page = region.pagePath(of: latest)
        let year = latest.frontMatter.effectiveYear
        let figures = ComparisonColumn.firstFigures(of: latest.facts, columnCount: columns.count, positionsByID: columnsByID)
        let cells: [TemplateValue] = figures.map { fact in
            guard let fact else { return .object(NotReportedCell.shared) }
            // Its `has_value` is true: a figure's value is never empty.
            return .object(FactViews.row(fact, year: year, reportPage: page, context: context))
        }
        return [
            "region": .text(region.displayName),
            "url": .text(context.link(region.pagePath)),
            "is_district": .bool(region.parent != nil),
            "year": .text(year.map(String.init) ?? ""),
            "region_sort_value": .text(region.slug),
            "cells": .list(cells),
        ]
    }
}

/// A comparison cell for an indicator the report does not state. It carries
/// every key a figure cell has, or Mustache would find the row's: it answers
/// as the view `["has_value": false, "sort_value": ""]` would. One for all
/// such cells: a large site's table has hundreds of thousands.
final class NotReportedCell: SlottedTemplateObject, Sendable {
    static let shared = NotReportedCell()

    static func slot(named name: String) -> TemplateSlot {
        switch name {
        case "has_value": .slot(0)
        case "sort_value": .slot(1)
        // The flag of an empty text.
        case "has_sort_value": .slot(2)
        default: .absent
        }
    }

    func value(inSlot slot: Int) -> TemplateValue? { slot == 1 ? .text("") : .bool(false) }
}
