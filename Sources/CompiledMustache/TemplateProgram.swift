/// A compiled template: text and lookups, with partials and blocks already
/// in place. Rendering writes bytes; it gives up (`Unrenderable`) only where
/// swift-mustache would write a debug description (a list or an object
/// written as a value), and the caller then renders the page with swift-mustache.
public struct TemplateProgram: Sendable {
    let operations: [Operation]

    public struct Unrenderable: Error, Equatable {
        public let name: String
    }

    public func render(_ root: TemplateValue, into bytes: inout [UInt8]) throws(Unrenderable) {
        var stack = [root]
        try run(operations, stack: &stack, into: &bytes)
    }

    public func render(_ root: TemplateValue) throws(Unrenderable) -> [UInt8] {
        var bytes: [UInt8] = []
        try render(root, into: &bytes)
        return bytes
    }

    private func run(_ operations: [Operation], stack: inout [TemplateValue], into bytes: inout [UInt8]) throws(Unrenderable) {
        for operation in operations {
            switch operation {
            case .text(let text):
                bytes += text
            case .value(let lookup, let escaping):
                switch lookup.resolve(in: stack) {
                case nil: continue
                case .text(let text)?:
                    if let escaping { escaping.append(text, to: &bytes) } else { bytes += text.utf8 }
                case .bool(let flag)?:
                    if let escaping { escaping.append(flag ? "true" : "false", to: &bytes) } else { bytes += (flag ? "true" : "false").utf8 }
                case .number(let number)?:
                    if let escaping { escaping.append(String(number), to: &bytes) } else { bytes += String(number).utf8 }
                case .list?, .object?:
                    throw Unrenderable(name: lookup.name)
                }
            case .section(let lookup, let body):
                switch lookup.resolve(in: stack) {
                case nil: continue
                case .bool(let flag)?:
                    if flag { try run(body, stack: &stack, into: &bytes) }
                case .list(let list)?:
                    for index in 0..<list.count {
                        stack.append(list[index])
                        try run(body, stack: &stack, into: &bytes)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    try run(body, stack: &stack, into: &bytes)
                    stack.removeLast()
                }
            case .indentedPiece(let indentation, let tokens):
                // swift-mustache indents a token's text when the piece so far ends with a line feed.
                let start = bytes.count
                for token in tokens {
                    var text: [UInt8] = []
                    try run(token, stack: &stack, into: &text)
                    guard !text.isEmpty else { continue }
                    if Self.endsWithLineFeed(bytes, from: start) { bytes += indentation }
                    bytes += text
                }
            case .invertedSection(let lookup, let body):
                switch lookup.resolve(in: stack) {
                case nil:
                    try run(body, stack: &stack, into: &bytes)
                case .bool(let flag)?:
                    if !flag { try run(body, stack: &stack, into: &bytes) }
                case .list(let list)? where list.isEmpty:
                    // swift-mustache puts the empty list on top, where no name is found.
                    stack.append(.list(list))
                    try run(body, stack: &stack, into: &bytes)
                    stack.removeLast()
                case .some:
                    continue
                }
            }
        }
    }
}

extension TemplateProgram {
    /// Whether `bytes[start...]` ends with a line feed that is a Character of
    /// its own, not the end of a CR LF.
    static func endsWithLineFeed(_ bytes: [UInt8], from start: Int) -> Bool {
        let count = bytes.count
        guard count > start, bytes[count - 1] == 0x0A else { return false }
        return count - 1 == start || bytes[count - 2] != 0x0D
    }
}

indirect enum Operation: Sendable {
    case text([UInt8])
    /// Nil escaping: written as it is.
    case value(Lookup, escaping: (any TemplateEscaping)?)
    case section(Lookup, [Operation])
    case invertedSection(Lookup, [Operation])
    /// A partial or block indented on its line, and everything rendered
    /// inside it: each token's text is indented where a line starts.
    case indentedPiece(indentation: [UInt8], tokens: [[Operation]])
}

/// A name in a tag, split as swift-mustache splits it.
struct Lookup: Sendable {
    enum Start: Sendable {
        /// `{{.}}` (or an empty name): the object on top.
        case current
        /// `{{.a.b}}`: from the object on top only.
        case top
        /// `{{a.b}}`: `a` from the first object, top down, that has it.
        case stack
    }

    let name: String
    let start: Start
    let parts: [String]

    init(_ name: String) {
        self.name = name
        parts = name.split(separator: ".").map(String.init)
        start = name == "." || name.isEmpty ? .current : name.first == "." ? .top : .stack
    }

    func resolve(in stack: [TemplateValue]) -> TemplateValue? {
        switch start {
        case .current:
            return stack.last
        case .top:
            return Self.resolve(parts[...], from: stack[stack.count - 1])
        case .stack:
            guard let first = parts.first else { return stack.last }
            for value in stack.reversed() {
                if let found = Self.child(named: first, of: value) {
                    return Self.resolve(parts.dropFirst(), from: found)
                }
            }
            return nil
        }
    }

    private static func resolve(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let found = child(named: part, of: value) else { return nil }
            value = found
        }
        return value
    }

    /// Only objects have names in them: texts, numbers, flags and lists have none.
    private static func child(named name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.value(named: name)
    }
}
