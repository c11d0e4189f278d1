import ContentFormat
import Foundation
import Indicators

/// Everything read from `content/`, before any checks across files.
struct LoadedProject: Sendable {
    var config: SiteConfig
    var knownRegions: KnownRegions
    /// nil when the catalog has errors (reported in `diagnostics`).
    var catalog: IndicatorCatalog?
    /// In file-name order, so every later stage sees the same order.
    var documents: [ReportDocument]
    var diagnostics: [Diagnostic]
}

/// The load stage: reads site settings, the region table and every report.
struct ProjectLoader {
    let layout: ProjectLayout

    func load() -> LoadedProject {
        var diagnostics: [Diagnostic] = []
        let config = loadConfig(&diagnostics)
        let regions = loadRegions(&diagnostics)
        let catalogFile = layout.contentFile(layout.indicatorCatalog, shipped: ShippedDefaults.indicatorCatalog)
        let (catalog, catalogProblems) = CatalogLoader.load(
            yaml: readText(catalogFile, &diagnostics), path: layout.display(catalogFile)
        )
        diagnostics += catalogProblems
        var documents: [ReportDocument] = []
        for file in reportFiles(&diagnostics) {
            let path = layout.display(file)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                diagnostics.append(.error(at: SourceLocation(path: path), "cannot read the file"))
                continue
            }
            let (document, problems) = ReportDocument.parse(bytes: Array(data), path: path)
            diagnostics += problems
            if let document { documents.append(document) }
        }
        return LoadedProject(config: config, knownRegions: regions, catalog: catalog, documents: documents, diagnostics: diagnostics)
    }

    private func loadConfig(_ diagnostics: inout [Diagnostic]) -> SiteConfig {
        let path = layout.display(layout.siteSettings)
        guard let text = readText(layout.siteSettings, &diagnostics) else {
            diagnostics.append(.warning(at: SourceLocation(path: path), "no site settings; using the default title", hint: "create it with 'title:' and 'base_url:'"))
            return SiteConfig()
        }
        let (config, problems) = SiteConfig.parse(yaml: text, path: path)
        diagnostics += problems
        return config ?? SiteConfig()
    }

    private func loadRegions(_ diagnostics: inout [Diagnostic]) -> KnownRegions {
        let file = layout.contentFile(layout.regionTable, shipped: ShippedDefaults.regionTable)
        guard let text = readText(file, &diagnostics) else { return KnownRegions() }
        switch KnownRegions.parse(yaml: text, path: layout.display(file)) {
        case .success(let regions): return regions
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return KnownRegions()
        }
    }

    /// Optional files: nil when absent; a diagnostic when present but unreadable.
    func readText(_ url: URL, _ diagnostics: inout [Diagnostic]) -> String? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error(at: SourceLocation(path: layout.display(url)), "cannot read the file"))
            return nil
        }
        switch UTF8Text.decode(Array(data), path: layout.display(url)) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    private func reportFiles(_ diagnostics: inout [Diagnostic]) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: layout.reports.path)
        } catch {
            diagnostics.append(.error(
                at: SourceLocation(path: layout.display(layout.reports)), "no reports folder",
                hint: "put reports in content/reports/<slug>.md, or run 'pufa-site import'"
            ))
            return []
        }
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { layout.reports.appending(path: $0) }
    }
}
