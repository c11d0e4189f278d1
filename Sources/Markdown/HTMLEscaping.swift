import ByteScan

/// Escaping for text and attribute values placed into HTML by hand, and
/// for every value the page templates show. On the bytes: most text (Chinese
/// prose) needs no escaping and is handed back as it is, without a copy.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ ByteScan.nextHTMLSpecial(in: $0, from: 0) < $0.count }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        append(text, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `bytes`: the runs between characters to
    /// escape are found eight bytes at a time and copied whole.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            while true {
                let index = ByteScan.nextHTMLSpecial(in: source, from: runStart)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                guard index < source.count else { break }
                replacement(for: source[index]).withUTF8Buffer { bytes.append(contentsOf: $0) }
                runStart = index + 1
            }
        }
    }

    private static func replacement(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }
}
