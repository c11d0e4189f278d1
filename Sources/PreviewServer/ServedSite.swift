import SiteBuilder

/// One generated site, held in memory as the preview serves it. Never
/// mutated: a rebuild makes a new one and the store swaps it in whole, so a
/// request sees either the old site or the new one, never a mix. Serving
/// from memory also means a preview never touches `public/`.
struct ServedSite: Sendable {
    struct File: Sendable {
        let bytes: [UInt8]
        let contentType: String
        /// Identifies these exact bytes for the life of the server; see `ContentTags`.
        let contentTag: Int
        var isHTML: Bool { contentType.hasPrefix("text/html") }
    }

    let files: [String: File]

    static let empty = ServedSite(files: [:])

    static let notFoundPage = "404.html"

    /// What changed from `previous` to a site made of `outputFiles`.
    struct Difference: Sendable {
        /// Files that are new or came from a new render.
        var replaced = 0
        var removed = 0
    }

    /// Builds the next site. A file handed back in the very same storage as
    /// before (an engine that did not re-render it) keeps its tag, so a
    /// browser's `If-None-Match` still matches after an unrelated rebuild.
    /// Anything else gets a new tag without comparing bytes: at 10,000
    /// reports the site is ~700 MB and comparing it costs ~90 ms per
    /// rebuild, most of the latency budget, to save a few loopback downloads.
    static func next(
        after previous: ServedSite, files outputFiles: [OutputFile], tags: inout ContentTags
    ) -> (site: ServedSite, difference: Difference) {
        var files: [String: File] = [:]
        files.reserveCapacity(outputFiles.count)
        var difference = Difference()
        for output in outputFiles {
            let tag: Int
            if let old = previous.files[output.path], sameStorage(old.bytes, output.bytes) {
                tag = old.contentTag
            } else {
                tag = tags.next()
                difference.replaced += 1
            }
            files[output.path] = File(bytes: output.bytes, contentType: ContentTypes.forPath(output.path), contentTag: tag)
        }
        difference.removed = previous.files.keys.count { files[$0] == nil }
        return (ServedSite(files: files), difference)
    }

    private static func sameStorage(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        return left.withUnsafeBytes { leftBytes in
            right.withUnsafeBytes { rightBytes in leftBytes.baseAddress == rightBytes.baseAddress }
        }
    }
}

/// Numbers for file contents. An ETag is `"<server>-<tag>"`: the server
/// part is random per run, so a browser revalidating against a restarted
/// server never matches a tag that now means other bytes. Hashing every file
/// instead would cost a pass over the whole site per rebuild.
struct ContentTags: Sendable {
    let server: String
    private var last = 0

    init(server: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
        self.server = server
    }

    mutating func next() -> Int {
        last += 1
        return last
    }
}
