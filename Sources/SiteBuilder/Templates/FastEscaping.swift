import CompiledMustache
import Markdown
import Mustache

/// swift-mustache escapes each value Character by Character through a
/// dictionary, which was a tenth of a large build. Its escaping is chosen by
/// content type, so every template is parsed behind a first line that
/// selects ours: the same five characters, escaped the same way, byte by byte.
/// The line is standalone, so it renders to nothing; parser errors are moved
/// back up by it.
enum FastEscaping {
    static let contentTypeName = "PUFA_HTML"
    static let header = "{{% CONTENT_TYPE: \(contentTypeName) }}\n"
    static let headerLines = 1

    struct ContentType: MustacheContentType, TemplateEscaping {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
        func append(_ text: String, to bytes: inout [UInt8]) { HTMLEscaping.append(text, to: &bytes) }
    }

    /// The content types compiled templates know: swift-mustache's and this one.
    static let compiledContentTypes = ContentTypes([contentTypeName: ContentType()])

    static func register() {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }
}
