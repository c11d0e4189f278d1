/// How a value is written into the page, chosen as swift-mustache chooses
/// it: by the content type in force where the value stands.
public protocol TemplateEscaping: Sendable {
    /// Appends `text`, escaped, to `bytes`.
    func append(_ text: String, to bytes: inout [UInt8])
}

/// swift-mustache's own `HTML` content type, its default: it replaces
/// `< > & " '` where each stands as a whole Character.
struct MustacheHTMLEscaping: TemplateEscaping {
    private static let replacements: [Character: String] = [
        "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;",
    ]

    func append(_ text: String, to bytes: inout [UInt8]) {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            bytes += text.utf8
            return
        }
        for character in text {
            if let replacement = Self.replacements[character] {
                bytes += replacement.utf8
            } else {
                bytes += character.utf8
            }
        }
    }
}

/// swift-mustache's `TEXT` content type: values as they are.
struct UnescapedText: TemplateEscaping {
    func append(_ text: String, to bytes: inout [UInt8]) {
        bytes += text.utf8
    }
}

/// The content types a compiled template can name: swift-mustache's two,
/// and any the caller adds, which must escape exactly as the content type
/// registered with swift-mustache under the same name.
public struct ContentTypes: Sendable {
    fileprivate var byName: [String: any TemplateEscaping]

    public init(_ added: [String: any TemplateEscaping] = [:]) {
        byName = ["HTML": MustacheHTMLEscaping(), "TEXT": UnescapedText()].merging(added) { _, added in added }
    }

    func escaping(named name: String) -> (any TemplateEscaping)? { byName[name] }

    /// What a template starts with, and every partial: swift-mustache's HTML.
    static let initial = "HTML"
}
