import PropertyBased
import Testing
import ByteScan

/// The eight-at-a-time scans must find the byte a plain loop finds, at
/// every position in and across the chunks, and at the ragged end.
@Suite struct ByteScanTests {
    static let pieces: [[UInt8]] = [
        Array("兰州".utf8), Array("abc".utf8), [0x22], [0x5C], [0x3C], [0x2C], [0x26], [0x3E], [0x27], [0x0A], [0x0D], [0x1F], [0x00], [0x7F], [0x20], [0xFF],
    ]

    @Test func scansFindWhatAPlainLoopFinds() async {
        await propertyCheck(count: 600, input: Gen<[UInt8]?>.element(of: Self.pieces).array(of: 0...40), Gen.int(in: 0...5)) { pieces, start in
            let bytes = pieces.compactMap(\.self).flatMap(\.self)
            let from = min(start, bytes.count)
            let json = bytes[from...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C } ?? bytes.count
            let csv = bytes[from...].firstIndex { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } ?? bytes.count
            let html = bytes[from...].firstIndex { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 } ?? bytes.count
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.nextJSONSpecial(in: buffer, from: from) == json)
                #expect(ByteScan.nextCSVSpecial(in: buffer, from: from) == csv)
                #expect(ByteScan.nextHTMLSpecial(in: buffer, from: from) == html)
            }
        }
    }
}
