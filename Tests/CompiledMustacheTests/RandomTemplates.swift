import PropertyBased
@testable import CompiledMustache

/// Random templates and views from a seed, for comparing compiled programs
/// with swift-mustache. The pieces are the ones whose handling is easy to get
/// wrong: whitespace and newlines around standalone tags, nested and inverted
/// sections, partials and parents with blocks, dotted names, changed
/// delimiters, content types, and text that must be escaped.
struct RandomTemplates {
    private var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Names written as values; an object or a list written as a value is left to swift-mustache, so they are rare.
    static let names = ["a", "a", "b", "b", "n", "flag", "off", "obj.a", "obj.a", ".a", "missing", "has_a", "a.b", "obj.n", "list", "."]
    static let texts = ["abc", " ", "  ", "\t", "\n", "\n", "\r\n", "中文", "<&>\"'", "x{y", "}", "\n  ", " \n", "\r", "é", "{ "]
    static let keys = ["a", "b", "n", "flag", "off", "list", "empty", "obj", "has_a"]

    // MARK: Templates

    /// A template body; `partials` says which partials it may include, and
    /// `blocks` whether it may have `{{$b}}` blocks: a partial included in an
    /// override must not, or the override would expand itself without end.
    mutating func template(depth: Int = 0, partials: [String], blocks: Bool = true) -> String {
        var delimiters = ("{{", "}}")
        return sequence(depth: depth, delimiters: &delimiters, partials: partials, blocks: blocks)
    }

    /// A parent template: text and tags with blocks `b` and `c` to override.
    mutating func parent() -> String {
        var delimiters = ("{{", "}}")
        var text = ""
        for _ in 0..<random.int(in: 1...4) {
            let (open, close) = delimiters
            var inner = delimiters
            switch random.int(in: 0...3) {
            case 0:
                let body = sequence(depth: 2, delimiters: &inner, partials: [])
                text += "\(open)$b\(close)\(body)\(inner.0)/b\(inner.1)"
            case 1:
                let body = sequence(depth: 2, delimiters: &inner, partials: [])
                text += "\n\(open)$c\(close)\n\(body)\n\(inner.0)/c\(inner.1)\n"
            default: text += sequence(depth: 2, delimiters: &delimiters, partials: [])
            }
        }
        return text
    }

    private mutating func sequence(depth: Int, delimiters: inout (String, String), partials: [String], blocks: Bool = true) -> String {
        var text = ""
        for _ in 0..<random.int(in: 1...(depth > 2 ? 2 : 5)) {
            text += piece(depth: depth, delimiters: &delimiters, partials: partials, blocks: blocks)
        }
        return text
    }

    private mutating func piece(depth: Int, delimiters: inout (String, String), partials: [String], blocks: Bool) -> String {
        let (open, close) = delimiters
        let space = random.element(of: ["", "", " ", "  "])
        let name = random.element(of: Self.names)
        let lineStart = random.element(of: ["", "", "\n", "\n  ", "\n\t"])
        let lineEnd = random.element(of: ["", "", "\n", " \n", "\r\n"])
        let choice = depth > 2 ? random.int(in: 0...3) : random.int(in: 0...14)
        switch choice {
        case 0, 1: return random.element(of: Self.texts)
        case 2: return "\(open)\(space)\(name)\(space)\(close)"
        case 3: return open == "{{" ? "{{{\(name)}}}" : "\(open)&\(name)\(close)"
        case 4, 5, 6:
            let sigil = random.element(of: ["#", "#", "^"])
            let sectionName = random.element(of: ["flag", "off", "list", "empty", "obj", "a", "n", "missing", "obj.list", "b"])
            var inner = delimiters
            let body = sequence(depth: depth + 1, delimiters: &inner, partials: partials, blocks: blocks)
            return "\(lineStart)\(open)\(sigil)\(sectionName)\(close)\(lineEnd)\(body)\(lineStart)\(inner.0)/\(sectionName)\(inner.1)\(lineEnd)"
        case 7: return "\(lineStart)\(open)! a comment \(close)\(lineEnd)"
        case 8:
            guard let partial = partials.randomElement(using: &random) else { return "p" }
            return "\(lineStart)\(open)>\(space)\(partial)\(space)\(close)\(lineEnd)"
        case 9:
            guard partials.contains("parent") else { return "q" }
            var inner = delimiters
            // An override that expands its own block again never ends, in swift-mustache too.
            let override = sequence(depth: depth + 1, delimiters: &inner, partials: partials.filter { $0 != "parent" }, blocks: false)
            let block = random.element(of: ["b", "c"])
            return "\(lineStart)\(open)<parent\(close)\(lineEnd)\(open)$\(block)\(close)\(override)\(inner.0)/\(block)\(inner.1)\(lineEnd)\(open)/parent\(close)\(lineEnd)"
        case 10:
            guard blocks else { return "r" }
            var inner = delimiters
            let body = sequence(depth: depth + 1, delimiters: &inner, partials: partials)
            return "\(lineStart)\(open)$b\(close)\(lineEnd)\(body)\(inner.0)/b\(inner.1)"
        case 11:
            let next = random.element(of: [("{{", "}}"), ("<%", "%>"), ("[[", "]]")])
            delimiters = next
            return "\(lineStart)\(open)=\(next.0) \(next.1)=\(close)\(lineEnd)"
        case 12:
            let type = random.element(of: ["HTML", "TEXT", "BRACKETS"])
            return "\(lineStart)\(open)% CONTENT_TYPE: \(type) \(close)\(lineEnd)"
        default: return lineStart + random.element(of: Self.texts) + lineEnd
        }
    }

