/// A compiled template: text and lookups, with partials and blocks already
/// in place, laid out as a flat list of instructions over one buffer of
/// text, so running it copies no counted references but the values it looks up.
/// Rendering writes bytes; it gives up (`Unrenderable`) only where
/// swift-mustache would write a debug description (a list or an object
/// written as a value), and the caller then renders the page with swift-mustache.
public struct TemplateProgram: Sendable {
    private let code: [Instruction]
    private let text: [UInt8]
    private let names: [String]
    private let lookups: [FlatLookup]
    private let escapings: [any TemplateEscaping]

    public struct Unrenderable: Error, Equatable {
        public let name: String
    }

    init(operations: [Operation]) {
        var layout = Layout()
        layout.lay(operations)
        code = layout.code
        text = layout.text
        names = layout.names
        lookups = layout.lookups
        escapings = layout.escapings
    }

    public func render(_ root: TemplateValue, into bytes: inout [UInt8]) throws(Unrenderable) {
        try render(root, into: &bytes, pieces: nil)
    }

    /// The same bytes as `render(_:)`, handed to `emit` in pieces of about
    /// `pieceSize` bytes, cut between the elements of lists, as they are
    /// made. A page of tens of megabytes (a home page listing every region)
    /// is then never held whole, nor copied as an array grows to hold it.
    /// When it throws, some pieces may have been handed out already: they
    /// are the start of a page that cannot be rendered here.
    public func renderPieces(_ root: TemplateValue, pieceSize: Int, emit: ([UInt8]) -> Void) throws(Unrenderable) {
        try withoutActuallyEscaping(emit) { (emit) throws(Unrenderable) in
            let pieces = Pieces(size: pieceSize, emit: emit)
            var last: [UInt8] = []
            last.reserveCapacity(pieceSize)
            try render(root, into: &last, pieces: pieces)
            emit(last)
        }
    }

    private func render(_ root: TemplateValue, into bytes: inout [UInt8], pieces: Pieces?) throws(Unrenderable) {
        var stack = [root]
        try code.withUnsafeBufferPointer { code throws(Unrenderable) in
            try text.withUnsafeBufferPointer { text throws(Unrenderable) in
                try names.withUnsafeBufferPointer { names throws(Unrenderable) in
                    try lookups.withUnsafeBufferPointer { lookups throws(Unrenderable) in
                        let slots = SlotCache(names: names.count)
                        defer { slots.deallocate() }
                        let machine = Machine(code: code, text: text, names: names, lookups: lookups, escapings: escapings,
                                              slots: slots, pieces: pieces)
                        try machine.run(0..<code.count, stack: &stack, into: &bytes)
                    }
                }
            }
        }
    }

    public func render(_ root: TemplateValue) throws(Unrenderable) -> [UInt8] {
        var bytes: [UInt8] = []
        try render(root, into: &bytes)
        return bytes
    }
}

/// One step of a program. A section's body is the instructions after it, up
/// to `end`; an indented piece's body is a run of tokens, each with its own body.
struct Instruction {
    enum Kind: UInt8 {
        /// `text[first..<first + count]`.
        case text
        /// The value of lookup `first`, escaped by `escapings[count]`, or as it is when `count` is -1.
        case value
        /// Lookup `first`.
        case section, invertedSection
        /// Indentation `text[first..<first + count]`, then tokens.
        case indentedPiece
        /// One token of an indented piece: its body is written apart, to see what it wrote.
        case token
    }

    var kind: Kind
    var first: Int32
    var count: Int32
    var end: Int32
}

/// A lookup as indices into the program's names.
struct FlatLookup {
    var start: Lookup.Start
    var firstPart: Int32
    var partCount: Int32
    /// The name as written, for `Unrenderable`.
    var whole: Int32
}

/// Lays `Operation`s out as instructions.
private struct Layout {
    var code: [Instruction] = []
    var text: [UInt8] = []
    var names: [String] = []
    var lookups: [FlatLookup] = []
    var escapings: [any TemplateEscaping] = []

