import CompiledMustache
import Foundation
import Testing
@testable import SiteBuilder

/// Pages are rendered by compiled templates, and by swift-mustache where the
/// compiler does not cover a template. The two must write the same site.
@Suite struct CompiledTemplatesTests {
    @Test func aSiteRenderedBySwiftMustacheIsTheSameSite() throws {
        let compiled = try TestProject.repositoryContent()
        defer { compiled.cleanUp() }
        try compiled.build()

        // A transform that renders nothing: every page's parent is no longer compiled.
        let fallback = try TestProject.repositoryContent()
        defer { fallback.cleanUp() }
        let base = try String(contentsOf: fallback.root.appending(path: "Templates/base.mustache"), encoding: .utf8)
        try fallback.write("Templates/base.mustache", base + "{{#empty(nothing)}}{{/empty(nothing)}}")
        var details: [String] = []
        _ = try SiteBuild(options: BuildOptions(source: fallback.root)).run { event in
            if case .detail(let text) = event { details.append(text) }
        }

        for page in TemplateSet.requiredPages {
            #expect(details.contains { $0.contains("Templates/\(page).mustache: rendered by swift-mustache") && $0.contains("transforms") }, "\(page)")
        }
        let expected = TestProject.snapshot(of: compiled.output)
        let actual = TestProject.snapshot(of: fallback.output)
        #expect(expected.count > 40)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected where path.hasSuffix(".html") {
            #expect(actual[path] == bytes, "\(path) differs")
        }
    }

    /// A page handed out in pieces as it is made, whose compiled template
    /// meets a value only swift-mustache can write (a list written as text)
    /// after some pieces went out: those are discarded, and the page is given
    /// again whole, as swift-mustache writes it.
    @Test func aPageGivenInPiecesStartsAgainWhenOnlySwiftMustacheCanWriteIt() throws {
        let project = try TestProject.repositoryContent()
        defer { project.cleanUp() }
        let index = try String(contentsOf: project.root.appending(path: "Templates/index.mustache"), encoding: .utf8)
        try project.write("Templates/index.mustache", index + "{{provinces}}")
        let templates = try #require(TemplateSet.load(from: project.root.appending(path: "Templates"), display: \.path).0)
        let regions: [[String: TemplateValue]] = ["兰州市", "白银市", "包头市"].map { ["name": .text($0), "url": .text("regions/x/")] }
        let view = TemplateValue.view(["provinces": .views([["name": .text("甘肃省"), "regions": .views(regions)]])])

        var given: [UInt8] = []
        var piecesBeforeRestart = 0
        var restarts = 0
        let done = templates.renderPieces("index", view, pieceSize: 1, emit: { given += $0 }, restart: {
            piecesBeforeRestart = given.count
            restarts += 1
            given.removeAll()
        })
        #expect(done)
        #expect(restarts == 1)
        #expect(piecesBeforeRestart > 0, "pieces went out before the template met the list")
        let whole = try #require(templates.render("index", view))
        #expect(given == whole)
        #expect(String(decoding: whole, as: UTF8.self).contains("白银市"))
    }
}
