import ContentFormat
import Yams

/// `content/site.yml`: what the whole site is called and where it lives.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// The page language, `zh-CN` unless the site says otherwise.
    public var language: String
    /// Used only where an absolute URL is required (sitemap, canonical links).
    public var baseURL: String?
    /// Lets raw HTML and `javascript:` links in reports through. Off by default.
    public var unsafeHTML: Bool

    public init(title: String = "普法工作报告", description: String = "", language: String = "zh-CN",
                baseURL: String? = nil, unsafeHTML: Bool = false) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.unsafeHTML = unsafeHTML
    }

    static let knownKeys: Set<String> = ["title", "description", "language", "base_url", "unsafe_html"]

    /// What is wrong with `url` as the address a site is published at, or
    /// nil. It is joined to site paths as it is, so it must be a plain
    /// http(s) address of a host and a folder: no query or fragment, which
    /// would swallow the path, and no `.` or `..` segment, which would move it.
    public static func problem(withBaseURL url: String) -> String? {
        let lowered = url.lowercased()
        guard let scheme = ["http://", "https://"].first(where: lowered.hasPrefix) else {
            return "must start with http:// or https://"
        }
        if url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return "must not contain spaces or control characters"
        }
        if url.contains("?") || url.contains("#") { return "must not have a query (?) or fragment (#)" }
        let rest = url.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        if host.isEmpty { return "must name a host, e.g. https://example.org/" }
        let segments = rest.dropFirst(host.count).split(separator: "/")
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return "must not contain '.' or '..' path segments" }
        return nil
    }

    static func parse(yaml: String, path: String) -> (SiteConfig?, [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let location = SourceLocation(yamlError: error, path: path) ?? SourceLocation(path: path)
            return (nil, [.error(at: location, "invalid YAML in site settings: \(error)")])
        } catch {
            return (nil, [.error(at: SourceLocation(path: path), "invalid YAML in site settings: \(error)")])
        }
        guard let mapping = root?.mapping else {
            return (nil, [.error(at: SourceLocation(path: path), "site settings must be 'key: value' lines", hint: "e.g. 'title: 普法工作报告'")])
        }
        var diagnostics: [Diagnostic] = []
        var config = SiteConfig()
        for (key, value) in mapping {
            let name = key.string ?? ""
            let location = SourceLocation(path: path, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
            switch name {
            case "title": config.title = value.string ?? config.title
            case "description": config.description = value.string ?? ""
            case "language": config.language = value.string ?? config.language
            case "base_url":
                let url = value.string ?? ""
                if url.isEmpty {
                    config.baseURL = nil
                } else if let problem = Self.problem(withBaseURL: url) {
                    diagnostics.append(.error(at: location, "base_url \(problem)", hint: "e.g. https://example.org/pufa/"))
                } else {
                    config.baseURL = url
                }
            case "unsafe_html":
                guard let flag = value.bool else {
                    diagnostics.append(.error(at: location, "unsafe_html must be true or false"))
                    continue
                }
                config.unsafeHTML = flag
            default:
                diagnostics.append(.warning(at: location, "unknown site setting '\(name)'"))
            }
        }
        return (config, diagnostics)
    }
}
