/// Turns a set of templates into programs: partials and `{{<parent}}`
/// blocks are put in place once, names are split once, text is encoded once,
/// and each value's escaping is settled where it stands. A template is
/// compiled only when everything it uses is covered; otherwise the reason is
/// given and swift-mustache renders it.
///
/// Not covered: transforms (`{{count(x)}}`), dynamic partials, a content
/// type the caller did not give, and partials or blocks that include
/// themselves (their depth depends on the data).
public enum TemplateCompiler {
    public struct Unsupported: Error, Equatable, CustomStringConvertible {
        public let template: String
        public let reason: String
        public var description: String { "\(template): \(reason)" }
    }

    /// Each template by name, compiled or with the reason it is not.
    /// `sources` are the texts exactly as swift-mustache was given them.
    public static func compile(
        _ sources: [String: String], contentTypes: ContentTypes = ContentTypes()
    ) -> [String: Result<TemplateProgram, Unsupported>] {
        var parsed: [String: Result<[TemplateSyntax], TemplateParser.Unsupported>] = [:]
        for (name, text) in sources {
            parsed[name] = Result { () throws(TemplateParser.Unsupported) in try TemplateParser.parse(text) }
        }
        let compiler = Compiler(library: parsed, contentTypes: contentTypes)
        var programs: [String: Result<TemplateProgram, Unsupported>] = [:]
        for name in sources.keys {
            do {
                let operations = try compiler.compile(template: name, overrides: [:], depth: 0, indentation: "")
                programs[name] = .success(TemplateProgram(operations: operations))
            } catch {
                programs[name] = .failure(Unsupported(template: name, reason: error.reason))
            }
        }
        return programs
    }

    /// Partials and blocks nested deeper than this are taken for one that includes itself.
    static let maximumDepth = 32

    private struct Compiler {
        let library: [String: Result<[TemplateSyntax], TemplateParser.Unsupported>]
        let contentTypes: ContentTypes

        /// What swift-mustache renders for a partial: its own content type
        /// (the default, whatever includes it), and the overrides and
        /// indentation it was included with.
        func compile(
            template name: String, overrides: [String: [TemplateSyntax]], depth: Int, indentation: String
        ) throws(TemplateParser.Unsupported) -> [Operation] {
            // swift-mustache renders a partial it does not have as nothing.
            guard let parsed = library[name] else { return [] }
            switch parsed {
            case .success(let nodes):
                var contentType = ContentTypes.initial
                return try compile(nodes, contentType: &contentType, overrides: overrides, depth: depth, indentation: indentation)
            case .failure(let failure):
                throw depth == 0 ? failure : TemplateParser.Unsupported(reason: "partial '\(name)': \(failure.reason)")
            }
        }

        /// One list of nodes, rendered by swift-mustache as one piece of text.
        /// `contentType` is the one in force; a content-type tag changes it
        /// for the rest of the list, sections in it included. With an
        /// indentation (a partial or block indented on its line), each
        /// node's text gets it when the piece so far ends a line.
        func compile(
            _ nodes: [TemplateSyntax], contentType: inout String, overrides: [String: [TemplateSyntax]], depth: Int, indentation: String
        ) throws(TemplateParser.Unsupported) -> [Operation] {
            guard depth <= TemplateCompiler.maximumDepth else {
                throw TemplateParser.Unsupported(reason: "partials or blocks nested more than \(TemplateCompiler.maximumDepth) deep, as one that includes itself is")
            }
            var tokens: [[Operation]] = []
            for node in nodes {
                tokens.append(try compile(node, contentType: &contentType, overrides: overrides, depth: depth, indentation: indentation))
            }
            if indentation.isEmpty {
                var operations: [Operation] = []
                for token in tokens { operations.appendAll(token) }
                return operations
            }
            return [.indentedPiece(indentation: Array(indentation.utf8), tokens: tokens)]
        }

        private func compile(
            _ node: TemplateSyntax, contentType: inout String, overrides: [String: [TemplateSyntax]], depth: Int, indentation: String
        ) throws(TemplateParser.Unsupported) -> [Operation] {
            switch node {
            case .text(let text):
                return text.isEmpty ? [] : [.text(Array(text.utf8))]
            case .variable(let name, let escaped):
                guard escaped else { return [.value(Lookup(name), escaping: nil)] }
                guard let escaping = contentTypes.escaping(named: contentType) else {
                    throw TemplateParser.Unsupported(reason: "content type '\(contentType)'")
                }
                return [.value(Lookup(name), escaping: escaping)]
            case .section(let name, let inverted, let body):
                var inner = contentType
                let compiled = try compile(body, contentType: &inner, overrides: overrides, depth: depth, indentation: indentation)
                return [inverted ? .invertedSection(Lookup(name), compiled) : .section(Lookup(name), compiled)]
            case .blockExpansion(let name, let body, let added):
                var inner = contentType
                // An override can expand its own block again: counted as a level, like a partial.
                return try compile(overrides[name] ?? body, contentType: &inner, overrides: overrides, depth: depth + 1, indentation: indentation + added)
            case .partial(let name, let added, let partialOverrides):
                // The overrides given first, by the outermost child, win.
                let merged = partialOverrides.map { overrides.merging($0) { outer, _ in outer } } ?? overrides
                return try compile(template: name, overrides: merged, depth: depth + 1, indentation: indentation + (added ?? ""))
            case .contentType(let name):
                contentType = name
                return []
            case .blockDefinition(let name, _):
                throw TemplateParser.Unsupported(reason: "an override {{$\(name)}} outside {{<parent}}")
            }
        }
    }
}

extension [Operation] {
    /// Adjacent texts are written as one.
    mutating func appendAll(_ operations: [Operation]) {
        for operation in operations {
            if case .text(let bytes) = operation, case .text(let previous)? = last {
                self[count - 1] = .text(previous + bytes)
            } else {
                append(operation)
            }
        }
    }
}
