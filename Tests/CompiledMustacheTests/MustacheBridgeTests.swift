import Mustache
import Testing
@testable import CompiledMustache

/// swift-mustache renders the templates the compiler does not cover, through
/// `mustacheValue`. A template must not be able to tell the bridged values
/// from the plain strings and arrays they stand for.
@Suite struct MustacheBridgeTests {
    static let texts: [String: String] = ["title": "兰州 <市> & \"区\"", "empty": "", "name": "outer", "text": "outer text", "lower": "abc"]

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
    func aTextRendersAsTheStringItWraps(template: String) throws {
        let compiled = try MustacheTemplate(string: template)
        let plain = compiled.render(Self.texts)
        let bridged = TemplateValue.object(TestObject(values: Self.texts.mapValues(TemplateValue.text)))
        #expect(compiled.render(bridged.mustacheValue) == plain)
        #expect(!plain.isEmpty)
    }

    static let names = ["甲", "乙", "丙"]

    @Test(arguments: [
        "{{#items}}{{name}},{{/items}}",
        "{{^items}}none{{/items}}",
        "{{#items}}{{#first()}}[{{/first()}}{{name}}{{#last()}}]{{/last()}}{{/items}}",
        "{{count(items)}}",
        "{{#empty(items)}}empty{{/empty(items)}}{{^empty(items)}}not empty{{/empty(items)}}",
        "{{#first(items)}}{{name}}{{/first(items)}}",
        "{{#last(items)}}{{name}}{{/last(items)}}",
        "{{#reversed(items)}}{{name}},{{/reversed(items)}}",
    ])
    func aListRendersAsTheArrayItStandsFor(template: String) throws {
        let compiled = try MustacheTemplate(string: template)
        var outputs: [String] = []
        for names in [Self.names, []] {
            let array = compiled.render(["items": names.map { ["name": $0] }])
            let list = TemplateValue.list(names.map { TemplateValue.object(TestObject(values: ["name": .text($0)])) })
            let bridged = TemplateValue.object(TestObject(values: ["items": list]))
            #expect(compiled.render(bridged.mustacheValue) == array, "\(names.count) names")
            outputs.append(array)
        }
        #expect(outputs[0] != outputs[1], "the template shows whether there are elements")
    }
}
