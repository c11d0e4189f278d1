import ContentFormat

/// Turns byte offsets in a file into `line:column`, columns counted in
/// Unicode scalars as `SourceLocation` wants them.
struct LineIndex {
    private let bytes: [UInt8]
    /// Byte offset of the start of each line.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    func location(ofByte offset: Int, path: String) -> SourceLocation {
        // The last line start at or before the offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(offset, bytes.count)
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        let column = bytes[start..<max(start, end)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        return SourceLocation(path: path, line: low + 1, column: column)
    }
}
