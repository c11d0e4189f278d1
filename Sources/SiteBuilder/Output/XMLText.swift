import Markdown

/// Text for XML documents (sitemap, feed). Report content is untrusted, so
/// besides the HTML escapes, which XML reads the same way, characters XML 1.0
/// cannot hold at all (most control characters, U+FFFE, U+FFFF) are dropped
/// rather than written into a document that no parser would read.
enum XMLText {
    static func escape(_ text: String) -> String {
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return HTMLEscaping.escape(String(allowed))
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
