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
                } else if url.hasPrefix("http://") || url.hasPrefix("https://") {
                    config.baseURL = url
                } else {
                    diagnostics.append(.error(at: location, "base_url must start with http:// or https://"))
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
