import ContentFormat
import Foundation

/// Where things are in a pufa-site project.
public struct ProjectLayout: Sendable, Equatable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var content: URL { root.appending(path: "content", directoryHint: .isDirectory) }
    public var reports: URL { content.appending(path: "reports", directoryHint: .isDirectory) }
    public var siteSettings: URL { content.appending(path: "site.yml") }
    public var regionTable: URL { content.appending(path: "regions.yml") }
    public var indicatorCatalog: URL { content.appending(path: "indicators.yml") }
    public var ownTemplates: URL { root.appending(path: "Templates", directoryHint: .isDirectory) }

    /// The project's templates, or the ones pufa-site ships when the project has none.
    public var templates: URL {
        if FileManager.default.fileExists(atPath: ownTemplates.path) { return ownTemplates }
        return ShippedDefaults.templates ?? ownTemplates
    }

    public var templateAssets: URL { templates.appending(path: "assets", directoryHint: .isDirectory) }

    /// A file of `content/`, or pufa-site's own copy when the project has none.
    func contentFile(_ own: URL, shipped: URL?) -> URL {
        if FileManager.default.fileExists(atPath: own.path) { return own }
        return shipped ?? own
    }
    public var defaultOutput: URL { root.appending(path: "public", directoryHint: .isDirectory) }

    /// A path as the user should read it in messages: relative to where they are.
    public func display(_ url: URL) -> String {
        Self.display(url.standardizedFileURL.path, from: FileManager.default.currentDirectoryPath)
    }

    /// A standardised path as `display` shows it from the working directory
    /// `current`: for many files, which need not each ask for it.
    static func display(_ path: String, from current: String) -> String {
        path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
