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
            "body_html": .utf8(report.bodyHTML),
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
        // The catalog's themes were put in order once for the site, and a
        // figure's theme is nearly always one of these few; others follow in
        // the order they come, then the figures without one. Grouped by
        // position, so each figure is copied once, into its row.
        var names = model.catalogThemes
        var members = [[Int]](repeating: [], count: names.count)
        var unclassifiedMembers: [Int] = []
        for position in facts.indices {
            let theme = facts[position].theme
            if let slot = names.firstIndex(of: theme) {
                members[slot].append(position)
            } else if theme.isEmpty || theme == unclassified {
                unclassifiedMembers.append(position)
            } else {
                names.append(theme)
                members.append([position])
            }
        }
        names.append(unclassified)
        members.append(unclassifiedMembers)
        return zip(names, members).compactMap { name, positions in
            guard !positions.isEmpty else { return nil }
            let rows = positions.map { FactViews.row(facts[$0], year: year, reportPage: page, context: context) }
            return ["name": .text(name), "facts": .list(rows)]
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
