import CompiledMustache
import ContentFormat
import Foundation

/// The views and templates steps for one page: its view model, then its template.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let model: SiteModel

    func index() -> OutputFile {
        var bytes: [UInt8] = []
        writeIndex(emit: { bytes += $0 }, restart: { bytes.removeAll() })
        return OutputFile(path: "index.html", bytes: bytes)
    }

    /// The home page, handed to `emit` in pieces of about a megabyte as it
    /// is made: it lists every region, and at 10,000 reports is 40 MB, the
    /// largest page by far. `restart` discards the pieces so far
    /// (`TemplateSet.renderPieces`).
    func writeIndex(emit: ([UInt8]) -> Void, restart: () -> Void) {
        guard templates.renderPieces("index", .view(IndexView.page(model)), pieceSize: 1 << 20, emit: emit, restart: restart) else {
            preconditionFailure("template 'index' was required at load")
        }
    }

    func region(_ region: Region) -> OutputFile {
        precondition(region.reports.count > 1 || region.latest?.pageTextDropped != true, "page already written: \(region.pagePath)")
        return page(region.pagePath, template: "region", RegionViews.regionPage(region, model: model))
    }

    func report(_ report: RenderedReport, in region: Region) -> OutputFile {
        precondition(!report.pageTextDropped, "page already written: \(region.pagePath(of: report))")
        return page(region.pagePath(of: report), template: "report", RegionViews.reportPage(report, in: region, model: model))
    }

    func indicator(_ indicator: IndicatorInfo) -> OutputFile {
        page(indicator.pagePath, template: "indicator", IndicatorPageView.page(indicator, model: model))
    }

    func notFound() -> OutputFile {
        page(NotFoundView.path, template: "404", NotFoundView.page(model))
    }

    /// Every page template was checked when the templates were loaded.
    private func page(_ path: String, template: String, _ view: [String: TemplateValue]) -> OutputFile {
        guard let html = templates.render(template, .view(view)) else {
            preconditionFailure("template '\(template)' was required at load")
        }
        return OutputFile(path: path, bytes: html)
    }
}

/// Copies `Templates/assets/` to `assets/`, in a fixed order.
enum AssetCollector {
    static func files(in folder: URL, display: (URL) -> String) throws(BuildFailure) -> [OutputFile] {
        // A symlinked folder is enumerated through its target.
        let folder = folder.resolvingSymlinksInPath()
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let base = folder.standardizedFileURL.path
        var files: [OutputFile] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            guard let data = fileManager.contents(atPath: url.path) else {
                throw .diagnostics([.error(at: SourceLocation(path: display(url)), "cannot read the asset")])
            }
            files.append(OutputFile(path: "assets/" + relative, bytes: Array(data)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
