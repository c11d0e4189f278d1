import Mustache
import PropertyBased
import Synchronization
import Testing
@testable import CompiledMustache

/// A compiled program must write exactly what swift-mustache writes for the
/// same template and values. Thousands of random templates and views are
/// rendered both ways; a case is skipped only where the reference itself
/// does not apply (swift-mustache refuses the template) or the compiler says
/// it does not cover the template, and most cases must be compared.
@Suite struct CompiledTemplateTests {
    /// Wraps every value in brackets: a content type only the callers know.
    struct Brackets: MustacheContentType, TemplateEscaping {
        func escapeText(_ text: String) -> String { "[" + text + "]" }
        func append(_ text: String, to bytes: inout [UInt8]) { bytes += escapeText(text).utf8 }
    }

    static let contentTypes: ContentTypes = {
        MustacheContentTypes.register(Brackets(), named: "BRACKETS")
        return ContentTypes(["BRACKETS": Brackets()])
    }()

    enum Outcome: Equatable {
        case same, refusedByMustache, notCompiled, unrenderable
        case different(String)
    }

    static func compare(_ sources: [String: String], view: TemplateValue) -> Outcome {
        let contentTypes = Self.contentTypes
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in sources {
            guard let template = try? MustacheTemplate(string: text) else { return .refusedByMustache }
            templates[name] = template
        }
        let expected = MustacheLibrary(templates: templates).render(view.mustacheValue, withTemplate: "page") ?? ""
        guard case .success(let program) = TemplateCompiler.compile(sources, contentTypes: contentTypes)["page"] else { return .notCompiled }
        guard let bytes = try? program.render(view) else { return .unrenderable }
        let actual = String(decoding: bytes, as: UTF8.self)
        guard actual == expected else { return .different("expected \(expected.debugDescription)\n     got \(actual.debugDescription)") }
        // Cut after every list element that writes anything, the pieces make the same bytes.
        var pieces: [[UInt8]] = []
        do { try program.renderPieces(view, pieceSize: 1) { pieces.append($0) } } catch { return .unrenderable }
        let joined = String(decoding: Array(pieces.joined()), as: UTF8.self)
        return joined == expected ? .same : .different("in pieces: expected \(expected.debugDescription)\n     got \(joined.debugDescription)")
    }

    @Test func randomTemplatesRenderAsSwiftMustacheRendersThem() async {
        let outcomes = Mutex<[String: Int]>([:])
        await propertyCheck(count: 3000, input: Gen<UInt64>.value(in: 0...UInt64.max)) { seed in
            var random = RandomTemplates(seed: seed)
            let sources = [
                "parent": random.parent(),
                "p1": random.template(depth: 2, partials: [], blocks: false),
                "page": random.template(partials: ["p1", "parent"]),
            ]
            let view = random.view()
            let outcome = Self.compare(sources, view: view)
            if case .different(let detail) = outcome {
                Issue.record("seed \(seed): \(sources.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.debugDescription)" }.joined(separator: "\n"))\n\(detail)")
            }
            outcomes.withLock { $0["\(outcome)", default: 0] += 1 }
        }
        let counts = outcomes.withLock { $0 }
        let compared = counts["same", default: 0]
        #expect(compared >= 2000, "most cases are compared, not skipped: \(counts)")
    }

    @Test(arguments: [
        // Standalone tags take their line with them; others keep it.
        ("a\n{{#flag}}\n  x\n{{/flag}}\nb", "a\n  x\nb"),
        ("  {{#flag}}x{{/flag}}  \n", "  x  \n"),
        // An empty text is shown as a section; an empty list is not.
        ("{{#a}}[{{.}}]{{/a}}{{#empty}}e{{/empty}}{{^empty}}none{{/empty}}", "[]none"),
        // A name missing from the row is found around it.
        ("{{#list}}{{a}}{{b}};{{/list}}", "1B;2B;"),
        ("{{obj.a}}|{{#obj}}{{.a}}{{/obj}}|{{n}}|{{flag}}", "inner|inner|7|true"),
        ("{{<parent}}{{$b}}child {{a}}{{/b}}{{/parent}}", "<header>child </header>"),
    ] as [(String, String)])
    func knownCases(template: String, expected: String) throws {
        let view = TemplateValue.object(TestObject(values: [
            "a": "", "b": "B", "n": 7, "flag": true, "empty": .list([]),
            "list": .list([.object(TestObject(values: ["a": "1"])), .object(TestObject(values: ["a": "2"]))]),
            "obj": .object(TestObject(values: ["a": "inner"])),
        ]))
        let sources = ["page": template, "parent": "<header>{{$b}}default{{/b}}</header>"]
        let program = try TemplateCompiler.compile(sources)["page"]!.get()
        #expect(String(decoding: try program.render(view), as: UTF8.self) == expected)
        #expect(Self.compare(sources, view: view) == .same)
    }

    @Test func whatIsNotCoveredIsSaid() {
        let sources = [
            "transform": "{{count(list)}}",
            "dynamic": "{{>*name}}",
            "recursive": "{{#obj}}{{>recursive}}{{/obj}}",
            "includesTransform": "a {{>transform}}",
            "partial": "x\ny",
        ]
        let programs = TemplateCompiler.compile(sources)
        for name in ["transform", "dynamic", "recursive", "includesTransform"] {
            guard case .failure(let failure) = programs[name] else {
                Issue.record("\(name) compiled")
                continue
            }
            #expect(failure.template == name && !failure.reason.isEmpty)
        }
        #expect((try? programs["partial"]?.get()) != nil)
    }

    /// swift-mustache indents every line of a partial indented on its line,
    /// but not the first, whose indentation is the text before the tag, and
    /// not a line that ends with CR LF.
    @Test func indentedPartialsAreIndentedLineByLine() throws {
        let sources = [
            "page": "<ul>\n  {{>item}}\n</ul>\n",
            "item": "<li>{{a}}</li>\n{{#flag}}\n<li>b</li>\r\n<li>c</li>\n{{/flag}}",
        ]
        let view = TemplateValue.object(TestObject(values: ["a": "A", "flag": true]))
        let program = try TemplateCompiler.compile(sources)["page"]!.get()
        #expect(String(decoding: try program.render(view), as: UTF8.self) == "<ul>\n  <li>A</li>\n  <li>b</li>\r\n<li>c</li>\n</ul>\n")
        #expect(Self.compare(sources, view: view) == .same)
    }

    @Test func aListWrittenAsAValueIsLeftToSwiftMustache() throws {
        let program = try TemplateCompiler.compile(["page": "{{list}}"])["page"]!.get()
        #expect(throws: TemplateProgram.Unrenderable(name: "list")) {
            try program.render(.object(TestObject(values: ["list": .list([])])))
        }
    }
}


