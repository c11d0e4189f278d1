import ContentFormat
import Foundation

/// Output for people: progress on stdout, problems on stderr.
struct Terminal {
    enum Verbosity: Sendable { case quiet, normal, verbose }

    let verbosity: Verbosity

    func step(_ index: Int, _ total: Int, _ title: String) {
        guard verbosity != .quiet else { return }
        print("[\(index)/\(total)] \(title)")
    }

    func detail(_ text: String) {
        guard verbosity == .verbose else { return }
        print("      " + text)
    }

    func info(_ text: String) {
        guard verbosity != .quiet else { return }
        print(text)
    }

    func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .warning && verbosity == .quiet { return }
        error(diagnostic.description)
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
