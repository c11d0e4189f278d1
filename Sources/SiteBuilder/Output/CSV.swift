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
        // A leading = + - @ would run as a formula in a spreadsheet.
        let defused = text.first.map { "=+-@".contains($0) && Double(text) == nil } == true ? "'" + text : text
        let needsQuotes = defused.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            out += defused.utf8
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in defused.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
