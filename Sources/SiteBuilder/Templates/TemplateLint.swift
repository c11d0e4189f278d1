import ContentFormat
import Foundation

/// Checks on template text that the Mustache library does not make: every
/// partial and parent named must exist, and only values prepared as HTML
/// (keys ending in `_html`) may be written unescaped.
enum TemplateLint {
    static func check(_ text: String, path: String, known: Set<String>, name: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for tag in tags(in: text) {
            let location = SourceLocation(path: path, line: tag.line, column: tag.column)
            switch tag.sigil {
            case ">", "<":
                if !known.contains(tag.name) {
                    let kind = tag.sigil == ">" ? "partial" : "parent template"
                    diagnostics.append(.error(at: location, "missing \(kind) '\(tag.name)'", hint: "expected Templates/\(tag.name).mustache"))
                }
            case "{", "&":
                if !tag.name.hasSuffix("_html") {
                    diagnostics.append(.error(
                        at: location, "'\(tag.name)' is written without HTML escaping",
                        hint: "use {{\(tag.name)}}; only values named *_html are prepared as HTML"
                    ))
                }
            default:
                break
            }
        }
        return diagnostics
    }

    /// A set-delimiter tag (`{{=[ ]=}}`) whose new opening delimiter is one
    /// character: swift-mustache's parser stops the process on a section
    /// that closes where it opens under such delimiters, so they are refused.
    /// Follows the delimiters in force from tag to tag.
    static func singleCharacterDelimiter(in text: String) -> Tag? {
        let characters = Array(text)
        var open: [Character] = ["{", "{"], close: [Character] = ["}", "}"]
        var line = 1, column = 1, index = 0
        func starts(with delimiter: [Character], at position: Int) -> Bool {
            position + delimiter.count <= characters.count && characters[position..<position + delimiter.count].elementsEqual(delimiter)
        }
        while index < characters.count {
            if starts(with: open, at: index), index + open.count < characters.count, characters[index + open.count] == "=" {
                var end = index + open.count + 1
                while end < characters.count, !(characters[end] == "=" && starts(with: close, at: end + 1)) { end += 1 }
                let parts = String(characters[(index + open.count + 1)..<min(end, characters.count)]).split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    if parts[0].count == 1 { return Tag(sigil: "=", name: String(parts[0]), line: line, column: column) }
                    (open, close) = (Array(parts[0]), Array(parts[1]))
                }
            }
            if characters[index].isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return nil
    }

    /// The innermost section (`{{#x}}`, `{{^x}}`, `{{$x}}`, `{{<x}}`) still open at the end of the text.
    static func unclosedSection(in text: String) -> Tag? {
        var open: [Tag] = []
        for tag in tags(in: text) {
            switch tag.sigil {
            case "#", "^", "$", "<": open.append(tag)
            case "/": if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
            default: break
            }
        }
        return open.last
    }

    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// Tags with the default `{{ }}` delimiters, with their position.
    static func tags(in text: String) -> [Tag] {
        var result: [Tag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
                let inner = text[text.index(index, offsetBy: 2)..<close.lowerBound]
                let trimmed = inner.trimmingCharacters(in: .whitespaces)
                let sigil = trimmed.first.flatMap { "#^/>{&<$!=".contains($0) ? $0 : nil }
                var name = sigil == nil ? trimmed : String(trimmed.dropFirst())
                name = name.trimmingCharacters(in: CharacterSet(charactersIn: " }"))
                result.append(Tag(sigil: sigil, name: name, line: line, column: column))
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return result
    }
}
