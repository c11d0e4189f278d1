import Synchronization

/// `data/facts.json` and `data/facts.csv` written into the staging folder
/// while the reports are rendered, so that a one-off build never holds every
/// figure of the site: only the first of each indicator is kept for the other
/// pages. Each report's records come with the report's place in the site's
/// order and are written once every report before it has been; reports are
/// rendered in that order, so few wait.
final class StreamedFactExports: Sendable {
    private struct Export {
        var file: FactExports.ExportFile
        var bytes: StagedFile
        let path: String
    }

    private struct State {
        var exports: [Export]
        var next = 0
        var waiting: [Int: [[UInt8]]] = [:]
        /// How many reports the site has: the exports are whole once that many were added.
        var expected: Int?
    }

    private let state: Mutex<State>

    /// Opens the exports; a failure to open one is told by `finish()`.
    init(writer: SiteWriter) {
        var exports: [Export] = []
        for format in FactExports.Format.allCases {
            var (bytes, path) = writer.open(format.path)
            let file = FactExports.ExportFile(format)
            bytes.write(file.start)
            exports.append(Export(file: file, bytes: bytes, path: path))
        }
        state = Mutex(State(exports: exports))
    }

    /// Says how many reports the site has, before the first is added.
    func expect(_ reportCount: Int) {
        state.withLock { $0.expected = reportCount }
    }

    /// Adds the records of the report at `position` in the site's order, one
    /// piece per format in the order of `FactExports.Format.allCases`.
    func add(_ records: [[UInt8]], at position: Int) {
        state.withLock { state in
            state.waiting[position] = records
            while let ready = state.waiting.removeValue(forKey: state.next) {
                for (index, piece) in ready.enumerated() {
                    // Written in place: the records are most of the bytes of a large site's exports.
                    state.exports[index].file.piece(piece).withUnsafeBufferPointer { state.exports[index].bytes.write($0) }
                }
                state.next += 1
            }
        }
    }

    /// Whether every report's records were added: when not, the build never
    /// handed the reports here and writes the exports from the whole site.
    var isComplete: Bool { state.withLock { $0.next == $0.expected } }

    /// Ends and closes both files; nil, or the first write that failed.
    func finish() -> SiteWriter.Failure? {
        state.withLock { state in
            var failure: SiteWriter.Failure?
            for index in state.exports.indices {
                state.exports[index].bytes.write(state.exports[index].file.end)
                if let reason = state.exports[index].bytes.close(), failure == nil {
                    failure = .write(path: state.exports[index].path, reason: reason)
                }
            }
            return failure
        }
    }

    static let paths = FactExports.Format.allCases.map(\.path)
}
