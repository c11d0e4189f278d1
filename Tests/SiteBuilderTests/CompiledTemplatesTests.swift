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
}
