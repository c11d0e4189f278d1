import CompiledMustache

/// A view dictionary as templates see it.
///
/// Mustache treats an empty string as true in `{{#x}}`, and a key missing
/// from a row is looked up in the enclosing context instead. So views always
/// carry every key, and each text or list value `x` answers a flag `has_x`
/// that templates use for "is there anything to show". The flags are worked
/// out when a template asks for them.
final class FlaggedView: TemplateObject {
    private let values: [String: TemplateValue]

    init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    func value(named name: String) -> TemplateValue? {
        if let flagged = FlaggedView.valueName(ofFlag: name), let flag = Self.presence(of: values[flagged]) {
            return .bool(flag)
        }
        return values[name]
    }

    /// `x` for a flag name `has_x`. Templates ask for names hundreds of
    /// thousands of times on a large site: the prefix is tested on bytes.
    static func valueName(ofFlag name: String) -> String? {
        var bytes = name.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "h"), bytes.next() == UInt8(ascii: "a"), bytes.next() == UInt8(ascii: "s"),
              bytes.next() == UInt8(ascii: "_") else { return nil }
        return String(name.utf8.dropFirst(4))
    }

    /// `has_x` for a value `x`: whether a text or list has anything in it.
    /// Other values answer no flag, so an explicit `has_x` (or the enclosing
    /// context's) is used.
    private static func presence(of value: TemplateValue?) -> Bool? {
        switch value {
        case .text(let text)?: !text.isEmpty
        case .utf8(let text)?: !text.isEmpty
        case .list(let list)?: !list.isEmpty
        default: nil
        }
    }
}

extension TemplateValue {
    /// A view dictionary, with its `has_` flags.
    static func view(_ values: [String: TemplateValue]) -> TemplateValue { .object(FlaggedView(values)) }

    /// A list of view dictionaries.
    static func views(_ values: [[String: TemplateValue]]) -> TemplateValue { .list(values.map(view)) }
}
