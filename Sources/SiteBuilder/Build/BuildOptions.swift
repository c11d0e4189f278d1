import ContentFormat
import Foundation

public struct BuildOptions: Sendable {
    /// The project folder holding `content/` and `Templates/`.
    public var source: URL
    /// Defaults to `<source>/public`.
    public var output: URL?
    /// Overrides `base_url` from site.yml.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Replace an output folder that holds files pufa-site did not write.
    public var force: Bool

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false, force: Bool = false) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.force = force
    }
}

/// What the build tells the user while it works.
public enum BuildEvent: Sendable {
    /// `[index/total] title`
    case step(index: Int, total: Int, title: String)
    case diagnostic(Diagnostic)
    /// One line of detail within a step, for `--verbose`.
    case detail(String)
}

public struct BuildSummary: Sendable, Equatable {
    public var reports: Int
    public var regions: Int
    public var pages: Int
    public var files: Int
    public var warnings: Int
    public var output: URL
}

public enum BuildFailure: Error, Sendable, CustomStringConvertible {
    /// Content or template problems; each has its own location.
    case diagnostics([Diagnostic])
    case refused(OutputGuard.Refusal)
    case output(SiteWriter.Failure)

    public var description: String {
        switch self {
        case .diagnostics(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }.count
            return "build failed with \(errors) error\(errors == 1 ? "" : "s")"
        case .refused(let refusal): return refusal.description
        case .output(let failure): return failure.description
        }
    }
}
