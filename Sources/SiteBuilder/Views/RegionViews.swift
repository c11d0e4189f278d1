import CompiledMustache
import ContentFormat

/// Region pages and the pages of single reports of regions with several.
enum RegionViews {
    static func regionPage(_ region: Region, model: SiteModel) -> [String: TemplateValue] {
        let context = PageContext(site: model.config, pagePath: region.pagePath)
        var view = context.base(title: region.displayName, description: region.latest?.lead ?? "")
        view.merge(header(region, model: model, context: context)) { _, new in new }
        if region.reports.count == 1, let report = region.latest {
            view["report"] = .view(ReportViews.section(report, in: region, model: model, context: context))
        } else {
            view["reports"] = .views(region.reports.map { report in
                [
                    "title": .text(report.frontMatter.title),
                    "when": .text(ReportViews.when(report.frontMatter)),
                    "lead": .text(report.lead),
                    "url": .text(context.link(region.pagePath(of: report))),
                ]
            })
        }
        return view
    }

    static func reportPage(_ report: RenderedReport, in region: Region, model: SiteModel) -> [String: TemplateValue] {
        let context = PageContext(site: model.config, pagePath: region.pagePath(of: report))
        var view = context.base(title: report.frontMatter.title, description: report.lead)
        view.merge(header(region, model: model, context: context)) { _, new in new }
        view["region_url"] = .text(context.link(region.pagePath))
        view["report"] = .view(ReportViews.section(report, in: region, model: model, context: context))
        return view
    }

    private static func header(_ region: Region, model: SiteModel, context: PageContext) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = [
            "region": .text(region.displayName),
            "province": .text(region.province ?? ""),
            "level": .text(region.level.map(levelName) ?? ""),
            "is_district": .bool(region.parent != nil),
            "report_count": .number(region.reports.count),
        ]
        if let parentSlug = region.parentSlug, let parent = model.region(slug: parentSlug) {
            view["parent"] = .view(["name": .text(parent.displayName), "url": .text(context.link(parent.pagePath))])
        } else if let parent = region.parent {
            view["parent"] = .view(["name": .text(parent), "url": ""])
        }
        view["children"] = .views(region.childSlugs.compactMap(model.region(slug:)).map { child in
            ["name": .text(child.displayName), "url": .text(context.link(child.pagePath))]
        })
        view["has_children"] = .bool(!region.childSlugs.isEmpty)
        return view
    }

    static func levelName(_ level: RegionLevel) -> String {
        switch level {
        case .province: "省级"
        case .city: "市级"
        case .district: "市辖区"
        case .county: "县级"
        }
    }
}
