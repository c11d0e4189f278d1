import Mustache
import Testing
@testable import SiteBuilder

/// A `ViewList` stands in for an array of views on large sites; a template
/// must not be able to tell them apart.
@Suite struct ViewListTests {
    static let names = ["甲", "乙", "丙"]

    @Test(arguments: [
        "{{#items}}{{name}},{{/items}}",
        "{{^items}}none{{/items}}",
        "{{#has_items}}some{{/has_items}}{{^has_items}}none{{/has_items}}",
        "{{#items}}{{#first()}}[{{/first()}}{{name}}{{#last()}}]{{/last()}}{{/items}}",
        "{{count(items)}}",
        "{{#empty(items)}}empty{{/empty(items)}}{{^empty(items)}}not empty{{/empty(items)}}",
        "{{#first(items)}}{{name}}{{/first(items)}}",
        "{{#last(items)}}{{name}}{{/last(items)}}",
        "{{#reversed(items)}}{{name}},{{/reversed(items)}}",
    ])
    func rendersLikeTheArrayItStandsFor(template: String) throws {
        let compiled = try MustacheTemplate(string: template)
        var outputs: [String] = []
        for views in [Self.names.map { ["name": $0] as [String: Any] }, []] {
            let array = compiled.render(FlaggedView(["items": views]))
            let list = compiled.render(FlaggedView(["items": ViewList(count: views.count) { views[$0] }]))
            #expect(list == array, "\(views.count) views")
            outputs.append(array)
        }
        #expect(outputs[0] != outputs[1], "the template shows whether there are views")
    }
}
