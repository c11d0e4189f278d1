import Mustache

/// What swift-mustache is given for a `TemplateValue`: objects that answer
/// its lookups, casts and transforms the way the value's kind promises. The
/// compiled programs are checked against swift-mustache through these, and
/// a template the compiler does not cover is rendered by swift-mustache
/// through them.
extension TemplateValue {
    public var mustacheValue: Any {
        switch self {
        case .text(let text): TemplateText(text)
        case .utf8(let bytes): TemplateText(String(decoding: bytes, as: UTF8.self))
        case .bool(let flag): flag
        case .number(let number): number
        case .list(let list): MustacheList(list)
        case .object(let object): MustacheObject(object)
        }
    }
}

/// A text as swift-mustache sees it. A plain `String` would be written
/// through `String(describing:)` after casts for optionals and custom
/// renderables; this is written at its first cast. It renders exactly as
/// the `String`: its text, escaped or not; as a section it is the current
/// object, in which no name is found; its transforms are the `String`'s.
public struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public var renderText: String { text }
    public var isNull: Bool { false }

    public func child(named name: String) -> Any? { nil }

    public func transform(_ name: String) -> Any? { text.transform(name) }
}

/// An object as swift-mustache sees it.
struct MustacheObject: MustacheParent {
    let object: any TemplateObject

    init(_ object: any TemplateObject) {
        self.object = object
    }

    func child(named name: String) -> Any? { object.value(named: name)?.mustacheValue }
}

/// A list as swift-mustache sees it: a sequence with an array's transforms
/// (`count`, `first` …), in which, like in an array, no name is found.
struct MustacheList: MustacheSequence, MustacheTransformable, CustomReflectable {
    let list: TemplateList

    init(_ list: TemplateList) {
        self.list = list
    }

    func makeIterator() -> AnyIterator<Any> {
        var index = 0
        return AnyIterator {
            guard index < list.count else { return nil }
            defer { index += 1 }
            return list[index].mustacheValue
        }
    }

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": list.isEmpty ? nil : list[0].mustacheValue
        case "last": list.isEmpty ? nil : list[list.count - 1].mustacheValue
        case "reversed": MustacheList(list.reversed)
        case "count": list.count
        case "empty": list.isEmpty
        default: nil
        }
    }

    /// swift-mustache looks names up in an object it cannot ask through its
    /// mirror: a list shows none, as an array shows none by name.
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
