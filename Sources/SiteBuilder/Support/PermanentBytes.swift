/// Byte strings kept for the life of the process and read through a
/// pointer. A static array read from every core has its reference count
/// written by every core, each time it is read: for the few short strings
/// appended to every field of every record of the figure exports (about
/// ten million times at 10,000 reports), that was most of their cost.
struct PermanentBytes: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each string starts in `bytes`, and one more for the end.
    private let starts: UnsafeBufferPointer<Int>

    init(_ strings: [[UInt8]]) {
        bytes = UnsafeBufferPointer(Self.permanentCopy(of: strings.flatMap { $0 }))
        starts = UnsafeBufferPointer(Self.permanentCopy(of: strings.reduce(into: [0]) { $0.append($0.last! + $1.count) }))
    }

    var count: Int { starts.count - 1 }

    subscript(position: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[starts[position]..<starts[position + 1]])
    }

    /// Never deallocated: these live as long as the process.
    private static func permanentCopy<Element>(of elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let copy = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = copy.initialize(from: elements)
        return copy
    }
}
