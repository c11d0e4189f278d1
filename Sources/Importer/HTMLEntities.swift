import CLibXML2

/// HTML character references left in text copied from a page's source:
/// `&nbsp;`, `&ldquo;八五&rdquo;`, `&gt;&gt;`, `&#8220;`, `&#x201C;`. Named
/// ones are looked up in libxml2's table of HTML's entities; an unknown name,
/// or an `&` that starts no reference (`R&D`, `&nbsp` without its `;`), stays.
enum HTMLEntities {
    /// The longest name in HTML's table is 8 characters (`thetasym`); a
    /// numeric reference needs at most `#x10FFFF`.
    static let maximumReferenceLength = 9

    static func decoding(_ line: String) -> (text: String, decoded: [String]) {
        guard line.utf8.contains(UInt8(ascii: "&")) else { return (line, []) }
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        var decoded: [String] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, end) = reference(in: scalars, at: index) {
                decoded.append(String(String.UnicodeScalarView(scalars[index...end])))
                output.append(scalar)
                index = end + 1
                continue
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), decoded)
    }

    /// The character a reference starting at `start` (its `&`) stands for,
    /// and the index of its `;`.
    static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(scalars.count, start + 2 + maximumReferenceLength)
        guard let end = scalars[(start + 1)..<limit].firstIndex(of: ";"), end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        guard body.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#") })
        else { return nil }
        let scalar = body.hasPrefix("#") ? numericReference(body.dropFirst()) : namedReference(body)
        return scalar.map { ($0, end) }
    }

    /// `#8220` or `#x201C`, without its `#`; nil for no character (0, a surrogate).
    static func numericReference(_ digits: Substring) -> Unicode.Scalar? {
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    static func namedReference(_ name: String) -> Unicode.Scalar? {
        guard let entity = htmlEntityLookup(Array(name.utf8) + [0]) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}
