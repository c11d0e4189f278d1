import ContentFormat
import Foundation

/// A report that passed validation, with its URL name settled and its
/// region filled in from the region table where front matter was silent.
struct ValidReport: Sendable {
    var document: ReportDocument
    var slug: String
    var regionSlug: String
}

/// The validate stage: checks across files, every problem reported at once.
struct ContentValidator {
    let knownRegions: KnownRegions
    let includeDrafts: Bool

    func validate(_ documents: [ReportDocument]) -> ([ValidReport], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let published = documents.filter { includeDrafts || !$0.frontMatter.draft }
        var reports = published.map(completed)
        diagnostics += check(reports)
        reports.sort { $0.slug < $1.slug }
        return (reports, diagnostics)
    }

    /// Whether the build shows this report at all.
    func publishes(_ document: ReportDocument) -> Bool { includeDrafts || !document.frontMatter.draft }

    /// What is wrong between reports: shared slugs, unknown parents, and so on.
    func check(_ reports: [ValidReport]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Positions, not reports, put in order: a report is a large value to move.
        let byPath = reports.indices.sorted { reports[$0].document.path < reports[$1].document.path }
        diagnostics += duplicateSlugs(reports, byPath: byPath)
        diagnostics += unknownParents(reports)
        diagnostics += conflictingRegionSlugs(reports, byPath: byPath)
        diagnostics += missingProvinces(reports)
        diagnostics += nonWebSourceURLs(reports)
        return diagnostics
    }

    /// Fills province, parent and level from `regions.yml` and settles the slugs.
    func completed(_ document: ReportDocument) -> ValidReport {
        var document = document
        var frontMatter = document.frontMatter
        if let known = knownRegions.entry(named: frontMatter.region),
           frontMatter.parent == nil || frontMatter.parent == known.parent {
            frontMatter.province = frontMatter.province ?? known.province
            frontMatter.parent = frontMatter.parent ?? known.parent
            frontMatter.level = frontMatter.level ?? known.level
        }
        document.frontMatter = frontMatter
        let stem = String(Self.fileStem(of: document.path))
        let slug = frontMatter.slug ?? (Slug.isValid(stem) ? stem : Slug.make(from: stem))
        return ValidReport(document: document, slug: slug, regionSlug: Slug.forRegion(frontMatter.region, parent: frontMatter.parent))
    }

    /// The file name without its extension, as `URL(filePath:)`'s
    /// `deletingPathExtension().lastPathComponent` gives it for a file's path,
    /// without making a URL for each of a site's reports.
    static func fileStem(of path: String) -> Substring {
        // On the UTF-8: "/" and "." are ASCII, and never part of another
        // scalar's bytes, so every index found is a scalar boundary.
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
        let name = path[start..<end]
        // A leading dot names a hidden file, and an empty extension is none.
        guard let extensionDot = utf8[start..<end].lastIndex(of: dot), extensionDot != start,
              utf8.index(after: extensionDot) != end else { return name }
        let stem = path[start..<extensionDot]
        return stem == "." || stem == ".." ? name : stem
    }

    /// `byPath`: the positions of `reports` in the order of their paths.
    private func duplicateSlugs(_ reports: [ValidReport], byPath: [Int]) -> [Diagnostic] {
        var firstPathBySlug: [String: String] = [:]
        firstPathBySlug.reserveCapacity(reports.count)
        var diagnostics: [Diagnostic] = []
        for index in byPath {
            let slug = reports[index].slug
            if let firstPath = firstPathBySlug[slug] {
                diagnostics.append(.error(
                    at: location(of: "slug", in: reports[index].document),
                    "two reports have the slug '\(slug)': this one and \(firstPath)",
                    hint: "rename one file or set 'slug:' in its front matter"
                ))
            } else {
                firstPathBySlug[slug] = reports[index].document.path
            }
        }
        return diagnostics
    }

    private func unknownParents(_ reports: [ValidReport]) -> [Diagnostic] {
        let siteRegions = Set(reports.map { $0.document.frontMatter.region })
        return reports.compactMap { report in
            guard let parent = report.document.frontMatter.parent,
                  !siteRegions.contains(parent), knownRegions.entry(named: parent) == nil
            else { return nil }
            return .error(
                at: location(of: "parent", in: report.document),
                "parent '\(parent)' names no region",
                hint: "add a report for \(parent), add it to content/regions.yml, or fix the name"
            )
        }
    }

    /// Two different regions must not share one URL.
    private func conflictingRegionSlugs(_ reports: [ValidReport], byPath: [Int]) -> [Diagnostic] {
        var nameBySlug: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        nameBySlug.reserveCapacity(reports.count)
        for index in byPath {
            let regionSlug = reports[index].regionSlug
            let name = (reports[index].document.frontMatter.parent ?? "") + reports[index].document.frontMatter.region
            if let other = nameBySlug[regionSlug], other != name {
                diagnostics.append(.error(
                    at: location(of: "region", in: reports[index].document),
                    "regions '\(other)' and '\(name)' would share the URL regions/\(regionSlug)/",
                    hint: "set 'parent:' to tell them apart"
                ))
            } else {
                nameBySlug[regionSlug] = name
            }
        }
        return diagnostics
    }

    private func missingProvinces(_ reports: [ValidReport]) -> [Diagnostic] {
        reports.compactMap { report in
            guard report.document.frontMatter.province == nil else { return nil }
            return .warning(
                at: location(of: "region", in: report.document),
                "region '\(report.document.frontMatter.region)' has no province",
                hint: "add 'province:' or list the region in content/regions.yml"
            )
        }
    }

    private func nonWebSourceURLs(_ reports: [ValidReport]) -> [Diagnostic] {
        reports.compactMap { report in
            guard let url = report.document.frontMatter.sourceURL, ReportViews.webAddress(url) == nil else { return nil }
            return .warning(at: location(of: "source_url", in: report.document), "source_url is not an http(s) address; it will not be linked")
        }
    }

    private func location(of key: String, in document: ReportDocument) -> SourceLocation {
        document.frontMatter.keyLocations[key] ?? SourceLocation(path: document.path)
    }
}