    mutating func lay(_ operations: [Operation]) {
        for operation in operations {
            switch operation {
            case .text(let bytes):
                code.append(Instruction(kind: .text, first: Int32(text.count), count: Int32(bytes.count), end: 0))
                text += bytes
            case .value(let lookup, let escaping):
                var escapingIndex: Int32 = -1
                if let escaping {
                    escapingIndex = Int32(escapings.count)
                    escapings.append(escaping)
                }
                code.append(Instruction(kind: .value, first: add(lookup), count: escapingIndex, end: 0))
            case .section(let lookup, let body):
                layBody(.section, first: add(lookup), count: 0, body)
            case .invertedSection(let lookup, let body):
                layBody(.invertedSection, first: add(lookup), count: 0, body)
            case .indentedPiece(let indentation, let tokens):
                let start = code.count
                code.append(Instruction(kind: .indentedPiece, first: Int32(text.count), count: Int32(indentation.count), end: 0))
                text += indentation
                for token in tokens { layBody(.token, first: 0, count: 0, token) }
                code[start].end = Int32(code.count)
            }
        }
    }

    private mutating func layBody(_ kind: Instruction.Kind, first: Int32, count: Int32, _ body: [Operation]) {
        let start = code.count
        code.append(Instruction(kind: kind, first: first, count: count, end: 0))
        lay(body)
        code[start].end = Int32(code.count)
    }

    private mutating func add(_ lookup: Lookup) -> Int32 {
        let whole = Int32(names.count)
        names.append(lookup.name)
        let firstPart = Int32(names.count)
        names += lookup.parts
        lookups.append(FlatLookup(start: lookup.start, firstPart: firstPart, partCount: Int32(lookup.parts.count), whole: whole))
        return Int32(lookups.count - 1)
    }
}

/// Where a page is cut into pieces as it is written (`renderPieces`).
private final class Pieces {
    let size: Int
    let emit: ([UInt8]) -> Void

    init(size: Int, emit: @escaping ([UInt8]) -> Void) {
        self.size = size
        self.emit = emit
    }

