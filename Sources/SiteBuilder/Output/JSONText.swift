import ByteScan

/// JSON string literals (RFC 8259), written as bytes: the exports hold
/// hundreds of megabytes of them on a large site.
enum JSONText {
    static func encoded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(text, to: &out)
        return out
    }

    /// Escapes `"`, `\\` and control characters, and `<` so the text can
    /// sit in a `<script>` block. Every other byte, multi-byte UTF-8
    /// included, is copied as it is, a run at a time.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            while true {
                let index = ByteScan.nextJSONSpecial(in: bytes, from: runStart)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard index < bytes.count else { break }
                appendEscaped(bytes[index], to: &out)
                runStart = index + 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
        default: out += Array("\\u00".utf8) + hexDigits(byte)
        }
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }
}
