import Dispatch
import SiteBuilder
import Synchronization

/// One generated site as the preview serves it. A file is rendered from the
/// site's plan the first time someone asks for it, then kept. A rebuild
/// makes a new `ServedSite` and the store swaps it in whole, so a request
/// sees the old site or the new one, never a mix; and after an edit only the
/// pages someone looks at are rendered again. Serving from memory also means
/// a preview never touches `public/`.
final class ServedSite: Sendable {
    struct File: Sendable {
        let bytes: [UInt8]
        let contentType: String
        /// Equal bytes have equal tags, within this server's life; see `ContentTag`.
        let contentTag: Int
        var isHTML: Bool { contentType.hasPrefix("text/html") }
    }

    private let plan: SitePlan?
    private let rendered = Mutex<[String: File]>([:])
    /// Where the site is served: the path of its `base_url`.
    let mount: SiteMount

    init(plan: SitePlan?) {
        self.plan = plan
        mount = plan.map { SiteMount(basePath: $0.basePath) } ?? .root
    }

    static let empty = ServedSite(plan: nil)

    static let notFoundPage = "404.html"

    /// Every file; on a large site this ranks every indicator's figures, so
    /// it is for tests and tools, not for the rebuild path.
    var paths: [String] { plan?.paths ?? [] }

    func contains(_ path: String) -> Bool { plan?.contains(path) ?? false }

    /// The file at `path`, rendered now if nobody asked for it before.
    func file(at path: String) -> File? {
        if let file = rendered.withLock({ $0[path] }) { return file }
        // Rendered outside the lock: requests for other files go on meanwhile.
        guard let output = plan?.render(path) else { return nil }
        let file = File(bytes: output.bytes, contentType: ContentTypes.forPath(path), contentTag: ContentTag.of(output.bytes))
        return rendered.withLock { files in
            if let first = files[path] { return first }
            files[path] = file
            return file
        }
    }

    /// Renders a file nobody asked for yet, off the cooperative pool: a large
    /// site's home page or export takes seconds, and the pool has one thread
    /// per core. Even telling whether a path is in the site can take a second
    /// (a time-series CSV ranks an indicator's figures), so that is done off
    /// the pool too. A file already rendered costs nothing.
    func render(_ path: String) async {
        guard rendered.withLock({ $0[path] == nil }) else { return }
        await withCheckedContinuation { continuation in
            Self.renderingQueue.async {
                _ = self.file(at: path)
                continuation.resume()
            }
        }
    }

    private static let renderingQueue = DispatchQueue(label: "pufa-site.preview.render", qos: .userInitiated, attributes: .concurrent)

    /// Renders these files ahead of the first request: the pages of an
    /// edited report are in place before the browser is told to reload.
    func prerender(_ paths: [String]) {
        for path in paths { _ = file(at: path) }
    }

    /// Pages this site has and `next` does not.
    func removedPages(in next: ServedSite) -> Int {
        (plan?.pagePaths ?? []).count { !next.contains($0) }
    }
}

/// A file's ETag part: a hash of its bytes with this process's seed, so an
/// unchanged page keeps its tag across rebuilds and the browser gets a 304.
/// The server part of the ETag is random per run, so a browser revalidating
/// against a restarted server never matches a tag that now means other bytes.
enum ContentTag {
    static func of(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

/// The server part of every ETag, random per run.
enum ServerTag {
    static func random() -> String { String(UInt32.random(in: 0...UInt32.max), radix: 36) }
}
