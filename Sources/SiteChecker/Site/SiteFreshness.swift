import ContentFormat
import Foundation

/// A site built before the last edit shows links the content no longer
/// makes, so its link check says little: warn, and name the newer file.
enum SiteFreshness {
    static func diagnostics(output: URL, sources: [URL], display: (URL) -> String) -> [Diagnostic] {
        guard let built = modified(output.appending(path: "index.html")) else { return [] }
        let newer = sources.flatMap(files(under:)).compactMap { url in modified(url).map { (url, $0) } }
            .filter { $0.1 > built }
            .max { $0.1 < $1.1 }
        guard let (file, _) = newer else { return [] }
        return [.warning(
            at: SourceLocation(path: display(output)), "the built site is older than \(display(file)); its links were checked as they were built",
            hint: "run 'pufa-site build' and check again, or use 'pufa-site check --build'"
        )]
    }

    private static func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]) else { return [] }
        return enumerator.compactMap { $0 as? URL }
    }

    private static func modified(_ url: URL) -> Date? {
        try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
    }
}
