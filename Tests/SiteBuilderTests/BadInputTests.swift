import ContentFormat
import Foundation
import Testing
@testable import SiteBuilder

/// Each bad input: the error, where it points, and the previous output left as it was.
@Suite struct BadInputTests {
    /// Builds once, breaks the project, builds again: returns the errors of
    /// the second build after checking the first build's output survived it.
    private func errorsAfterBreaking(_ breakProject: (TestProject) throws -> Void) throws -> [Diagnostic] {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.build()
        let before = TestProject.snapshot(of: project.output)
        try breakProject(project)
        let diagnostics = project.failingBuild().filter { $0.severity == .error }
        #expect(!diagnostics.isEmpty, "the build should have failed")
        #expect(TestProject.snapshot(of: project.output) == before, "output changed after a failed build")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "staging folder left behind")
        return diagnostics
    }

    private func single(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first)
    }

    @Test func invalidUTF8PointsAtTheBadByte() throws {
        let bytes = Array("---\ntitle: 标题\nregion: 兰州市\n---\n正文".utf8) + [0xFF, 0xFE] + Array("。\n".utf8)
        let error = try single(errorsAfterBreaking { try $0.write("content/reports/bad.md", bytes: bytes) })
        #expect(error.location.path.hasSuffix("content/reports/bad.md"))
        #expect((error.location.line, error.location.column) == (5, 3))
        #expect(error.message == "the file is not valid UTF-8")
        #expect(error.hint == "save it as UTF-8, or run 'pufa-site import' on it")
    }

    @Test func emptyFile() throws {
        let error = try single(errorsAfterBreaking { try $0.write("content/reports/empty.md", "") })
        #expect(error.location.path.hasSuffix("content/reports/empty.md"))
        #expect((error.location.line, error.location.column) == (1, 1))
        #expect(error.message == "the file is empty")
    }

    @Test func missingFrontMatter() throws {
        let error = try single(errorsAfterBreaking { try $0.write("content/reports/plain.md", "兰州市普法工作。\n") })
        #expect(error.message.contains("missing front matter"))
        #expect(error.hint?.contains("---") == true)
        #expect((error.location.line, error.location.column) == (1, 1))
    }

    @Test func missingClosingFence() throws {
        let error = try single(errorsAfterBreaking { try $0.write("content/reports/open.md", "---\ntitle: 标题\nregion: 兰州市\n正文。\n") })
        #expect(error.message.contains("not closed"))
    }

    @Test func missingTitleAndRegionAreBothReported() throws {
        let errors = try errorsAfterBreaking { try $0.write("content/reports/bare.md", "---\nyear: 2024\n---\n正文。\n") }
        #expect(errors.map(\.message).sorted() == ["missing required front matter key 'region'", "missing required front matter key 'title'"])
        #expect(errors.allSatisfy { $0.location.line == 1 })
    }

    @Test func malformedDatePointsAtTheValue() throws {
        let error = try single(errorsAfterBreaking {
            try $0.write("content/reports/date.md", "---\ntitle: 标题\nregion: 兰州市\ndate: 2024-13-45\n---\n正文。\n")
        })
        #expect(error.message == "malformed date '2024-13-45'")
        #expect((error.location.line, error.location.column) == (4, 7))
    }

    @Test func yamlErrorLineIsCountedInTheFile() throws {
        let error = try single(errorsAfterBreaking {
            try $0.write("content/reports/yaml.md", "---\ntitle: 标题\nregion: 兰州市\nsource: [unclosed\n---\n正文。\n")
        })
        #expect(error.message.hasPrefix("invalid YAML in front matter"))
        #expect(error.location.line >= 4, "line \(error.location.line) should be in the file, past the fence")
    }

    @Test func duplicateSlug() throws {
        let error = try single(errorsAfterBreaking {
            try $0.write("content/reports/zz-copy.md", "---\ntitle: 复制\nregion: 白银市\nyear: 2020\nslug: lanzhou\n---\n正文。\n")
        })
        #expect(error.message.contains("two reports have the slug 'lanzhou'"))
        #expect(error.location.path.hasSuffix("zz-copy.md"))
        #expect(error.location.line == 5)
    }

    @Test func parentThatNamesNoRegion() throws {
        let error = try single(errorsAfterBreaking {
            try $0.write("content/reports/orphan.md", "---\ntitle: 标题\nregion: 七里河区\nparent: 不存在市\n---\n正文。\n")
        })
        #expect(error.message == "parent '不存在市' names no region")
        #expect((error.location.line, error.location.column) == (4, 9))
    }

    @Test func templateSyntaxError() throws {
        let error = try single(errorsAfterBreaking { try $0.write("Templates/404.mustache", "<p>\n{{#broken}}\n</p>\n") })
        #expect(error.location.path.hasSuffix("Templates/404.mustache"))
        #expect(error.message == "template syntax error: section 'broken' is opened but never closed")
        #expect((error.location.line, error.location.column) == (2, 1))
    }

    /// Located by the parser itself, so the line it counts is the file's.
    @Test func mismatchedClosingTagIsReportedWhereItIs() throws {
        let error = try single(errorsAfterBreaking { try $0.write("Templates/404.mustache", "<p>\n</p>\n{{#x}}{{/y}}\n") })
        #expect(error.message == "template syntax error: a closing tag does not match the section it closes")
        #expect((error.location.line, error.location.column) == (3, 11))
    }

    /// swift-mustache's parser stops the process on these; they are refused first.
    @Test func oneCharacterDelimitersAreRefused() throws {
        let error = try single(errorsAfterBreaking { try $0.write("Templates/404.mustache", "<p>\n {{=<% %>=}}<%=[ ]=%>[#x][/x]\n") })
        #expect(error.message == "delimiters of one character ('[') are not supported")
        #expect((error.location.line, error.location.column) == (2, 13))
    }

    @Test func missingPartial() throws {
        let error = try single(errorsAfterBreaking { try $0.write("Templates/404.mustache", "<p>\n  {{>partials/nope}}\n</p>\n") })
        #expect(error.location.path.hasSuffix("Templates/404.mustache"))
        #expect((error.location.line, error.location.column) == (2, 3))
        #expect(error.message == "missing partial 'partials/nope'")
    }

    @Test func missingPageTemplate() throws {
        let error = try single(errorsAfterBreaking { try $0.remove("Templates/region.mustache") })
        #expect(error.message == "missing template 'region'")
    }

    @Test func unescapedNonHTMLValueIsRefused() throws {
        let error = try single(errorsAfterBreaking { try $0.write("Templates/404.mustache", "{{{page_title}}}\n") })
        #expect(error.message.contains("without HTML escaping"))
    }

    @Test func allProblemsAreReportedInOneRun() throws {
        let errors = try errorsAfterBreaking {
            try $0.write("content/reports/a.md", "")
            try $0.write("content/reports/b.md", "no front matter\n")
            try $0.write("Templates/404.mustache", "{{>partials/nope}}\n")
        }
        #expect(errors.count == 3)
    }

    @Test(arguments: [
        ("ftp://example.org/", "must start with http:// or https://"),
        ("https:///pufa/", "must name a host"),
        ("https://example.org/pufa/../admin/", "'..' path segments"),
        ("https://example.org/./pufa/", "'..' path segments"),
        ("https://example.org/pufa/?v=1", "query (?) or fragment (#)"),
        ("https://example.org/pufa/#top", "query (?) or fragment (#)"),
        ("https://example.org/普法 报告/", "spaces"),
    ])
    func baseURLThatIsNoSiteAddressPointsAtTheSetting(url: String, problem: String) throws {
        let error = try single(errorsAfterBreaking {
            try $0.write("content/site.yml", "title: 测试\nbase_url: \"\(url)\"\n")
        })
        #expect(error.message.contains("base_url") && error.message.contains(problem), "\(error.message)")
        #expect(error.location.path.hasSuffix("content/site.yml") && error.location.line == 2 && error.location.column == 1)
    }

    @Test(arguments: ["https://example.org", "http://example.org:8080/a&b/", "https://example.org/普法/", "HTTPS://Example.org/pufa"])
    func siteAddressesAreAccepted(url: String) {
        #expect(SiteConfig.problem(withBaseURL: url) == nil)
    }

    @Test func unknownKeyIsOnlyAWarning() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.write("content/reports/extra.md", "---\ntitle: 标题\nregion: 白银市\nyear: 2019\ntitel: x\n---\n正文。\n")
        let generated = try SiteGenerator(options: BuildOptions(source: project.root)).generate()
        let warning = try #require(generated.diagnostics.first { $0.message.contains("titel") })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 5)
        #expect(warning.hint == "did you mean 'title'?")
    }
}
