import Foundation

/// The project files pufa-site ships with: default templates, the indicator
/// catalog and the region table. A project without its own copy uses these,
/// so reports imported into an empty folder build at once; a project's own
/// files always win.
public enum ShippedDefaults {
    /// Where the shipped files live: an installed layout beside the binary
    /// (`<prefix>/bin/pufa-site` → `<prefix>/share/pufa-site/`), else the
    /// source checkout this binary was built from.
    public static let root: URL? = {
        let executable = URL(filePath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "share/pufa-site", directoryHint: .isDirectory)
        // Sources/ContentFormat/ShippedDefaults.swift → the checkout's root.
        let checkout = URL(filePath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [installed, checkout].first { candidate in
            FileManager.default.fileExists(atPath: candidate.appending(path: "Templates/base.mustache").path)
        }
    }()

    public static var templates: URL? { root?.appending(path: "Templates", directoryHint: .isDirectory) }
    public static var indicatorCatalog: URL? { existing("content/indicators.yml") }
    public static var regionTable: URL? { existing("content/regions.yml") }

    private static func existing(_ relativePath: String) -> URL? {
        guard let url = root?.appending(path: relativePath), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
