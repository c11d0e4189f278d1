import Mustache

/// A view dictionary as templates see it.
///
/// Mustache treats an empty string as true in `{{#x}}`, and a key missing
/// from a row is looked up in the enclosing context instead. So views always
/// carry every key, and each text or list value `x` answers a flag `has_x`
/// that templates use for "is there anything to show". The flags are worked
/// out when a template asks for them: a view is never copied to add them, and
/// nested views are wrapped only when a template reaches them.
struct FlaggedView: MustacheParent {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        if name.utf8.starts(with: Self.flagPrefix), let flag = Self.presence(of: values[String(name.dropFirst(Self.flagPrefix.count))]) {
            return flag
        }
        return values[name].map(Self.wrapped)
    }

    private static let flagPrefix = "has_".utf8

    /// `has_x` for a value `x`: whether a text or list has anything in it.
    /// Other values answer no flag, so an explicit `has_x` (or the enclosing
    /// context's) is used.
    private static func presence(of value: Any?) -> Bool? {
        switch value {
        case let text as String: !text.isEmpty
        case is [String: Any]: nil
        case let list as [[String: Any]]: !list.isEmpty
        case let list as [FactRow]: !list.isEmpty
        case let list as [any MustacheParent]: !list.isEmpty
        case let list as ViewList: !list.isEmpty
        default: nil
        }
    }

    private static func wrapped(_ value: Any) -> Any {
        switch value {
        case let text as String: TemplateText(text)
        case let nested as [String: Any]: FlaggedView(nested)
        case let list as [[String: Any]]: list.map(FlaggedView.init)
        default: value
        }
    }
}

/// A list of views made one at a time while a template walks it, for lists
/// too long to hold whole: the cross-region table has a row per region, and
/// each row a cell per indicator.
struct ViewList: MustacheSequence {
    let count: Int
    private let view: (Int) -> any MustacheParent

    init(count: Int, view: @escaping (Int) -> any MustacheParent) {
        self.count = count
        self.view = view
    }

    init(count: Int, element: @escaping (Int) -> [String: Any]) {
        self.init(count: count) { FlaggedView(element($0)) }
    }

    var isEmpty: Bool { count == 0 }

    func makeIterator() -> AnyIterator<any MustacheParent> {
        var index = 0
        return AnyIterator {
            guard index < count else { return nil }
            defer { index += 1 }
            return view(index)
        }
    }
}

/// The transforms swift-mustache gives an array (`{{count(rows)}}`,
/// `{{#first(rows)}}`), so a template cannot tell a `ViewList` from the array it stands for.
extension ViewList: MustacheTransformable {
    func transform(_ name: String) -> Any? {
        switch name {
        case "first": isEmpty ? nil : view(0)
        case "last": isEmpty ? nil : view(count - 1)
        case "reversed": ViewList(count: count) { view(count - 1 - $0) }
        case "count": count
        case "empty": isEmpty
        default: nil
        }
    }
}
