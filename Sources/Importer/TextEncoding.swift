import Foundation

/// The encodings a copied report arrives in. Web pages in China are saved
/// as UTF-8 or GBK/GB18030; Windows editors write UTF-16 with a BOM.
public enum TextEncoding: String, Sendable, CaseIterable, CustomStringConvertible {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"

    public var description: String { rawValue }
}

/// Why a file could not be imported. Every case names the file, so a batch
/// import can report the failure and go on with the next one.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case undecodable(path: String)
    case empty(path: String)
    case noTextInPage(path: String)
    case noRegion(path: String)
    case destinationExists(path: String, destination: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the file: \(reason)"
        case .binary(let path):
            "\(path): this looks like a binary file, not text (it holds NUL or control bytes); save the report as plain text"
        case .undecodable(let path):
            "\(path): the text is neither UTF-8, UTF-16 with a BOM, nor GB18030/GBK; save it as UTF-8 and try again"
        case .noTextInPage(let path):
            "\(path): the saved page shows no report text (its article may be loaded by a script); select the text in the browser, copy it into a .txt file and import that"
        case .empty(let path):
            "\(path): nothing left to import: the file holds no report text"
        case .noRegion(let path):
            "\(path): cannot tell which city or district the report is about; pass --region (e.g. --region 兰州市)"
        case .destinationExists(let path, let destination):
            "\(path): \(destination) already exists; pass --force to overwrite it, or --slug to choose another name"
        case .writeFailed(let path, let reason):
            "\(path): cannot write the imported report: \(reason)"
        }
    }
}

/// Turns the bytes of a copied report into text.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], path: String) throws(ImportError) -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else { throw .undecodable(path: path) }
            return (try checkedText(text, path: path), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let name = littleEndian ? "UTF-16LE" : "UTF-16BE"
            guard let text = Iconv.decode(bytes.dropFirst(2), from: name) else { throw .undecodable(path: path) }
            return (try checkedText(text, path: path), littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        // NUL never occurs in UTF-8 or GB18030 text: it marks a binary file
        // (or UTF-16 without a BOM, which we cannot tell from binary safely).
        if bytes.contains(0) { throw .binary(path: path) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (try checkedText(text, path: path), .utf8)
        }
        if let text = Iconv.decode(bytes, from: "GB18030") {
            return (try checkedText(text, path: path), .gb18030)
        }
        throw .undecodable(path: path)
    }

    /// Normalises line ends and rejects text that is mostly control characters.
    static func checkedText(_ text: String, path: String) throws(ImportError) -> String {
        var controlCount = 0
        var total = 0
        for scalar in text.unicodeScalars {
            total += 1
            let value = scalar.value
            if value == 0 || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C) {
                controlCount += 1
            }
        }
        // Copied web text may carry a stray control byte; a binary file is full of them.
        if total > 0, controlCount * 20 > total { throw .binary(path: path) }
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        guard unified.unicodeScalars.first == "\u{FEFF}" else { return unified }
        return String(unified.unicodeScalars.dropFirst())
    }
}
