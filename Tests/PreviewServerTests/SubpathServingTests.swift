import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

/// A site published under a subpath (`base_url: https://example.org/pufa/`)
/// is previewed under that path too, so its 404 page's links, which start
/// at `/pufa/`, work in the preview as they will on the server.
@Suite struct SubpathServingTests {
    /// The sample project, to be published at https://example.org/pufa/.
    static func project(baseURL: String = "https://example.org/pufa/") throws -> PreviewProject {
        let project = try PreviewProject()
        try project.edit("content/site.yml") { $0 + "base_url: \(baseURL)\n" }
        return project
    }

    @Test func pagesAreServedUnderTheBasePathAndNothingOutsideIt() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let home = try await preview.get("/pufa/")
            #expect(home.status == .ok)
            #expect(String(buffer: home.body).contains("<html lang=\"zh-CN\">"))
            let region = try await preview.get("/pufa/regions/lanzhou/")
            #expect(region.status == .ok)
            #expect(String(buffer: region.body).contains("<h1>兰州市</h1>"))
            #expect(try await preview.get("/pufa/assets/site.css").status == .ok)

            for outside in ["/regions/lanzhou/", "/index.html", "/assets/site.css", "/pufa-other/", "/other/pufa/"] {
                let response = try await preview.get(outside)
                #expect(response.status == .notFound, "\(outside)")
                #expect(String(buffer: response.body).contains("页面不存在"), "\(outside) gets the site's 404 page")
            }
        }
    }

    @Test func theRootAndTheBasePathWithoutItsSlashRedirectIntoTheSite() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            for path in ["/", "/pufa", "//"] {
                let response = try await preview.get(path)
                // Temporary: an edit to site.yml can move the site, and browsers keep 301s.
                #expect(response.status == .found, "\(path)")
                #expect(response.headers[.location] == "/pufa/", "\(path)")
            }
            let folder = try await preview.get("/pufa/regions/lanzhou")
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "/pufa/regions/lanzhou/")
        }
    }

    @Test func aMissingPageGetsThe404PageAndEachOfItsLinksWorks() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let missing = try await preview.get("/pufa/regions/nowhere/")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
            let page = String(buffer: missing.body)
            #expect(page.contains("页面不存在"))
            #expect(!page.contains("<base"), "served as published, with links that start at the base path")

            let links = LivePreview.links(in: page).filter { !$0.hasPrefix("#") }
            #expect(links.contains("/pufa/index.html"), "\(links)")
            #expect(links.contains("/pufa/assets/site.css"), "\(links)")
            for link in links {
                #expect(link.hasPrefix("/pufa/"), "\(link) works at any depth")
                #expect(try await preview.get(link).status == .ok, "\(link) on the 404 page")
            }
        }
    }

    @Test func everyEscapeAttemptUnderTheBasePathAnswers404() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let escapes = PathSafetyTests.escapes.map { "/pufa" + $0 } + ["/pufa/../pufa/index.html", "/pufa/%2e%2e/pufa/index.html"]
            for path in escapes {
                let connection = try PlainHTTPConnection(port: try preview.port, path: path, closeAfterResponse: true)
                let response = try await connection.response(within: .seconds(10))
                #expect(response.status == 404, "\(path)")
                #expect(!response.text.contains("root:") && !response.text.contains("title:"), "\(path) leaked a file")
            }
        }
    }

    @Test func theReloadScriptStillReachesTheEventsEndpointAtTheRoot() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            #expect(try await preview.text("/pufa/").contains(#"new EventSource("/__pufa/events")"#))
            let events = try preview.openEvents()
            let build = try await events.nextBuild(within: LivePreview.eventTimeout)
            #expect(build == preview.session.store.current.buildID)
        }
    }

    @Test func theListeningAddressIsTheSitesAddress() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let port = try preview.port
            #expect(preview.events.listeningURLs == ["http://127.0.0.1:\(port)/pufa/"])
        }
        let atRoot = try PreviewProject()
        defer { atRoot.cleanUp() }
        try await LivePreview.run(atRoot) { preview in
            let port = try preview.port
            #expect(preview.events.listeningURLs == ["http://127.0.0.1:\(port)/"])
        }
    }

    @Test func editingBaseURLMovesThePreview() async throws {
        let project = try Self.project()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let events = try preview.openEvents()
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)
            try project.edit("content/site.yml") { $0.replacingOccurrences(of: "/pufa/", with: "/reports/") }
            _ = try await events.nextBuild(within: LivePreview.eventTimeout)

            let root = try await preview.get("/")
            #expect(root.status == .found)
            #expect(root.headers[.location] == "/reports/")
            #expect(try await preview.get("/reports/regions/lanzhou/").status == .ok)
            #expect(try await preview.get("/pufa/regions/lanzhou/").status == .notFound)
            // Said once, with the new address; the first build's address was the listening line.
            #expect(preview.events.movedURLs == ["http://127.0.0.1:\(try preview.port)/reports/"])
        }
    }

    @Test func basePathsAreComparedDecodedAndSentEncoded() {
        let mount = SiteMount(basePath: "/普法/报告/")
        #expect(mount.path == "/%E6%99%AE%E6%B3%95/%E6%8A%A5%E5%91%8A/")
        #expect(SiteMount(basePath: mount.path) == mount, "base_url may spell it either way")
        #expect(mount.route("/%E6%99%AE%E6%B3%95/%E6%8A%A5%E5%91%8A/regions/lanzhou/").sitePath?.key == "regions/lanzhou/index.html")
        #expect(mount.route("/普法/报告") == .redirect(to: mount.path))
        #expect(mount.route("/普法/") == .notFound, "the base path's parent is outside the site")
        #expect(SiteMount(basePath: "/pufa").path == "/pufa/")
        #expect(SiteMount(basePath: "/").route("/") == .file(SitePath(segments: [], namedFolder: true)))
        for path in PathSafetyTests.refusedByTheirSpelling {
            #expect(SiteMount(basePath: "/pufa/").route("/pufa" + path) == .notFound, "/pufa\(path)")
        }
    }
}
