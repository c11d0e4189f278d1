/// A value as a template sees it. Views are made of these; the compiled
/// programs read them directly, and `mustacheValue` gives swift-mustache the
/// objects that answer the same way (`MustacheBridge.swift`).
///
/// What each kind does in a template is swift-mustache's rule for the type it
/// stands for:
/// - `text` is written (escaped or not); as a section it is always shown,
///   even when empty, and names inside it are looked up around it;
/// - `utf8` is a `text` given as its UTF-8 bytes, which must be valid: a
///   large text made as bytes (a report's HTML) is copied into the page
///   as it is, never checked and made into a `String`;
/// - `bool` shows or hides a section, and is written `true` or `false`;
/// - `number` is written in decimal; as a section it is always shown;
/// - `list` repeats a section once per element, and shows an inverted section when empty;
/// - `object` answers names (`TemplateObject`); as a section it is shown once, with it on top.
public enum TemplateValue {
    case text(String)
    case utf8([UInt8])
    case bool(Bool)
    case number(Int)
    case list(TemplateList)
    case object(any TemplateObject)
}

/// Something that answers names: a view dictionary, a table row. A class:
/// a template copies the values it walks, and a value holding a reference
/// is copied with one retain, where any value would be copied through its
/// type's witnesses.
public protocol TemplateObject: AnyObject {
    /// The value called `name`, or nil when there is none here, so that the
    /// enclosing context is asked.
    func value(named name: String) -> TemplateValue?

    /// Where the objects of this type keep the value called `name`, when
    /// every object of the type answers the same names (a table row): a
    /// compiled template then finds each name once per type and page, and
    /// asks `value(inSlot:)`. `.byName` (the default) for objects whose names
    /// vary (a view dictionary), which are asked `value(named:)` each time.
    static func slot(named name: String) -> TemplateSlot

    /// The value in a slot `slot(named:)` gave; the same as `value(named:)` for that name.
    func value(inSlot slot: Int) -> TemplateValue?
}

/// Where a type of `TemplateObject` keeps a name's value.
public enum TemplateSlot: Sendable, Equatable {
    /// Ask each object by name.
    case byName
    /// No object of the type answers the name.
    case absent
    /// Every object of the type answers the name from this slot.
    case slot(Int)
}

extension TemplateObject {
    public static func slot(named name: String) -> TemplateSlot { .byName }

    public func value(inSlot slot: Int) -> TemplateValue? { nil }
}

/// An object whose type answers a fixed set of names from slots: it gives
/// `slot(named:)` and `value(inSlot:)`, and its `value(named:)` (what
/// swift-mustache asks) is read from them, so the two ways never differ.
public protocol SlottedTemplateObject: TemplateObject {}

extension SlottedTemplateObject {
    public func value(named name: String) -> TemplateValue? {
        guard case .slot(let slot) = Self.slot(named: name) else { return nil }
        return value(inSlot: slot)
    }
}

/// A list, made one element at a time as a template walks it: the longest
/// lists (a row per region, a cell per indicator) are never held whole.
public struct TemplateList {
    public let count: Int
    private let element: (Int) -> TemplateValue

    public init(count: Int, element: @escaping (Int) -> TemplateValue) {
        self.count = count
        self.element = element
    }

    public init(_ values: [TemplateValue]) {
        self.init(count: values.count) { values[$0] }
    }

    public var isEmpty: Bool { count == 0 }

    public subscript(index: Int) -> TemplateValue { element(index) }

    /// The same elements, last first.
    public var reversed: TemplateList {
        let count = count, element = element
        return TemplateList(count: count) { element(count - 1 - $0) }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue {
    /// A list of the given elements.
    public static func list(_ values: [TemplateValue]) -> TemplateValue { .list(TemplateList(values)) }

    /// A list of objects.
    public static func list<Object: TemplateObject>(_ objects: [Object]) -> TemplateValue {
        .list(TemplateList(count: objects.count) { .object(objects[$0]) })
    }
}
