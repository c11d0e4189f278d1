/// The typed front matter of one report (`content/reports/<slug>.md`).
/// Every field the format knows is a property; unknown keys only warn.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var region: String
    public var province: String?
    public var parent: String?
    public var level: RegionLevel?
    public var date: ReportDate?
    public var year: Int?
    public var period: String?
    public var source: String?
    public var sourceURL: String?
    public var summary: String?
    public var slug: String?
    public var draft: Bool
    public var indicators: [CuratedIndicator]
    /// Where each key's value stands in the file, for diagnostics raised by later stages.
    public var keyLocations: [String: SourceLocation]

    public init(
        title: String, region: String, province: String? = nil, parent: String? = nil,
        level: RegionLevel? = nil, date: ReportDate? = nil, year: Int? = nil, period: String? = nil,
        source: String? = nil, sourceURL: String? = nil, summary: String? = nil, slug: String? = nil,
        draft: Bool = false, indicators: [CuratedIndicator] = [], keyLocations: [String: SourceLocation] = [:]
    ) {
        self.title = title
        self.region = region
        self.province = province
        self.parent = parent
        self.level = level
        self.date = date
        self.year = year
        self.period = period
        self.source = source
        self.sourceURL = sourceURL
        self.summary = summary
        self.slug = slug
        self.draft = draft
        self.indicators = indicators
        self.keyLocations = keyLocations
    }

    /// The year the report speaks for: `year` when given (a summary of 2023
    /// published in January 2024 has both), else the date's year.
    public var effectiveYear: Int? { year ?? date?.year }

    /// Keys in the order the format documents them; writers emit this order.
    public static let knownKeys = [
        "title", "region", "province", "parent", "level", "date", "year", "period",
        "source", "source_url", "summary", "slug", "draft", "indicators",
    ]
}

public enum RegionLevel: String, Sendable, CaseIterable, Comparable {
    case province, city, district, county

    public var chineseName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .district: "区"
        case .county: "县"
        }
    }

    /// Larger regions first.
    var rank: Int {
        switch self {
        case .province: 0
        case .city: 1
        case .district: 2
        case .county: 3
        }
    }

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A calendar date as written in front matter (`YYYY-MM-DD`), kept as numbers
/// so output never depends on the machine's time zone.
public struct ReportDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        let day = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(month)-\(day)"
    }

    public var chineseDescription: String { "\(year)年\(month)月\(day)日" }

    public static func < (lhs: ReportDate, rhs: ReportDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A figure typed into front matter by a person. It fills the tables as it is
/// and overrides an extracted figure with the same indicator id.
public struct CuratedIndicator: Sendable, Equatable {
    public var id: String
    public var label: String?
    public var value: Double
    public var unit: String?
    public var qualifier: String?
    public var note: String?
    public var location: SourceLocation

    public init(id: String, label: String? = nil, value: Double, unit: String? = nil,
                qualifier: String? = nil, note: String? = nil, location: SourceLocation) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.note = note
        self.location = location
    }
}
