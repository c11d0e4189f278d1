/// CSV documents as Excel and every other reader expect them: UTF-8 with a
/// byte-order mark, RFC 4180 quoting, CRLF line ends. Written as bytes.
enum CSV {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func document(header: [String], rows: [[String]]) -> [UInt8] {
        var out = byteOrderMark
        append(header, to: &out)
        for row in rows { append(row, to: &out) }
        return out
    }

    static func append(_ row: [String], to out: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendField(value, to: &out)
        }
        out += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }

    /// Quoted when it holds a comma, quote or line break, with quotes doubled.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        var field = text
        // A leading = + - @ would run as a formula in a spreadsheet. The byte test
        // only skips the Character test for the fields that cannot start so.
        if let byte = text.utf8.first, formulaStarts.contains(byte),
           let first = text.first, "=+-@".contains(first), Double(text) == nil {
            field = "'" + text
        }
        field.withUTF8 { bytes in
            guard bytes.contains(where: needsQuotes) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static let formulaStarts: [UInt8] = Array("=+-@".utf8)

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
