import Markdown

/// Text for XML documents (sitemap, feed). Report content is untrusted, so
/// besides the HTML escapes, which XML reads the same way, characters XML 1.0
/// cannot hold at all (most control characters, U+FFFE, U+FFFF) are dropped
/// rather than written into a document that no parser would read.
enum XMLText {
    static func escape(_ text: String) -> String {
        guard hasDisallowed(text) else { return HTMLEscaping.escape(text) }
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return HTMLEscaping.escape(String(allowed))
    }

    /// Whether some scalar is not `isAllowed`, found on the bytes: a control
    /// byte, or U+FFFE or U+FFFF (EF BF BE, EF BF BF). Nearly no text has one.
    private static func hasDisallowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD { return true }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            }
            return false
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