    // MARK: Views

    mutating func view(depth: Int = 0) -> TemplateValue {
        // Some objects answer a fixed set of names from slots, as table rows do,
        // so one name is asked of objects of several types on one page.
        switch random.int(in: 0...3) {
        case 0: return .object(SlottedRow(values: SlottedRow.names.map { value(for: $0, depth: depth) }))
        case 1: return .object(OtherSlottedRow(values: OtherSlottedRow.names.map { value(for: $0, depth: depth) }))
        default: break
        }
        var values: [String: TemplateValue] = [:]
        for key in Self.keys where random.int(in: 0...3) > 0 {
            values[key] = value(for: key, depth: depth)
        }
        return .object(TestObject(values: values))
    }

    private mutating func value(for key: String, depth: Int) -> TemplateValue {
        switch key {
        case "flag": return .bool(true)
        case "off": return .bool(false)
        case "n": return .number(random.int(in: -3...1200))
        case "empty": return .list([])
        case "list" where depth < 2:
            return .list((0..<random.int(in: 0...3)).map { _ in random.int(in: 0...2) == 0 ? .text(random.element(of: Self.texts)) : view(depth: depth + 1) })
        case "obj" where depth < 2: return view(depth: depth + 1)
        default:
            if random.int(in: 0...5) == 0 { return .bool(random.int(in: 0...1) == 0) }
            let text = random.element(of: Self.texts) + random.element(of: Self.texts)
            // Texts handed over as bytes must render as the same text as a String.
            return random.int(in: 0...3) == 0 ? .utf8(Array(text.utf8)) : .text(text)
        }
    }
}

final class TestObject: TemplateObject {
    let values: [String: TemplateValue]

    init(values: [String: TemplateValue]) {
        self.values = values
    }

    func value(named name: String) -> TemplateValue? { values[name] }
}

/// Objects of one type that all answer the same names, from slots.
class FixedNames {
    let values: [TemplateValue]

    init(values: [TemplateValue]) {
        self.values = values
    }

    static func slot(in names: [String], named name: String) -> TemplateSlot {
        names.firstIndex(of: name).map(TemplateSlot.slot) ?? .absent
    }

    func value(inSlot slot: Int) -> TemplateValue? { values[slot] }
}

final class SlottedRow: FixedNames, SlottedTemplateObject {
    static let names = ["a", "list", "flag", "obj"]

    static func slot(named name: String) -> TemplateSlot { slot(in: names, named: name) }
}

final class OtherSlottedRow: FixedNames, SlottedTemplateObject {
    static let names = ["b", "a", "n", "empty", "has_a", "off"]

    static func slot(named name: String) -> TemplateSlot { slot(in: names, named: name) }
}

/// The same cases from the same seed on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var generator: Xoshiro

    init(seed: UInt64) {
        generator = Xoshiro(seed: (seed, ~seed, 0x9E37_79B9_7F4A_7C15, 1))
    }

    mutating func next() -> UInt64 { generator.next() }

    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func element<T>(of items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}
