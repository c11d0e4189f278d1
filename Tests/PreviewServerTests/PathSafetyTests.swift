import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PreviewServer

@Suite struct PathSafetyTests {
    static let escapes = [
        "/../etc/passwd", "/../../../../etc/passwd", "/regions/../../etc/passwd", "/regions/lanzhou/../../../etc/passwd",
        "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/..%2fetc%2fpasswd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/regions/lanzhou/..%2f..%2f..%2fetc/passwd", "/%252e%252e/etc/passwd",
        "/..\\..\\etc\\passwd", "/regions\\..\\..\\etc\\passwd", "/..%5c..%5cetc%5cpasswd", "/%5c..%5cetc/passwd",
        "//etc/passwd", "/%2fetc/passwd", "/./index.html", "/index.html%00.css", "/%00",
        // The project's own files are not the site.
        "/content/site.yml", "/Templates/base.mustache", "/assets/../content/site.yml", "/public/index.html",
    ]

    @Test func everyEscapeAttemptAnswers404() async throws {
        let project = try PreviewProject()
        defer { project.cleanUp() }
        try await LivePreview.run(project) { preview in
            for path in Self.escapes {
                let connection = try PlainHTTPConnection(port: try preview.port, path: path, closeAfterResponse: true)
                let response = try await connection.response(within: .seconds(10))
                #expect(response.status == 404, "\(path)")
                #expect(!response.text.contains("root:") && !response.text.contains("title:"), "\(path) leaked a file")
            }
        }
    }

    @Test func symlinksLeadingOutOfTheProjectAreNotServed() async throws {
        let project = try PreviewProject()
        let outside = FileManager.default.temporaryDirectory.appending(path: "pufa-outside-\(UUID().uuidString)")
        defer {
            project.cleanUp()
            try? FileManager.default.removeItem(at: outside)
        }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("secret: outside the site\n".utf8).write(to: outside.appending(path: "secret.css"))
        let assets = project.url("Templates/assets")
        try FileManager.default.createSymbolicLink(at: assets.appending(path: "leak.css"), withDestinationURL: outside.appending(path: "secret.css"))
        try FileManager.default.createSymbolicLink(at: assets.appending(path: "linked"), withDestinationURL: outside)

        try await LivePreview.run(project) { preview in
            #expect(try await preview.get("/assets/site.css").status == .ok)
            for path in ["/assets/leak.css", "/assets/linked/secret.css", "/assets/linked/"] {
                let response = try await preview.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(!String(buffer: response.body).contains("secret"), "\(path)")
            }
        }
    }

    @Test func requestPathsMapOntoSiteKeysOnly() {
        let root = SiteMount.root
        #expect(root.route("/").sitePath?.key == "index.html")
        #expect(root.route("/regions/lanzhou/").sitePath?.key == "regions/lanzhou/index.html")
        #expect(root.route("/regions/lanzhou/").sitePath?.namedFolder == true)
        #expect(root.route("/regions/lanzhou").sitePath?.key == "regions/lanzhou")
        #expect(root.route("/regions/lanzhou").sitePath?.namedFolder == false)
        #expect(root.route("/data/%E5%85%B0%E5%B7%9E.csv").sitePath?.key == "data/兰州.csv")
        #expect(root.route("//assets//site.css").sitePath?.key == "assets/site.css")
        for path in Self.refusedByTheirSpelling {
            #expect(root.route(path) == .notFound, "\(path)")
        }
        #expect(root.route("/%zz") == .notFound, "invalid percent encoding")
        #expect(root.route("relative") == .notFound)
    }

    /// The escapes refused whatever the site holds; the others are just not site files.
    static var refusedByTheirSpelling: [String] {
        escapes.filter { path in
            !path.contains("%252e") && (path.contains("..") || path.contains("%2e") || path.contains("%2E") || path.contains("\\")
                || path.contains("%5c") || path.contains("%00") || path.hasPrefix("/./"))
        }
    }
}

extension SiteRoute {
    /// The site path of a `.file` route.
    var sitePath: SitePath? {
        if case .file(let path) = self { return path }
        return nil
    }
}
