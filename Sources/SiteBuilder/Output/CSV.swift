import ByteScan

/// CSV documents as Excel and every other reader expect them: UTF-8 with a
/// byte-order mark, RFC 4180 quoting, CRLF line ends. Written as bytes.
enum CSV {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let lineEnd: [UInt8] = [UInt8(ascii: "\r"), UInt8(ascii: "\n")]

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
        out += lineEnd
    }

    /// Quoted when it holds a comma, quote or line break, with quotes doubled.
    static func appendField(_ text: String, to out: inout [UInt8]) {
        var field = text
        // A leading = + - @ would run as a formula in a spreadsheet. The byte test
        // only skips the Character test for the fields that cannot start so.
        if let byte = text.utf8.first, isFormulaStart(byte),
           let first = text.first, "=+-@".contains(first), Double(text) == nil {
            field = "'" + text
        }
        field.withUTF8 { bytes in
            var index = ByteScan.nextCSVSpecial(in: bytes, from: 0)
            guard index < bytes.count else {
                out.append(contentsOf: bytes)
                return
            }
            // Quoted, with each quote doubled: the runs up to and including a quote are copied whole.
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            while true {
                index = firstQuote(in: bytes, from: index)
                guard index < bytes.count else { break }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                runStart = index
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// = + - @, tested without a shared array: read for every field on every core.
    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"): true
        default: false
        }
    }

    /// `lineEnd`, appended without reading the shared array.
    static func appendLineEnd(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\r"))
        out.append(UInt8(ascii: "\n"))
    }

    private static func firstQuote(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
        return index
    }
}
