import Foundation
import Testing
@testable import SiteBuilder

/// Every internal link is relative and lands on a file (and an id) that exists.
@Suite struct RelativeLinkTests {
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return links
    }

    static func ids(in html: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = html[...]
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            ids.insert(String(rest[..<end]))
        }
        return ids
    }

    static func checkLinks(in output: URL) throws -> Int {
        let pages = TestProject.snapshot(of: output).filter { $0.key.hasSuffix(".html") }
        var checked = 0
        for (path, data) in pages where !path.hasSuffix("404.html") {
            let page = output.appending(path: path)
            for link in links(in: String(decoding: data, as: UTF8.self)) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") { continue }
                #expect(!link.hasPrefix("/"), "\(path): absolute link \(link)")
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : page.deletingLastPathComponent().appending(path: String(parts[0])).standardizedFileURL
                #expect(file.path.hasPrefix(output.standardizedFileURL.path), "\(path): \(link) leaves the site")
                let target = FileManager.default.contents(atPath: file.path)
                #expect(target != nil, "\(path): \(link) points at a missing file")
                if parts.count == 2, let target {
                    #expect(ids(in: String(decoding: target, as: UTF8.self)).contains(String(parts[1])), "\(path): \(link) names a missing anchor")
                }
                checked += 1
            }
        }
        return checked
    }

    @Test func fixtureSiteLinksResolve() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        #expect(try Self.checkLinks(in: project.output) > 20)
    }

    @Test func repositorySiteLinksResolve() throws {
        let project = try TestProject.repositoryContent()
        defer { project.cleanUp() }
        try project.build()
        #expect(try Self.checkLinks(in: project.output) > 20)
    }
}
