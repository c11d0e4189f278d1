/// Reads template text into `TemplateSyntax` the way swift-mustache's parser
/// does, Character by Character, so that a compiled template writes the same
/// bytes as swift-mustache would. It is only given text that swift-mustache
/// has already parsed without error; it fails (`Unsupported`) on what the
/// compiler does not cover: transforms (`{{count(x)}}`) and dynamic partials.
struct TemplateParser {
    struct Unsupported: Error, Equatable {
        let reason: String
    }

    private let characters: [Character]
    private var position = 0

    static func parse(_ text: String) throws(Unsupported) -> [TemplateSyntax] {
        var parser = TemplateParser(characters: Array(text))
        return try parser.parseBody(State())
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    /// What the parser knows at a point of the text.
    private struct State {
        var sectionName: String?
        var atLineStart = true
        /// Directly inside `{{<parent}}`, where only overrides may stand.
        var inParentTopLevel = false
        /// Anywhere inside `{{<parent}}`.
        var inParent = false
        /// The indentation of an override's first line, taken off the lines after it.
        var overrideIndentation: Int?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(section name: String, atLineStart: Bool) -> State {
            var state = self
            state.sectionName = name
            state.inParentTopLevel = false
            if !atLineStart { state.atLineStart = false }
            return state
        }

        func entering(parent name: String) -> State {
            var state = self
            state.sectionName = name
            state.atLineStart = true
            state.inParent = true
            state.inParentTopLevel = true
            return state
        }
    }

    // MARK: - The body of a template or section

    private mutating func parseBody(_ initial: State) throws(Unsupported) -> [TemplateSyntax] {
        var nodes: [TemplateSyntax] = []
        var state = initial
        var whitespaceBefore = ""
        while !atEnd {
            if state.atLineStart {
                let whitespace = read { $0 == " " || $0 == "\t" }
                if state.inParent && !state.inParentTopLevel {
                    if let indentation = state.overrideIndentation {
                        whitespaceBefore = String(whitespace.dropFirst(indentation))
                    } else {
                        state.overrideIndentation = whitespace.count
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = try textUntilTagOrNewline(state)
            if current.isNewline {
                nodes.append(.text(whitespaceBefore + text + String(current)))
                state.atLineStart = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                whitespaceBefore = ""
                state.atLineStart = false
            }
            if atEnd { break }
            var standalone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try name(state)
                if isStandalone(state) {
                    standalone = true
                } else if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                let body = try parseBody(state.entering(section: name, atLineStart: standalone))
                nodes.append(.section(name: name, inverted: inverted, body: body))
            case "/":
                position += 1
                let name = try name(state)
                guard name == state.sectionName else { throw Unsupported(reason: "a section closes with another name") }
                if !isStandalone(state) && !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                }
                return nodes
            case "!":
                position += 1
                try skipComment(state)
                standalone = isStandalone(state)
            case "{", "&":
                let tripleBrace = current == "{"
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                position += 1
                let name = try name(state)
                if tripleBrace {
                    guard current == "}", !atEnd else { throw Unsupported(reason: "an unescaped value is not closed") }
                    position += 1
                }
                nodes.append(.variable(name: name, escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                guard current != "*" || atEnd else { throw Unsupported(reason: "dynamic partials") }
                let name = try partialName(state)
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                nodes.append(.partial(name: name, indentation: standalone ? whitespaceBefore : nil, overrides: nil))
                whitespaceBefore = ""
            case "<":
                position += 1
                _ = read { $0.isWhitespace }
                let name = try partialName(state)
                guard name.first != "*" else { throw Unsupported(reason: "dynamic partials") }
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                var overrides: [String: [TemplateSyntax]] = [:]
                for node in try parseBody(state.entering(parent: name)) {
                    switch node {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: continue
                    default: throw Unsupported(reason: "a tag inside {{<\(name)}} that is not an override")
                    }
                }
                nodes.append(.partial(name: name, indentation: whitespaceBefore, overrides: overrides))
                whitespaceBefore = ""
            case "$":
                position += 1
                let name = try name(state)
                if state.inParentTopLevel {
                    standalone = isStandalone(state)
                    let body = try parseBody(state.entering(section: name, atLineStart: standalone))
                    nodes.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                    standalone = isStandalone(state)
                    let body = try parseBody(state.entering(section: name, atLineStart: standalone))
                    nodes.append(.blockExpansion(name: name, body: body, indentation: whitespaceBefore))
                    whitespaceBefore = ""
                }
            case "=":
                position += 1
                try setDelimiters(&state)
                standalone = isStandalone(state)
            case "%":
                position += 1
                nodes.append(.contentType(try contentTypeName(state)))
                standalone = isStandalone(state)
            default:
                if !whitespaceBefore.isEmpty {
                    nodes.append(.text(whitespaceBefore))
                    whitespaceBefore = ""
                }
                nodes.append(.variable(name: try name(state), escaped: true))
            }
            state.atLineStart = standalone
        }
        guard initial.sectionName == nil else { throw Unsupported(reason: "a section is not closed") }
        return nodes
    }

    // MARK: - Text

    /// Text up to a newline (not taken) or an opening delimiter (taken).
    private mutating func textUntilTagOrNewline(_ state: State) throws(Unsupported) -> String {
        guard let first = state.open.first else { return "" }
        var text = ""
        while !atEnd {
            let start = position
            while !atEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != first {
                position += 1
            }
            text += String(characters[start..<position])
            if current.isNewline { break }
            if current == first {
                if try take(state.open) { break }
                text.append(first)
                position += 1
            }
        }
        return text
    }

    /// A standalone tag has only spaces and tabs around it on its line:
    /// the rest of that line, its newline included, is dropped.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    // MARK: - Tags

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    private mutating func name(_ state: State) throws(Unsupported) -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard try take(state.close) else { throw Unsupported(reason: "a tag is not closed") }
        guard !name.contains("("), !name.contains(")") else { throw Unsupported(reason: "transforms such as {{\(name)}}") }
        return name
    }

    private mutating func partialName(_ state: State) throws(Unsupported) -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard try take(state.close) else { throw Unsupported(reason: "a partial's tag is not closed") }
        return name
    }

    /// Skips to the end of the closing delimiter, matched as swift-mustache
    /// matches it: a mismatch starts the match again at the next character.
    private mutating func skipComment(_ state: State) throws(Unsupported) {
        var matched = 0
        while !atEnd {
            if characters[position] == state.close[matched] {
                matched += 1
                if matched == state.close.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw Unsupported(reason: "a comment is not closed")
    }

    private mutating func setDelimiters(_ state: inout State) throws(Unsupported) {
        _ = read { $0.isWhitespace }
        guard let open = readUntil({ $0.isWhitespace }) else { throw Unsupported(reason: "malformed delimiters") }
        _ = read { $0.isWhitespace }
        guard let close = readUntil({ $0 == "=" || $0.isWhitespace }) else { throw Unsupported(reason: "malformed delimiters") }
        _ = read { $0.isWhitespace }
        guard !atEnd, current == "=" else { throw Unsupported(reason: "malformed delimiters") }
        position += 1
        guard try take(state.close), !open.isEmpty, !close.isEmpty else { throw Unsupported(reason: "malformed delimiters") }
        state.open = Array(open)
        state.close = Array(close)
        state.inParentTopLevel = false
    }

    private static let configCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    private mutating func contentTypeName(_ state: State) throws(Unsupported) -> String {
        _ = read { $0.isWhitespace }
        let variable = read { Self.configCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard !atEnd, current == ":" else { throw Unsupported(reason: "malformed config tag") }
        position += 1
        _ = read { $0.isWhitespace }
        let value = read { Self.configCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard try take(state.close), variable == "CONTENT_TYPE", !value.isEmpty else {
            throw Unsupported(reason: "malformed config tag")
        }
        return value
    }

    // MARK: - Reading

    private var atEnd: Bool { position == characters.count }

    /// The character here, or NUL at the end, as swift-mustache's parser answers.
    private var current: Character { atEnd ? "\0" : characters[position] }

    private mutating func read(while test: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, test(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Up to the first character that passes `test`, or nil (reading nothing) when none does.
    private mutating func readUntil(_ test: (Character) -> Bool) -> String? {
        let start = position
        while !atEnd {
            if test(characters[position]) { return String(characters[start..<position]) }
            position += 1
        }
        position = start
        return nil
    }

    /// Takes `expected` when the text goes on with it. Running out of text
    /// before `expected` is whole is an error in swift-mustache.
    private mutating func take(_ expected: [Character]) throws(Unsupported) -> Bool {
        guard characters.count - position >= expected.count else { throw Unsupported(reason: "the text ends inside a tag") }
        guard characters[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }
}
