/// Mustache treats an empty string as true in `{{#x}}`, and a key missing
/// from a row is looked up in the enclosing context instead. So views always
/// carry every key, and each text value `x` gets a flag `has_x` that
/// templates use for "is there anything to show".
enum PresenceFlags {
    static func added(to view: [String: Any]) -> [String: Any] {
        var result = view
        for (key, value) in view {
            switch value {
            case let text as String:
                result["has_" + key] = !text.isEmpty
            case let nested as [String: Any]:
                result[key] = added(to: nested)
            case let list as [[String: Any]]:
                result[key] = list.map(added(to:))
                result["has_" + key] = !list.isEmpty
            default:
                break
            }
        }
        return result
    }
}
