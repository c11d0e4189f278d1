import CompiledMustache
import ContentFormat

/// The summary of one report: header facts, key figures, indicator table,
/// outline, lead and full text. Shown on a region page when the region has
/// one report, else on the report's own page.
enum ReportViews {
    static let keyFigureCount = 6

    static func section(
        _ report: RenderedReport, in region: Region, model: SiteModel, context: PageContext
    ) -> [String: TemplateValue] {
        precondition(!report.figuresReduced, "a report's summary shows every figure")
        let frontMatter = report.frontMatter
        let page = region.pagePath(of: report)
        let facts = FactViews.indicatorFacts(report.facts, order: model.indicatorOrder)
        let rows = facts.map { FactViews.row($0, year: frontMatter.effectiveYear, reportPage: page, context: context) }
        return [
            "title": .text(frontMatter.title),
            "when": .text(when(frontMatter)),
            "period": .text(frontMatter.period.map { "“\($0)”普法" } ?? ""),
            "source": .text(frontMatter.source ?? ""),
            "source_url": .text(frontMatter.sourceURL.flatMap(webAddress) ?? ""),
            "lead": .text(report.lead),
            "body_html": .text(report.bodyHTML),
            "outline": .views(report.outline.map { ["text": .text($0.text), "id": .text($0.id), "level": .number($0.level)] }),
            "has_outline": .bool(!report.outline.isEmpty),
            "key_figures": .list(Array(rows.prefix(keyFigureCount))),
            "indicator_rows": .list(rows),
            "has_indicators": .bool(!rows.isEmpty),
            "csv_url": .text(context.link(TableExports.reportTablePath(report))),
            "themes": .views(themes(report.facts, model: model, year: frontMatter.effectiveYear, page: page, context: context)),
            "indicator_caption": .text("\(region.displayName)主要指标" + (frontMatter.effectiveYear.map { "（\($0)年）" } ?? "")),
        ]
    }

    /// All figures of a report grouped by theme, catalog themes first, in the
    /// order the report states them; figures of no indicator come last.
    static func themes(_ facts: [SiteFact], model: SiteModel, year: Int?, page: String, context: PageContext) -> [[String: TemplateValue]] {
        let unclassified = "其他数字"
        // The catalog's themes were put in order once for the site; a figure's
        // theme is nearly always one of them, found by hash.
        var order = model.catalogThemes
        var known = Set(order)
        for fact in facts where !fact.theme.isEmpty && known.insert(fact.theme).inserted {
            order.append(fact.theme)
        }
        order.append(unclassified)
        let grouped = Dictionary(grouping: facts) { $0.theme.isEmpty ? unclassified : $0.theme }
        return order.compactMap { theme in
            guard let facts = grouped[theme] else { return nil }
            return ["name": .text(theme), "facts": .list(facts.map { FactViews.row($0, year: year, reportPage: page, context: context) })]
        }
    }

    /// Only web addresses become links; anything else (`javascript:`, files) is not linked.
    static func webAddress(_ text: String) -> String? {
        let lowered = text.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? text : nil
    }

    /// 2022年12月16日, or 2022年 when only the year is known.
    static func when(_ frontMatter: FrontMatter) -> String {
        if let date = frontMatter.date { return date.chineseDescription }
        return frontMatter.year.map { "\($0)年" } ?? ""
    }
}
