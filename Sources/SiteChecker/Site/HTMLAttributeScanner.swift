/// Reads the attributes that links and anchors live in from an HTML page:
/// `href` and `src` (links), `id` and `<a name>` (anchors). Tolerant rather
/// than complete: comments, `<!…>` and the insides of `<script>`/`<style>`
/// are skipped; values may be double-, single- or unquoted. Enough for pages
/// pufa-site writes, with no parser to pull in. Works on UTF-8 bytes.
struct HTMLAttributeScanner {
    struct Link: Equatable {
        var value: String
        /// Byte offset of the value in the page.
        var offset: Int
    }

    private(set) var links: [Link] = []
    private(set) var anchors: Set<String> = []
    private let bytes: [UInt8]
    private var index = 0

    static func scan(_ bytes: [UInt8]) -> HTMLAttributeScanner {
        var scanner = HTMLAttributeScanner(bytes: bytes)
        scanner.run()
        return scanner
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func run() {
        while let open = position(of: [UInt8(ascii: "<")], from: index) {
            index = open + 1
            if starts(with: "!--") {
                index = (position(of: Array("-->".utf8), from: index + 3) ?? bytes.count - 3) + 3
            } else if let next = byte(at: index), next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                index = (position(of: [UInt8(ascii: ">")], from: index) ?? bytes.count - 1) + 1
            } else {
                tag()
            }
        }
    }

    private mutating func tag() {
        let name = word()
        guard !name.isEmpty else { return }
        while let current = byte(at: index) {
            if isSpace(current) || current == UInt8(ascii: "/") {
                index += 1
                continue
            }
            if current == UInt8(ascii: ">") {
                index += 1
                break
            }
            attribute(inTag: name)
        }
        if name == "script" || name == "style" {
            let closing = Array("</\(name)".utf8)
            index = position(of: closing, from: index, ignoringCase: true) ?? bytes.count
        }
    }

    private mutating func attribute(inTag tag: String) {
        let name = word()
        if name.isEmpty {
            index += 1
            return
        }
        skipSpaces()
        guard byte(at: index) == UInt8(ascii: "=") else { return }
        index += 1
        skipSpaces()
        let (value, offset) = attributeValue()
        switch name {
        case "href", "src": links.append(Link(value: HTMLEntities.decode(value), offset: offset))
        case "id": anchors.insert(HTMLEntities.decode(value))
        case "name" where tag == "a": anchors.insert(HTMLEntities.decode(value))
        default: break
        }
    }

    private mutating func attributeValue() -> (String, Int) {
        guard let first = byte(at: index) else { return ("", index) }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            let start = index + 1
            let end = position(of: [first], from: start) ?? bytes.count
            index = min(end + 1, bytes.count)
            return (String(decoding: bytes[start..<end], as: UTF8.self), start)
        }
        let start = index
        while let current = byte(at: index), !isSpace(current), current != UInt8(ascii: ">") { index += 1 }
        return (String(decoding: bytes[start..<index], as: UTF8.self), start)
    }

    /// A tag or attribute name, lower-cased.
    private mutating func word() -> String {
        let start = index
        while let current = byte(at: index), !isSpace(current),
              current != UInt8(ascii: ">"), current != UInt8(ascii: "="), current != UInt8(ascii: "/") {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private mutating func skipSpaces() {
        while let current = byte(at: index), isSpace(current) { index += 1 }
    }

    private func byte(at position: Int) -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private func position(of pattern: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
        guard !pattern.isEmpty, start + pattern.count <= bytes.count else { return nil }
        var candidate = start
        while candidate + pattern.count <= bytes.count {
            if bytes[candidate] == pattern[0] || ignoringCase && lowered(bytes[candidate]) == pattern[0] {
                var matches = true
                for offset in 1..<pattern.count {
                    let byte = ignoringCase ? lowered(bytes[candidate + offset]) : bytes[candidate + offset]
                    if byte != pattern[offset] {
                        matches = false
                        break
                    }
                }
                if matches { return candidate }
            }
            candidate += 1
        }
        return nil
    }

    private func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

/// The character references an attribute value may hold.
enum HTMLEntities {
    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";"),
                  let decoded = character(for: rest[afterAmpersand..<semicolon])
            else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            result += decoded
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(for name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[String(name)]
    }
}
