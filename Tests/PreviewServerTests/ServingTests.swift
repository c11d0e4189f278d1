import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer
import SiteBuilder

@Suite struct ServingTests {
    @Test func servesPagesWithTheirTypesAndTheReloadScript() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let home = try await preview.get("/")
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.headers[.cacheControl] == "no-cache")
            let homeText = String(buffer: home.body)
            #expect(homeText.contains("<html lang=\"zh-CN\">"))
            #expect(homeText.contains("/__pufa/events"), "the preview injects the reload script")
            let script = try #require(homeText.range(of: "data-pufa-preview"))
            let bodyEnd = try #require(homeText.range(of: "</body>"))
            #expect(script.upperBound < bodyEnd.lowerBound, "the script goes inside the body")

            let region = try await preview.get("/regions/lanzhou/")
            #expect(region.status == .ok)
            #expect(String(buffer: region.body).contains("<h1>兰州市</h1>"))

            let stylesheet = try await preview.get("/assets/site.css")
            #expect(stylesheet.status == .ok)
            #expect(stylesheet.headers[.contentType] == "text/css; charset=utf-8")
            #expect(!String(buffer: stylesheet.body).contains("__pufa"), "only HTML gets the script")

            let csvPath = try #require(preview.session.store.current.site.paths.sorted().first { $0.hasSuffix(".csv") })
            let csv = try await preview.get("/" + csvPath)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        }
    }

    @Test func aFolderServesItsIndexAndAnUnknownPathTheSites404Page() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let withoutSlash = try await preview.get("/regions/lanzhou")
            #expect(withoutSlash.status == .movedPermanently)
            #expect(withoutSlash.headers[.location] == "/regions/lanzhou/")

            let missing = try await preview.get("/regions/nowhere/")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
            let page = String(buffer: missing.body)
            #expect(page.contains("页面不存在"), "the site's own 404.html")
            #expect(!page.contains("<base"), "served as published: its links start at the root")
            let links = LivePreview.links(in: page).filter { !$0.hasPrefix("#") }
            #expect(!links.isEmpty)
            for link in links {
                #expect(link.hasPrefix("/"), "\(link) works at any depth")
                #expect(try await preview.get(link).status == .ok, "\(link) on the 404 page")
            }
        }
    }

    @Test func entityTagsAnswerIfNoneMatchAndHeadMatchesGet() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            for path in ["/", "/assets/site.css"] {
                let full = try await preview.get(path)
                let eTag = try #require(full.headers[.eTag])
                #expect(eTag.hasPrefix("\""), "a strong tag")

                let revalidated = try await preview.get(path, headers: [.ifNoneMatch: eTag])
                #expect(revalidated.status == .notModified)
                #expect(revalidated.body.readableBytes == 0)
                #expect(revalidated.headers[.eTag] == eTag)

                let stale = try await preview.get(path, headers: [.ifNoneMatch: "\"someone-else\""])
                #expect(stale.status == .ok)

                let head = try await preview.head(path)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                #expect(head.headers[.contentLength] == String(full.body.readableBytes))
                #expect(head.headers[.eTag] == eTag)
                #expect(head.headers[.contentType] == full.headers[.contentType])
            }
        }
    }

    @Test func noReloadInjectsNothingAndHasNoEventStream() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project, liveReload: false) { preview in
            let home = try await preview.text("/")
            // The site's own table-sorting script stays; nothing of the preview's is added.
            #expect(!home.contains("data-pufa-preview"))
            #expect(!home.contains("__pufa"))
            let events = try await preview.get("/__pufa/events")
            #expect(events.status == .notFound)
        }
    }

    @Test func thePublishedBuildNeverContainsThePreviewScript() throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        let output = project.url("public")
        _ = try SiteBuild(options: BuildOptions(source: project.root, output: output)).run()
        let pages = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") } ?? []
        #expect(!pages.isEmpty)
        for page in pages {
            let text = try String(contentsOf: output.appending(path: page), encoding: .utf8)
            #expect(!text.contains("__pufa"), "\(page) must not carry preview code")
        }
    }

    @Test func aBusyPortIsReportedBeforeBuilding() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            let port = try preview.port
            let options = PreviewOptions(source: project.root, host: "127.0.0.1", port: port)
            await #expect {
                try await PreviewServer(options: options).run()
            } throws: { error in
                guard let error = error as? PreviewServerError, case .portInUse(_, let busy) = error else { return false }
                return busy == port && error.description.contains("already in use")
            }
        }
    }

    @Test func contentTypesSayUTF8ForEveryTextType() {
        let expected = [
            "index.html": "text/html; charset=utf-8", "assets/site.css": "text/css; charset=utf-8",
            "assets/app.js": "text/javascript; charset=utf-8", "data/facts.json": "application/json; charset=utf-8",
            "data/table.csv": "text/csv; charset=utf-8", "assets/logo.svg": "image/svg+xml; charset=utf-8",
            "feed.xml": "application/xml; charset=utf-8", "assets/photo.png": "image/png", "LICENSE": "application/octet-stream",
        ]
        for (path, type) in expected {
            #expect(ContentTypes.forPath(path) == type, "\(path)")
        }
    }
}
