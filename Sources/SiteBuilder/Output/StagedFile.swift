import Foundation

/// One file of the staging folder that keeps the previous build's file when
/// the new bytes are the same. The pieces are compared with the previous file
/// as they come; while they match nothing is written, and at the end the
/// previous file is hard-linked into the staging folder, unless a reused
/// staging folder (`StagingTree`) has it under that name already. At the first
/// difference the matched part is copied from the previous file and the rest
/// written as it comes.
///
/// An unchanged file keeps its modification time, so deploy tools that
/// compare times copy only what changed. And a rebuild neither writes nor
/// frees the data of unchanged files: the retired output only loses names.
/// The previous file is only read and linked, so a failed build still leaves
/// the output as it was.
struct StagedFile {
    private let tree: StagingTree
    private let relativePath: String
    private let previousPath: String
    /// Open while every piece so far matched it; -1 once writing.
    private var previous: Int32 = -1
    private var previousSize = 0
    /// Whether the staging folder already holds the previous file under this
    /// name (a reused folder: the previous build kept it there too).
    private var previousIsInPlace = false
    private var matched = 0
    private var file: FileBytes?
    /// Where the previous file's bytes are read: made when first needed, at
    /// the size of the largest piece so far (not zeroed: each read fills
    /// what it uses), and let go once the file is being written.
    private var readBuffer: [UInt8] = []

    /// The file at `relativePath` in `tree`, whose folders exist;
    /// `previousPath` is where the same file is in the output being
    /// replaced, and nothing need be there.
    init(at relativePath: String, in tree: StagingTree, previousPath: String) {
        self.tree = tree
        self.relativePath = relativePath
        self.previousPath = previousPath
        if let opened = openForComparing() {
            (previous, previousSize, previousIsInPlace) = opened
        } else {
            file = tree.createFile(relativePath)
        }
    }

    /// A regular file not reached through a symbolic link, with no other
    /// names but, in a reused staging folder, this one: a file another
    /// program linked elsewhere is left alone.
    private func openForComparing() -> (Int32, Int, inPlace: Bool)? {
        let descriptor = open(previousPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            if status.st_nlink == 1 { return (descriptor, Int(status.st_size), false) }
            if status.st_nlink == 2 && tree.isReused
                && tree.holds(relativePath, device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) {
                return (descriptor, Int(status.st_size), true)
            }
        }
        Foundation.close(descriptor)
        return nil
    }

    mutating func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// The bytes in place: a piece of a larger array is written without a copy.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if file == nil && !previousContinues(with: bytes) { startWriting() }
        file?.write(bytes)
    }

    /// Discards the bytes given so far: the file is as if just made, and
    /// the next piece is its start. A file already being written is removed.
    mutating func restart() {
        matched = 0
        guard var written = file else { return }
        _ = written.close()
        unlink(tree.path(relativePath))
        file = nil
        if let opened = openForComparing() {
            (previous, previousSize, previousIsInPlace) = opened
        } else {
            file = tree.createFile(relativePath)
        }
    }

    /// Whether the previous file's next bytes are `bytes`; reads past them.
    private mutating func previousContinues(with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard matched + bytes.count <= previousSize else { return false }
        guard let new = bytes.baseAddress else { return true }
        let (previous, matched) = (previous, matched)
        let same = withReadBuffer(size: min(bytes.count, Self.chunkSize)) { buffer in
            var offset = 0
            while offset < bytes.count {
                let read = pread(previous, buffer.baseAddress, min(buffer.count, bytes.count - offset), off_t(matched + offset))
                if read < 0 && errno == EINTR { continue }
                guard read > 0, memcmp(buffer.baseAddress!, new + offset, read) == 0 else { return false }
                offset += read
            }
            return true
        }
        if same { self.matched += bytes.count }
        return same
    }

    /// Calls `body` with the read buffer, grown to at least `size` bytes.
    private mutating func withReadBuffer<Result>(size: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) -> Result {
        if readBuffer.count < size {
            // Not zeroed: every byte is written by a read before it is looked at.
            readBuffer = [UInt8](unsafeUninitializedCapacity: size) { _, count in count = size }
        }
        return readBuffer.withUnsafeMutableBufferPointer { body($0) }
    }

    private static let chunkSize = 1 << 16

    /// Creates the new file with the part that matched, from the previous file.
    private mutating func startWriting() {
        var bytes = tree.createFile(relativePath)
        let (previous, matched) = (previous, matched)
        withReadBuffer(size: min(matched, Self.chunkSize)) { buffer in
            var copied = 0
            while copied < matched {
                let read = pread(previous, buffer.baseAddress, min(buffer.count, matched - copied), off_t(copied))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else {
                    bytes.fail(read == 0 ? "the previous build's file shrank while it was read" : String(cString: strerror(errno)))
                    break
                }
                bytes.write(UnsafeBufferPointer(rebasing: buffer[..<read]))
                copied += read
            }
        }
        readBuffer = []
        Foundation.close(previous)
        self.previous = -1
        file = bytes
    }

    /// Nil when the file is in the staging folder, written or linked, else why not.
    mutating func close() -> String? {
        if file == nil {
            if matched == previousSize && (previousIsInPlace || tree.link(previousPath, as: relativePath)) {
                Foundation.close(previous)
                previous = -1
                return nil
            }
            // Longer than the new bytes, or not linkable (another file system): written after all.
            startWriting()
        }
        return file?.close()
    }
}
