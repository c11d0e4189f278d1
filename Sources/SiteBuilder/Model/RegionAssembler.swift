import ContentFormat

/// Groups rendered reports by region, newest report first.
enum RegionAssembler {
    static func regions(from reports: [RenderedReport], regionSlug: (RenderedReport) -> String) -> [Region] {
        let grouped = Dictionary(grouping: reports, by: regionSlug)
        return grouped.keys.sorted().compactMap { slug in
            let reports = (grouped[slug] ?? []).sorted(by: newestFirst)
            guard let latest = reports.first?.frontMatter else { return nil }
            // Province and level come from the newest report that states them.
            let province = reports.lazy.compactMap(\.frontMatter.province).first
            let level = reports.lazy.compactMap(\.frontMatter.level).first
            return Region(
                name: latest.region, parent: latest.parent, province: province,
                level: level, slug: slug, reports: reports
            )
        }
    }

    /// By date (or year), then by slug so equal dates still sort the same way every time.
    static func newestFirst(_ lhs: RenderedReport, _ rhs: RenderedReport) -> Bool {
        let left = sortKey(lhs.frontMatter)
        let right = sortKey(rhs.frontMatter)
        if left != right { return left > right }
        return lhs.slug < rhs.slug
    }

    /// A report known only by its year sorts after the dated ones of that year.
    private static func sortKey(_ frontMatter: FrontMatter) -> SortKey {
        if let date = frontMatter.date { return SortKey(year: date.year, month: date.month, day: date.day) }
        return SortKey(year: frontMatter.year ?? 0, month: 13, day: 32)
    }

    private struct SortKey: Comparable {
        var year: Int
        var month: Int
        var day: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }
}
