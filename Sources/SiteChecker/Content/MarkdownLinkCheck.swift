import ContentFormat
import Foundation
import Markdown
import SiteBuilder

/// Links and images in a report's Markdown that lead nowhere.
///
/// - `#anchor` must be the id of a heading (or a figure mark) of the report.
/// - A relative path is resolved against the report's file, the way an editor
///   or a Git host previews it; `other.md#anchor` is checked against that
///   report's headings. A path that exists only on the built site (written
///   relative to the report's page, e.g. `../../indicators/x/index.html`) is
///   accepted when the site is there to show it; the site check follows it.
///
/// All are errors: a reader who follows the link finds nothing.
struct MarkdownLinkCheck {
    let reportsByFile: [String: InspectedReport]
    let site: SiteFiles?
    /// A path as messages show it.
    let display: (URL) -> String

    init(reports: [InspectedReport], site: SiteFiles?, display: @escaping (URL) -> String) {
        reportsByFile = Dictionary(reports.map { (Self.standardPath($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        self.site = site
        self.display = display
    }

    func diagnostics(for report: InspectedReport) -> [Diagnostic] {
        MarkdownLinks.links(in: report.body).compactMap { link in
            let location = SourceLocation(path: report.path, line: report.bodyStartLine + link.line - 1, column: link.column)
            let reference = LinkReference(link.destination)
            guard !reference.isExternal, !link.destination.isEmpty else { return nil }
            let noun = link.kind == .image ? "image" : "link"
            if reference.path.isEmpty {
                return missingAnchor(reference.fragment, in: report, written: link.destination, noun: noun, at: location)
            }
            if reference.isAbsolutePath {
                return .error(at: location, "\(noun) '\(link.destination)' is an absolute path", hint: "write it relative to the report file")
            }
            let file = URL(filePath: report.path).deletingLastPathComponent().appending(path: reference.path)
            if FileManager.default.fileExists(atPath: file.path) {
                guard let target = reportsByFile[Self.standardPath(file.path)] else { return nil }
                return missingAnchor(reference.fragment, in: target, written: link.destination, noun: noun, at: location)
            }
            if existsOnSite(reference.path, from: report.pagePath) { return nil }
            return .error(
                at: location, "\(noun) '\(link.destination)' finds no file",
                hint: "relative to the report it is \(display(file)); on the site it would be relative to \(report.pagePath)"
            )
        }
    }

    private func missingAnchor(
        _ fragment: String?, in target: InspectedReport, written: String, noun: String, at location: SourceLocation
    ) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty, !target.anchorIDs.contains(fragment) else { return nil }
        let headings = target.anchorIDs.filter { !$0.hasPrefix("f-") }.sorted()
        let sample = headings.prefix(4).joined(separator: ", ") + (headings.count > 4 ? ", …" : "")
        return .error(
            at: location, "\(noun) '\(written)' names no heading of \(target.path)",
            hint: headings.isEmpty ? "the report has no headings" : "its heading ids are \(sample)"
        )
    }

    private func existsOnSite(_ path: String, from page: String) -> Bool {
        guard let site else { return false }
        let folder = page.split(separator: "/").dropLast().map(String.init)
        return LinkReference.join(folder: folder, path).flatMap(site.file(at:)) != nil
    }

    private static func standardPath(_ path: String) -> String {
        URL(filePath: path).standardizedFileURL.path
    }
}
