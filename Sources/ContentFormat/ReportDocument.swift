import Foundation

/// One content file split into its front matter and its Markdown body.
public struct ReportDocument: Sendable, Equatable {
    public var path: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which `body` begins, so Markdown positions map back to the file.
    public var bodyStartLine: Int

    public init(path: String, frontMatter: FrontMatter, body: String, bodyStartLine: Int) {
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// Decodes and parses a content file. Every problem found is reported:
    /// errors make the result nil, warnings (unknown keys) ride along.
    public static func parse(bytes: [UInt8], path: String) -> (ReportDocument?, [Diagnostic]) {
        switch UTF8Text.decode(bytes, path: path) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let text):
            return parse(text: text, path: path)
        }
    }

    public static func parse(text: String, path: String) -> (ReportDocument?, [Diagnostic]) {
        let start = SourceLocation(path: path)
        if text.allSatisfy(\.isWhitespace) {
            return (nil, [.error(at: start, "the file is empty", hint: "a report starts with front matter between two '---' lines")])
        }
        // Only the front matter's lines are looked at: the body is taken whole.
        var lines = TextLines(text)
        guard let opening = lines.next(), isFence(opening.text) else {
            return (nil, [.error(
                at: start, "missing front matter: the file must start with a line '---'",
                hint: "did you forget to add '---' above 'title:'?"
            )])
        }
        var closingLine: (line: TextLines.Line, index: Int)?
        var index = 0
        while let line = lines.next() {
            index += 1
            if isFence(line.text) || line.text == "..." {
                closingLine = (line, index)
                break
            }
        }
        guard let (closingLine, closing) = closingLine, let yamlStart = opening.next else {
            return (nil, [.error(
                at: start, "front matter is not closed: no second '---' line",
                hint: "add a line '---' after the last front matter key"
            )])
        }
        // The lines between the fences, without the line break that ends the last.
        let yaml = closing == 1 ? "" : String(text[yamlStart..<text.utf8.index(before: closingLine.start)])
        // Line 1 of the YAML block is line 2 of the file.
        var parser = FrontMatterParser(path: path, lineOffset: 1)
        let frontMatter = parser.parse(yaml: yaml)
        let body = closingLine.next.map { String(text[$0...]) } ?? ""
        guard let frontMatter, !parser.diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, parser.diagnostics)
        }
        let document = ReportDocument(path: path, frontMatter: frontMatter, body: body, bodyStartLine: closing + 2)
        return (document, parser.diagnostics)
    }

    /// `---` with only spaces around it (`CharacterSet.whitespaces`).
    private static func isFence(_ line: Substring) -> Bool {
        Blanks.trimmed(line, Blanks.isSpace) == "---"
    }
}

/// The lines of a text one at a time, split where `split(separator: "\n")`
/// splits its Characters: at every line feed but one that follows a carriage
/// return, since "\r\n" is a single Character. Found on the UTF-8 bytes.
struct TextLines: IteratorProtocol {
    struct Line {
        let start: String.Index
        let text: Substring
        /// Where the next line starts; nil for the last line.
        let next: String.Index?
    }

    private let text: String
    private var position: String.Index?

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Line? {
        guard let start = position else { return nil }
        let utf8 = text.utf8
        var cursor = start
        while cursor < utf8.endIndex {
            if utf8[cursor] == Self.lineFeed, cursor == utf8.startIndex || utf8[utf8.index(before: cursor)] != Self.carriageReturn {
                let next = utf8.index(after: cursor)
                position = next
                return Line(start: start, text: text[start..<cursor], next: next)
            }
            cursor = utf8.index(after: cursor)
        }
        position = nil
        return Line(start: start, text: text[start...], next: nil)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}

/// Strict UTF-8 decoding that says where the first bad byte is.
public enum UTF8Text {
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return .success(hasCarriageReturn(body) ? unixLineEnds(body) : text)
        }
        let location = locationOfFirstInvalidByte(body, path: path)
        return .failure(.error(at: location, "the file is not valid UTF-8", hint: "save it as UTF-8, or run 'pufa-site import' on it"))
    }

    private static let carriageReturn = UInt8(ascii: "\r")

    /// Searched with `memchr`: every file is searched whole, and most have no CR.
    static func hasCarriageReturn(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let start = raw.baseAddress, !raw.isEmpty else { return false }
            return memchr(start, Int32(carriageReturn), raw.count) != nil
        }
    }

    /// CR LF → LF, on the bytes: a CR is ASCII, so dropping it keeps valid UTF-8 valid.
    static func unixLineEnds(_ bytes: ArraySlice<UInt8>) -> String {
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if !(byte == carriageReturn && next < bytes.endIndex && bytes[next] == UInt8(ascii: "\n")) {
                joined.append(byte)
            }
            index = next
        }
        return String(decoding: joined, as: UTF8.self)
    }

    static func locationOfFirstInvalidByte(_ bytes: ArraySlice<UInt8>, path: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            let end = index + length
            if length == 0 || end > bytes.endIndex || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                break
            }
            if lead == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = end
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
