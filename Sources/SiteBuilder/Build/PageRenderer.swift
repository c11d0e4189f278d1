import ContentFormat
import Foundation

/// The views and templates steps: one view model and one template per page.
struct PageRenderer {
    let templates: TemplateSet
    let model: SiteModel

    func pages() throws(BuildFailure) -> [OutputFile] {
        var files: [OutputFile] = []
        files.append(try page("index.html", template: "index", IndexView.page(model)))
        for region in model.regions {
            files.append(try page(region.pagePath, template: "region", RegionViews.regionPage(region, model: model)))
            guard region.reports.count > 1 else { continue }
            for report in region.reports {
                let view = RegionViews.reportPage(report, in: region, model: model)
                files.append(try page(region.pagePath(of: report), template: "report", view))
            }
        }
        for indicator in model.indicators {
            files.append(try page(indicator.pagePath, template: "indicator", IndicatorPageView.page(indicator, model: model)))
        }
        files.append(try page(NotFoundView.path, template: "404", NotFoundView.page(model)))
        return files
    }

    private func page(_ path: String, template: String, _ view: [String: Any]) throws(BuildFailure) -> OutputFile {
        guard let html = templates.render(template, PresenceFlags.added(to: view)) else {
            throw .diagnostics([.error(at: SourceLocation(path: "Templates/\(template).mustache"), "missing template '\(template)'")])
        }
        return OutputFile(path: path, text: html)
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
