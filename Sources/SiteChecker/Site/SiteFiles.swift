import Foundation
import SiteBuilder

/// The files of a built site, by path relative to its root (`/`-separated),
/// and what its pages link to and which anchors they carry. Pages are read
/// one at a time and only their links and ids kept, so a large site is
/// checked without holding its pages in memory.
public struct SiteFiles: Sendable {
    /// How messages name the site's folder, e.g. `public`.
    public var displayRoot: String
    var files: Set<String>
    var folders: Set<String>
    var pages: [String: PageLinks]

    struct PageLinks: Sendable {
        var anchors: Set<String>
        var links: [Link]
    }

    struct Link: Sendable {
        var value: String
        var line: Int
        var column: Int
    }

    public var pageCount: Int { pages.count }

    init(paths: [String], displayRoot: String, readPage: (String) -> [UInt8]?) {
        self.displayRoot = displayRoot
        files = Set(paths)
        var folders: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        self.folders = folders
        var pages: [String: PageLinks] = [:]
        for path in paths where Self.isPage(path) {
            guard let bytes = readPage(path) else { continue }
            let scan = HTMLAttributeScanner.scan(bytes)
            let lines = LineIndex(bytes)
            pages[path] = PageLinks(anchors: scan.anchors, links: scan.links.map { link in
                let location = lines.location(ofByte: link.offset, path: path)
                return Link(value: link.value, line: location.line, column: location.column)
            })
        }
        self.pages = pages
    }

    /// The files of a site as the generator made them, in memory.
    public init(files: [OutputFile], displayRoot: String) {
        let bytesByPath = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        self.init(paths: files.map(\.path), displayRoot: displayRoot) { bytesByPath[$0] }
    }

    /// The site in a folder on disk; nil when there is no such folder.
    public static func read(folder: URL, displayRoot: String) -> SiteFiles? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
              let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { return nil }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            paths.append(String(path.dropFirst(base.count + 1)))
        }
        return SiteFiles(paths: paths.sorted(), displayRoot: displayRoot) { path in
            FileManager.default.contents(atPath: folder.appending(path: path).path).map(Array.init)
        }
    }

    static func isPage(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".htm")
    }

    /// The file a site path names: itself, or a folder's `index.html`.
    func file(at parts: [String]) -> String? {
        let path = parts.joined(separator: "/")
        if files.contains(path) { return path }
        if folders.contains(path) {
            let index = path.isEmpty ? "index.html" : path + "/index.html"
            return files.contains(index) ? index : nil
        }
        return nil
    }
}
