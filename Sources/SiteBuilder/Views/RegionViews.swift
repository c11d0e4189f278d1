import ContentFormat

/// Region pages and the pages of single reports of regions with several.
enum RegionViews {
    static func regionPage(_ region: Region, model: SiteModel) -> [String: Any] {
        let context = PageContext(site: model.config, pagePath: region.pagePath)
        var view = context.base(title: region.displayName, description: region.latest?.lead ?? "")
        view.merge(header(region, model: model, context: context)) { _, new in new }
        if region.reports.count == 1, let report = region.latest {
            view["report"] = ReportViews.section(report, in: region, model: model, context: context)
        } else {
            view["reports"] = region.reports.map { report in
                [
                    "title": report.frontMatter.title,
                    "when": ReportViews.when(report.frontMatter),
                    "lead": report.lead,
                    "url": context.link(region.pagePath(of: report)),
                ] as [String: Any]
            }
        }
        return view
    }

    static func reportPage(_ report: RenderedReport, in region: Region, model: SiteModel) -> [String: Any] {
        let context = PageContext(site: model.config, pagePath: region.pagePath(of: report))
        var view = context.base(title: report.frontMatter.title, description: report.lead)
        view.merge(header(region, model: model, context: context)) { _, new in new }
        view["region_url"] = context.link(region.pagePath)
        view["report"] = ReportViews.section(report, in: region, model: model, context: context)
        return view
    }

    private static func header(_ region: Region, model: SiteModel, context: PageContext) -> [String: Any] {
        var view: [String: Any] = [
            "region": region.displayName,
            "province": region.province ?? "",
            "level": region.level.map(levelName) ?? "",
            "is_district": region.parent != nil,
            "report_count": region.reports.count,
        ]
        if let parentSlug = region.parentSlug, let parent = model.region(slug: parentSlug) {
            view["parent"] = ["name": parent.displayName, "url": context.link(parent.pagePath)]
        } else if let parent = region.parent {
            view["parent"] = ["name": parent, "url": ""]
        }
        view["children"] = region.childSlugs.compactMap(model.region(slug:)).map { child in
            ["name": child.displayName, "url": context.link(child.pagePath)]
        }
        view["has_children"] = !region.childSlugs.isEmpty
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
