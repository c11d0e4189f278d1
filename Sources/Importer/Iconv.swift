#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte conversion through the C library's iconv, which knows GB18030, GBK
/// and UTF-16 without tables of our own. Each call opens and closes its own
/// converter, so nothing is shared between threads.
enum Iconv {
    /// Converts `bytes` from `encoding` to UTF-8; nil when the bytes are not
    /// valid in that encoding (iconv is strict: no silent replacement).
    static func decode(_ bytes: some Collection<UInt8>, from encoding: String) -> String? {
        guard let output = convert(Array(bytes), from: encoding, to: "UTF-8") else { return nil }
        return String(validating: output, as: UTF8.self)
    }

    /// Encodes text into `encoding`; nil when a character has no code there.
    static func encode(_ text: String, to encoding: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: encoding)
    }

    static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let descriptor = iconv_open(target, source)
        // iconv_open signals failure with (iconv_t)-1, not NULL.
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        if input.isEmpty { return [] }

        var source = input
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced: Int? = source.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                // (size_t)-1 means an invalid or incomplete sequence.
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Array(output.prefix(produced))
    }
}
