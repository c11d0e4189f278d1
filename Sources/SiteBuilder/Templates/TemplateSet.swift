import CompiledMustache
import ContentFormat
import Foundation
import Mustache

/// The Mustache templates in `Templates/`, read at run time so users edit
/// them without recompiling. Loading checks what swift-mustache would let
/// pass silently: missing templates, missing partials, and unescaped output
/// of values that are not HTML.
///
/// swift-mustache reads the templates and reports their syntax errors. Each
/// is then compiled (`CompiledMustache`), which writes the same bytes many
/// times faster; a template the compiler does not cover, or a value only
/// swift-mustache can write, is rendered by swift-mustache.
struct TemplateSet: Sendable {
    /// The page templates every site needs.
    static let requiredPages = ["index", "region", "report", "indicator", "404"]

    private let library: MustacheLibrary
    private let programs: [String: TemplateProgram]
    private let names: Set<String>
    /// The templates swift-mustache renders, each with why, by name.
    let notCompiled: [TemplateCompiler.Unsupported]

    func has(_ name: String) -> Bool { names.contains(name) }

    /// Renders a page. The name was checked at load, so nil means a bug here.
    func render(_ name: String, _ view: TemplateValue) -> [UInt8]? {
        guard names.contains(name) else { return nil }
        if let program = programs[name], let bytes = try? program.render(view) { return bytes }
        return library.render(view.mustacheValue, withTemplate: name).map { Array($0.utf8) }
    }

    /// The same bytes as `render`, handed to `emit` in pieces of about
    /// `pieceSize` bytes as they are made when the template is compiled
    /// (`TemplateProgram.renderPieces`), else whole. When the compiled
    /// template meets a value only swift-mustache can write after handing
    /// out pieces, `restart` is called before the page is given again whole.
    /// False for a name that is not a template.
    func renderPieces(_ name: String, _ view: TemplateValue, pieceSize: Int,
                      emit: ([UInt8]) -> Void, restart: () -> Void) -> Bool {
        guard names.contains(name) else { return false }
        if let program = programs[name] {
            var emitted = false
            do {
                try program.renderPieces(view, pieceSize: pieceSize) { piece in
                    emitted = true
                    emit(piece)
                }
                return true
            } catch {
                if emitted { restart() }
            }
        }
        guard let page = library.render(view.mustacheValue, withTemplate: name) else { return false }
        emit(Array(page.utf8))
        return true
    }

    static func load(from folder: URL, display: (URL) -> String) -> (TemplateSet?, [Diagnostic]) {
        FastEscaping.register()
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: (path: String, text: String)] = [:]
        for (name, url) in templateFiles(in: folder) {
            let path = display(url)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(.error(at: SourceLocation(path: path), "cannot read the template"))
                continue
            }
            let text: String
            switch UTF8Text.decode(Array(data), path: path) {
            case .success(let decoded): text = decoded
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            sources[name] = (path, text)
            if let tag = TemplateLint.singleCharacterDelimiter(in: text) {
                diagnostics.append(.error(
                    at: SourceLocation(path: path, line: tag.line, column: tag.column),
                    "delimiters of one character ('\(tag.name)') are not supported", hint: "use two or more, e.g. {{=<% %>=}}"
                ))
                continue
            }
            do {
                templates[name] = try MustacheTemplate(string: FastEscaping.header + text)
            } catch let error as MustacheTemplate.ParserError {
                // The parser stops where it noticed; an unclosed section is better shown where it opens.
                let unclosed = (error.error as? MustacheTemplate.Error) == .expectedSectionEnd
                    ? TemplateLint.unclosedSection(in: text) : nil
                let location = unclosed.map { SourceLocation(path: path, line: $0.line, column: $0.column) }
                    ?? SourceLocation(path: path, line: error.context.lineNumber - FastEscaping.headerLines, column: error.context.columnNumber + 1)
                let detail = unclosed.map { "section '\($0.name)' is opened but never closed" } ?? describe(error.error)
                diagnostics.append(.error(at: location, "template syntax error: \(detail)"))
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: path), "template syntax error: \(error)"))
            }
        }
        let templatesPath = display(folder)
        for page in requiredPages where sources[page] == nil {
            diagnostics.append(.error(
                at: SourceLocation(path: "\(templatesPath)/\(page).mustache"), "missing template '\(page)'",
                hint: "every site needs \(requiredPages.map { "\($0).mustache" }.joined(separator: ", "))"
            ))
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            diagnostics += TemplateLint.check(source.text, path: source.path, known: Set(sources.keys), name: name)
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let compiled = TemplateCompiler.compile(
            sources.mapValues { FastEscaping.header + $0.text }, contentTypes: FastEscaping.compiledContentTypes
        )
        var programs: [String: TemplateProgram] = [:]
        var notCompiled: [TemplateCompiler.Unsupported] = []
        for (name, result) in compiled.sorted(by: { $0.key < $1.key }) where requiredPages.contains(name) {
            switch result {
            case .success(let program): programs[name] = program
            case .failure(let reason): notCompiled.append(reason)
            }
        }
        let set = TemplateSet(
            library: MustacheLibrary(templates: templates), programs: programs, names: Set(templates.keys), notCompiled: notCompiled
        )
        return (set, diagnostics)
    }

    /// `name → file`, where a template in `partials/` is named `partials/x`.
    private static func templateFiles(in folder: URL) -> [(String, URL)] {
        // A symlinked folder is enumerated through its target.
        let folder = folder.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, URL)] = []
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            files.append((String(relative.dropLast(".mustache".count)), url))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a closing tag does not match the section it closes"
        case .unfinishedName: "a tag is not closed with '}}'"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: "only {{$block}} overrides may stand inside {{<parent}}"
        case .textInsideInheritSection: "only {{$block}} overrides may stand inside {{<parent}}"
        case .invalidConfigVariableSyntax: "malformed config tag"
        case .unrecognisedConfigVariable: "unknown config tag"
        case nil: "\(error)"
        }
    }
}
