import ContentFormat
import Foundation
import Markdown
import SiteBuilder

/// Links and images in a report's Markdown that lead nowhere, on the site
/// or in the repository. All are errors: a reader who follows one finds nothing.
///
/// - `#anchor` must be the id of a heading (or a figure mark) of the report.
/// - A relative path written for the site, relative to the report's page
///   (`../../indicators/audience/index.html`), is fine when the built site has
///   the file; the site check follows its anchor.
/// - Otherwise it is resolved against the report's file, the way an editor or
///   a Git host previews it. A file found there still fails on the site,
///   because the build copies nothing from `content/` and does not rewrite
///   links between reports: the hint gives the link that works.
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
            if existsOnSite(reference.path, from: report.pagePath) { return nil }
            let file = URL(filePath: report.path).deletingLastPathComponent().appending(path: reference.path)
            guard FileManager.default.fileExists(atPath: file.path) else {
                return .error(
                    at: location, "\(noun) '\(link.destination)' finds no file",
                    hint: "relative to the report it is \(display(file)); on the site it is relative to \(report.pagePath)"
                        + (site == nil ? ", and the site is not built to look there" : "")
                )
            }
            guard let target = reportsByFile[Self.standardPath(file.path)] else {
                return .error(
                    at: location, "\(noun) '\(link.destination)' is not part of the site",
                    hint: "the build copies only Templates/assets/; put the file there and link to "
                        + RelativePath.from(report.pagePath, to: "assets/\(file.lastPathComponent)")
                )
            }
            if let missing = missingAnchor(reference.fragment, in: target, written: link.destination, noun: noun, at: location) {
                return missing
            }
            let page = RelativePath.from(report.pagePath, to: target.pagePath) + (reference.fragment.map { "#\($0)" } ?? "")
            return .error(
                at: location, "\(noun) '\(link.destination)' leads to a report file, which the site does not have",
                hint: "links between reports are not rewritten; link to its page, \(page)"
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
