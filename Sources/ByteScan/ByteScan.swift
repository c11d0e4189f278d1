/// Finds the next byte an encoder must treat specially, eight bytes at a
/// time: pages and exports copy hundreds of megabytes of sentences on a
/// large site, and almost none of their bytes need escaping or quoting.
///
/// The eight bytes are tested as one 64-bit word with the usual bit tricks
/// (a byte equal to c becomes a zero byte under XOR, and a zero byte, or one
/// below n ≤ 128, leaves its high bit set after subtracting 1, or n, from
/// every byte). Swift's SIMD comparisons compiled to a loop per lane here.
public enum ByteScan {
    /// The bytes `&`, `<`, `>`, `"` and `'`: what HTML text and attribute values escape.
    @inlinable
    public static func nextHTMLSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if hasByte(0x26, word) | hasByte(0x3C, word) | hasByte(0x3E, word) | hasByte(0x22, word) | hasByte(0x27, word) != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 { return index }
            index += 1
        }
        return bytes.count
    }

    /// The bytes `"`, `\`, `<` and every control character: what a JSON string escapes.
    @inlinable
    public static func nextJSONSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if hasByte(below: 0x20, word) | hasByte(0x22, word) | hasByte(0x5C, word) | hasByte(0x3C, word) != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C { return index }
            index += 1
        }
        return bytes.count
    }

    /// The bytes `,`, `"`, CR and LF: what makes a CSV field quoted.
    @inlinable
    public static func nextCSVSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if hasByte(0x2C, word) | hasByte(0x22, word) | hasByte(0x0A, word) | hasByte(0x0D, word) != 0 { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return bytes.count
    }

    // Constants, not stored values: a stored `static let` is reached through a lazy-initialisation check.
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// Nonzero when some byte of `word` is below `limit` (at most 128).
    @inlinable @inline(__always)
    static func hasByte(below limit: UInt64, _ word: UInt64) -> UInt64 {
        (word &- ones &* limit) & ~word & highBits
    }

    /// Nonzero when some byte of `word` is `byte`.
    @inlinable @inline(__always)
    static func hasByte(_ byte: UInt64, _ word: UInt64) -> UInt64 {
        hasByte(below: 1, word ^ (ones &* byte))
    }
}
