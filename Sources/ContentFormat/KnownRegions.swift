import Yams

/// The small, editable table of regions in `content/regions.yml`: which
/// province a region lies in, its parent and its level. The importer uses it
/// to fill front matter; the builder uses it where front matter is silent.
public struct KnownRegions: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var province: String?
        public var parent: String?
        public var level: RegionLevel?

        public init(name: String, province: String? = nil, parent: String? = nil, level: RegionLevel? = nil) {
            self.name = name
            self.province = province
            self.parent = parent
            self.level = level
        }

        /// 兰州市城关区 for a district with a parent, else the name.
        public var qualifiedName: String { (parent ?? "") + name }

        /// How reports name an autonomous area for short: 临夏州 for 临夏回族自治州.
        public var shortName: String? { AutonomousAreas.shortName(of: name) }
    }

    public var entries: [Entry] {
        didSet { positions = Positions(entries) }
    }
    /// Where `entry(named:)` finds each name: asked once per report.
    private var positions: Positions

    public init(entries: [Entry] = []) {
        self.entries = entries
        positions = Positions(entries)
    }

    private struct Positions: Sendable, Equatable {
        /// The first entry of each name, and of each qualified name.
        var byName: [String: Int] = [:]
        var byQualifiedName: [String: Int] = [:]
        var byShortName: [String: Int] = [:]

        init(_ entries: [Entry]) {
            for (position, entry) in entries.enumerated().reversed() {
                byName[entry.name] = position
                byQualifiedName[entry.qualifiedName] = position
                if let short = entry.shortName { byShortName[short] = position }
            }
        }
    }

    /// The entry a name refers to: an exact name, a parent+name such as
    /// 兰州市城关区, or an autonomous area's short name such as 临夏州.
    public func entry(named name: String) -> Entry? {
        (positions.byName[name] ?? positions.byQualifiedName[name] ?? positions.byShortName[name]).map { entries[$0] }
    }

    /// Known regions named in `text` (in full, or for short), the longest (most specific) name first.
    public func mentions(in text: String) -> [Entry] {
        entries
            .filter { text.contains($0.qualifiedName) || text.contains($0.name) || $0.shortName.map(text.contains) == true }
            .sorted { ($0.qualifiedName.count, $0.name) > ($1.qualifiedName.count, $1.name) }
    }

    /// Parses `regions.yml`: `regions: [{name, province, parent, level}]`.
    public static func parse(yaml: String, path: String) -> Result<KnownRegions, Diagnostic> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            return .failure(.error(at: SourceLocation(path: path), "invalid YAML: \(error)"))
        }
        guard let list = node?["regions"]?.sequence else {
            return .failure(.error(at: SourceLocation(path: path), "expected a top-level 'regions:' list"))
        }
        var entries: [Entry] = []
        for item in list {
            let line = item.mark?.line ?? 1
            guard let name = item["name"]?.string, !name.isEmpty else {
                return .failure(.error(at: SourceLocation(path: path, line: line), "each region needs a 'name'"))
            }
            let levelText = item["level"]?.string
            let level = levelText.flatMap(RegionLevel.init(rawValue:))
            if levelText != nil && level == nil {
                return .failure(.error(at: SourceLocation(path: path, line: line), "unknown level '\(levelText ?? "")'"))
            }
            entries.append(Entry(name: name, province: item["province"]?.string, parent: item["parent"]?.string, level: level))
        }
        return .success(KnownRegions(entries: entries))
    }
}
