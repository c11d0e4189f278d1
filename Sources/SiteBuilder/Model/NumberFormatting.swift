#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers for people: no exponent, no trailing `.0`, thousands grouped.
enum NumberFormatting {
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = fourDecimals(value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// C's `%.4f`, as `String(format:)` writes it, without going through CFString
    /// formatting: exports and pages write a figure's plain form a million times.
    static func fourDecimals(_ value: Double) -> String {
        func print(into buffer: inout [UInt8]) -> Int {
            let count = buffer.count
            return buffer.withUnsafeMutableBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    Int(withVaList([value]) { vsnprintf(text.baseAddress, count, "%.4f", $0) })
                }
            }
        }
        var buffer = [UInt8](repeating: 0, count: 32)
        let length = print(into: &buffer)
        if length >= buffer.count {
            buffer = [UInt8](repeating: 0, count: length + 1)
            _ = print(into: &buffer)
        }
        return String(decoding: buffer[..<length], as: UTF8.self)
    }

    /// `plain` with a comma before each group of three integer digits,
    /// counted from the decimal point. Worked on the ASCII bytes: the region
    /// and indicator pages of a large site format hundreds of thousands.
    static func grouped(_ value: Double) -> String {
        grouped(plain: plain(value))
    }

    /// `grouped` of a number already written by `plain`.
    static func grouped(plain text: String) -> String {
        let bytes = text.utf8
        let signLength = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let integerEnd = bytes.firstIndex(of: UInt8(ascii: ".")).map { bytes.distance(from: bytes.startIndex, to: $0) } ?? bytes.count
        let digits = integerEnd - signLength
        guard digits > 3 else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + (digits - 1) / 3)
        for (offset, byte) in bytes.enumerated() {
            let digitsLeft = integerEnd - offset
            if offset > signLength, digitsLeft > 0, digitsLeft % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
