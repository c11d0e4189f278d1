import Mustache
import Testing
@testable import SiteBuilder

/// Texts reach templates as `TemplateText`; a template must not be able to
/// tell one from the `String` it wraps. Each template is rendered against the
/// same values as a plain dictionary, where swift-mustache sees the strings.
@Suite struct TemplateTextTests {
    static let values: [String: String] = ["title": "兰州 <市> & \"区\"", "empty": "", "name": "outer", "text": "outer text", "lower": "abc"]

    @Test(arguments: [
        "{{title}}|{{{title}}}|{{&title}}",
        "{{#title}}[{{.}}]{{/title}}{{^title}}none{{/title}}",
        "{{#empty}}[{{.}}]{{/empty}}{{^empty}}none{{/empty}}",
        "{{#title}}{{name}}|{{text}}{{/title}}",
        "{{#title}}{{title.name}}|{{.name}}{{/title}}",
        "{{uppercased(lower)}}|{{capitalized(lower)}}|{{reversed(lower)}}",
        "{{#empty(empty)}}e{{/empty(empty)}}{{^empty(title)}}t{{/empty(title)}}",
        "{{#lower}}{{#title}}{{.}}{{/title}}{{/lower}}",
    ])
    func rendersAsTheStringItWraps(template: String) throws {
        let compiled = try MustacheTemplate(string: template)
        let plain = compiled.render(Self.values)
        #expect(compiled.render(FlaggedView(Self.values)) == plain)
        #expect(!plain.isEmpty)
    }
}
