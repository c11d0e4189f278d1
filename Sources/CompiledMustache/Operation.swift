/// What the compiler makes of a template before it is laid out flat
/// (`TemplateProgram`): partials and blocks in place, texts joined.
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
}
