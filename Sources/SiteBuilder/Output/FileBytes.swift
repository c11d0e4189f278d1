import Foundation

/// One file written with plain POSIX calls: no copy into `Data`, no
/// temporary file (the whole staging folder is the temporary), written in
/// as many pieces as it comes in. The first failure is kept and reported
/// by `close()`.
struct FileBytes {
    private var descriptor: Int32
    private var failure: String?

    init(creating path: String) {
        self.init(descriptor: open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644))
    }

    /// A file already opened for writing; a negative descriptor is the failure in `errno`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        failure = descriptor < 0 ? String(cString: strerror(errno)) : nil
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            written += result
        }
    }

    /// Records a failure found outside `write`, unless one came first.
    mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// Nil when every piece was written, else why not.
    mutating func close() -> String? {
        if descriptor >= 0, Foundation.close(descriptor) != 0, failure == nil {
            failure = String(cString: strerror(errno))
        }
        descriptor = -1
        return failure
    }
}
