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
/// The project files every report depends on.
struct ProjectSettings: Sendable {
    var config: SiteConfig
    var knownRegions: KnownRegions
    var catalog: IndicatorCatalog?
    var diagnostics: [Diagnostic]
}

struct ProjectLoader {
    let layout: ProjectLayout

    func load() -> LoadedProject {
        var settings = loadSettings()
        var documents: [ReportDocument] = []
        for file in reportFiles(&settings.diagnostics) {
            let (document, problems) = loadDocument(file)
            settings.diagnostics += problems
            if let document { documents.append(document) }
        }
        return LoadedProject(
            config: settings.config, knownRegions: settings.knownRegions, catalog: settings.catalog,
            documents: documents, diagnostics: settings.diagnostics
        )
    }

    /// Everything but the reports: site settings, region table and catalog.
    func loadSettings() -> ProjectSettings {
        var diagnostics: [Diagnostic] = []
        let config = loadConfig(&diagnostics)
        let regions = loadRegions(&diagnostics)
        let catalogFile = layout.contentFile(layout.indicatorCatalog, shipped: ShippedDefaults.indicatorCatalog)
        let (catalog, catalogProblems) = CatalogLoader.load(
            yaml: readText(catalogFile, &diagnostics), path: layout.display(catalogFile)
        )
        diagnostics += catalogProblems
        return ProjectSettings(config: config, knownRegions: regions, catalog: catalog, diagnostics: diagnostics)
    }

    /// One report file, parsed; nil with its problems when it cannot be.
    func loadDocument(_ file: URL) -> (ReportDocument?, [Diagnostic]) {
        let path = layout.display(file)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return (nil, [.error(at: SourceLocation(path: path), "cannot read the file")])
        }
        return ReportDocument.parse(bytes: Array(data), path: path)
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

    func reportFiles(_ diagnostics: inout [Diagnostic]) -> [URL] {
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
        return names.sorted().map { layout.reports.appending(path: $0) }.filter(ReportFiles.isReport)
    }
}
