import ContentFormat
import Foundation

/// Where an imported report goes, and whether writing it would replace a file.
public struct ImportDestination: Sendable, Equatable {
    public var slug: String
    /// `<source>/content/reports/<slug>.md`.
    public var path: String
    /// A file is already there: writing needs `--force`.
    public var exists: Bool
}

/// A project folder (the one holding `content/`): reads its regions table,
/// picks file names for imported reports, and writes them.
public struct ContentFolder: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    public var reportsDirectory: String { (root as NSString).appendingPathComponent("content/reports") }
    public var regionsPath: String { (root as NSString).appendingPathComponent("content/regions.yml") }

    /// The regions table; a missing file is an empty table and a warning,
    /// since the importer can still read region names from the text.
    public func loadRegions() -> (regions: KnownRegions, problem: Diagnostic?) {
        if FileManager.default.fileExists(atPath: regionsPath) { return Self.readRegions(at: regionsPath) }
        // A project without its own table uses the one pufa-site ships, and says so.
        guard let shipped = ShippedDefaults.regionTable?.path else {
            return (KnownRegions(), .warning(
                at: SourceLocation(path: regionsPath), "no regions table",
                hint: "provinces and levels stay empty until content/regions.yml lists the region"
            ))
        }
        let (regions, problem) = Self.readRegions(at: shipped)
        return (regions, problem ?? .warning(
            at: SourceLocation(path: regionsPath), "no regions table here; using pufa-site's own (\(shipped))",
            hint: "copy it to content/regions.yml to add regions"
        ))
    }

    private static func readRegions(at path: String) -> (regions: KnownRegions, problem: Diagnostic?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (KnownRegions(), .error(at: SourceLocation(path: path), "cannot read the regions table"))
        }
        switch UTF8Text.decode(Array(data), path: path) {
        case .failure(let diagnostic):
            return (KnownRegions(), diagnostic)
        case .success(let text):
            switch KnownRegions.parse(yaml: text, path: path) {
            case .success(let regions): return (regions, nil)
            case .failure(let diagnostic): return (KnownRegions(), diagnostic)
            }
        }
    }

    /// The file a report goes to. The slug is the region's URL name
    /// (`Slug.forRegion`); when another year's report of that region already
    /// has it, `-<year>` is added. `reserved` holds slugs planned earlier in
    /// the same run, so a dry run of several files sees them too.
    public func destination(for frontMatter: FrontMatter, requestedSlug: String?, reserved: Set<String> = []) -> ImportDestination {
        if let requestedSlug { return destination(slug: requestedSlug, reserved: reserved) }
        let base = Slug.forRegion(frontMatter.region, parent: frontMatter.parent)
        let baseDestination = destination(slug: base, reserved: reserved)
        guard baseDestination.exists, let year = frontMatter.effectiveYear else { return baseDestination }
        // The same region and year: this is the same report again, not a new one.
        if existingYear(of: baseDestination.path) == year { return baseDestination }
        return destination(slug: "\(base)-\(year)", reserved: reserved)
    }

    private func destination(slug: String, reserved: Set<String>) -> ImportDestination {
        let path = (reportsDirectory as NSString).appendingPathComponent(slug + ".md")
        return ImportDestination(slug: slug, path: path, exists: reserved.contains(slug) || FileManager.default.fileExists(atPath: path))
    }

    private func existingYear(of path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let (document, _) = ReportDocument.parse(bytes: Array(data), path: path)
        return document?.frontMatter.effectiveYear
    }

    /// Writes the report, never over an existing file unless `force` is set.
    /// The file appears whole or not at all (written beside it, then moved).
    public func write(_ report: ImportedReport, to destination: ImportDestination, force: Bool) throws(ImportError) {
        if destination.exists, !force {
            throw .destinationExists(path: report.sourcePath, destination: destination.path)
        }
        do {
            try FileManager.default.createDirectory(atPath: reportsDirectory, withIntermediateDirectories: true)
            try Data(report.fileText.utf8).write(to: URL(fileURLWithPath: destination.path), options: .atomic)
        } catch {
            throw .writeFailed(path: report.sourcePath, reason: "\(destination.path): \(error.localizedDescription)")
        }
    }
}