    /// Hands `bytes` on once it has reached the size, leaving an empty
    /// array with room for the next piece.
    func cutIfFull(_ bytes: inout [UInt8]) {
        guard bytes.count >= size else { return }
        emit(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Runs instructions against a stack of values, top last.
private struct Machine {
    let code: UnsafeBufferPointer<Instruction>
    let text: UnsafeBufferPointer<UInt8>
    let names: UnsafeBufferPointer<String>
    let lookups: UnsafeBufferPointer<FlatLookup>
    let escapings: [any TemplateEscaping]
    let slots: SlotCache
    /// Where the output is cut into pieces, if it is: only between the
    /// elements of a list, and never inside an indented piece, which reads
    /// back what it wrote.
    var pieces: Pieces?

    func run(_ range: Range<Int>, stack: inout [TemplateValue], into bytes: inout [UInt8]) throws(TemplateProgram.Unrenderable) {
        var index = range.lowerBound
        while index < range.upperBound {
            let instruction = code[index]
            // Only sections, pieces and tokens have a body.
            var body: Range<Int> { (index + 1)..<Int(instruction.end) }
            switch instruction.kind {
            case .text:
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[Int(instruction.first)..<Int(instruction.first + instruction.count)]))
                index += 1
                continue
            case .value:
                try write(resolve(Int(instruction.first), in: stack), lookup: Int(instruction.first), escaping: Int(instruction.count), into: &bytes)
                index += 1
                continue
            case .section:
                switch resolve(Int(instruction.first), in: stack) {
                case nil: break
                case .bool(let flag)?:
                    if flag { try run(body, stack: &stack, into: &bytes) }
                case .list(let list)?:
                    for element in 0..<list.count {
                        stack.append(list[element])
                        try run(body, stack: &stack, into: &bytes)
                        stack.removeLast()
                        pieces?.cutIfFull(&bytes)
                    }
                case let value?:
                    stack.append(value)
                    try run(body, stack: &stack, into: &bytes)
                    stack.removeLast()
                }
            case .invertedSection:
                switch resolve(Int(instruction.first), in: stack) {
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
                    break
                }
            case .indentedPiece:
                try runIndented(instruction, tokens: body, stack: &stack, into: &bytes)
            case .token:
                try run(body, stack: &stack, into: &bytes)
            }
            index = Int(instruction.end)
        }
    }

    /// swift-mustache indents a token's text when the piece so far ends with a line feed.
    private func runIndented(
        _ piece: Instruction, tokens: Range<Int>, stack: inout [TemplateValue], into bytes: inout [UInt8]
    ) throws(TemplateProgram.Unrenderable) {
        let start = bytes.count
        let indentation = UnsafeBufferPointer(rebasing: text[Int(piece.first)..<Int(piece.first + piece.count)])
        var whole = self
        whole.pieces = nil
        var token = tokens.lowerBound
        while token < tokens.upperBound {
            var written: [UInt8] = []
            try whole.run(token..<(token + 1), stack: &stack, into: &written)
            token = Int(code[token].end)
            guard !written.isEmpty else { continue }
            if TemplateProgram.endsWithLineFeed(bytes, from: start) { bytes.append(contentsOf: indentation) }
            bytes += written
        }
    }

    private func write(_ value: TemplateValue?, lookup: Int, escaping: Int, into bytes: inout [UInt8]) throws(TemplateProgram.Unrenderable) {
        let written: String
        switch value {
        case nil: return
        case .text(let text)?: written = text
        case .utf8(let text)? where escaping < 0:
            bytes += text
            return
        case .utf8(let text)?: written = String(decoding: text, as: UTF8.self)
        case .bool(let flag)?: written = flag ? "true" : "false"
        case .number(let number)?: written = String(number)
        case .list?, .object?: throw TemplateProgram.Unrenderable(name: names[Int(lookups[lookup].whole)])
        }
        if escaping < 0 {
            bytes += written.utf8
        } else {
            escapings[escaping].append(written, to: &bytes)
        }
    }

    private func resolve(_ index: Int, in stack: [TemplateValue]) -> TemplateValue? {
        let lookup = lookups[index]
        let parts = Int(lookup.firstPart)..<Int(lookup.firstPart + lookup.partCount)
        switch lookup.start {
        case .current:
            return stack.last
        case .top:
            return descend(parts, from: stack[stack.count - 1])
        case .stack:
            guard !parts.isEmpty else { return stack.last }
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let object) = stack[level], let found = value(named: parts.lowerBound, in: object) {
                    return descend(parts.dropFirst(), from: found)
                }
                level -= 1
            }
            return nil
        }
    }

    /// Only objects have names in them: texts, numbers, flags and lists have none.
    private func descend(_ parts: Range<Int>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .object(let object) = value, let found = self.value(named: part, in: object) else { return nil }
            value = found
        }
        return value
    }

    /// `object.value(named: names[name])`, through the slot its type keeps the name in.
    @inline(__always)
    private func value(named name: Int, in object: any TemplateObject) -> TemplateValue? {
        let type = Swift.type(of: object)
        switch slots.slot(of: name, for: ObjectIdentifier(type), finding: { type.slot(named: names[name]) }) {
        case .byName: return object.value(named: names[name])
        case .absent: return nil
        case .slot(let slot): return object.value(inSlot: slot)
        }
    }
}

/// For each name of a program, the slot the last two types of object asked
/// for it keep it in: a page asks the rows of a table for the same names
/// thousands of times, and usually of one type or two (a row, the page
/// around it). Made for one rendering, on one thread.
struct SlotCache {
    private struct Entry {
        var type: ObjectIdentifier?
        var slot: TemplateSlot
    }

    /// Two entries per name, the more recent first.
    private let entries: UnsafeMutableBufferPointer<Entry>

    init(names: Int) {
        entries = .allocate(capacity: 2 * names)
        entries.initialize(repeating: Entry(type: nil, slot: .byName))
    }

    func deallocate() {
        entries.deallocate()
    }

    @inline(__always)
    func slot(of name: Int, for type: ObjectIdentifier, finding: () -> TemplateSlot) -> TemplateSlot {
        let first = 2 * name
        if entries[first].type == type { return entries[first].slot }
        if entries[first + 1].type == type { return entries[first + 1].slot }
        let slot = finding()
        entries[first + 1] = entries[first]
        entries[first] = Entry(type: type, slot: slot)
        return slot
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
