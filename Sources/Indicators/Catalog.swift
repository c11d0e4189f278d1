/// The seven themes indicators are grouped under, in display order.
public enum IndicatorTheme: String, Sendable, Codable, CaseIterable, Comparable {
    case peopleTeams = "people_teams"
    case modelCreation = "model_creation"
    case venues
    case activitiesAudience = "activities_audience"
    case mediationLegalServices = "mediation_legal_services"
    case media
    case fundingOther = "funding_other"

    /// The name shown to readers.
    public var displayName: String {
        switch self {
        case .peopleTeams: "人员队伍"
        case .modelCreation: "示范创建"
        case .venues: "阵地建设"
        case .activitiesAudience: "宣传活动与受众"
        case .mediationLegalServices: "调解与法律服务"
        case .media: "媒体传播"
        case .fundingOther: "经费及其他"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The administrative level a figure belongs to: 全国民主法治示范村 vs 省级.
public enum AdministrativeLevel: String, Sendable, Codable, CaseIterable {
    case national, provincial, city, county, township
}

/// One way a fact's words can show it measures an indicator.
///
/// Terms are looked for in the fact's clause: first the words tied to the number (the
/// noun before it, or after it in 5个大型法治宣传教育基地), then the rest of the clause
/// before it.
public struct MatchRule: Sendable, Codable, Equatable {
    /// Every one of these must appear.
    public var all: [String]
    /// At least one of these must appear, if any are given.
    public var any: [String]
    /// None of these may appear: 兼职 and 专职 mark a subset, 矫正 another field.
    public var none: [String]
    /// The figure must be stated at this level (全国/国家级, 省级, 市级, 区级/县级, 乡镇级/街道级).
    public var level: AdministrativeLevel?

    public init(all: [String] = [], any: [String] = [], none: [String] = [], level: AdministrativeLevel? = nil) {
        self.all = all
        self.any = any
        self.none = none
        self.level = level
    }

    enum CodingKeys: String, CodingKey {
        case all, any, none, level
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        all = try container.decodeIfPresent([String].self, forKey: .all) ?? []
        any = try container.decodeIfPresent([String].self, forKey: .any) ?? []
        none = try container.decodeIfPresent([String].self, forKey: .none) ?? []
        level = try container.decodeIfPresent(AdministrativeLevel.self, forKey: .level)
    }
}

/// One entry of `content/indicators.yml`.
public struct IndicatorDefinition: Sendable, Codable, Equatable, Identifiable {
    /// ASCII id used in URLs, CSV columns and cross-region tables.
    public var id: String
    /// Chinese label shown to readers.
    public var label: String
    public var theme: IndicatorTheme
    /// Normalised units the indicator is counted in ("人", "个", "%", "元"; "" for a bare 万 figure).
    public var units: [String]
    /// Any one matching rule is enough.
    public var match: [MatchRule]
    /// Display order, also the tie-break when two indicators fit equally well.
    public var order: Int
    /// Wins over nearer but lower-priority matches: the group counted (法律明白人)
    /// outranks the activity around it (培训系统录入3000余人).
    public var priority: Int

    public init(id: String, label: String, theme: IndicatorTheme, units: [String], match: [MatchRule],
                order: Int, priority: Int = 0) {
        self.id = id
        self.label = label
        self.theme = theme
        self.units = units
        self.match = match
        self.order = order
        self.priority = priority
    }

    enum CodingKeys: String, CodingKey {
        case id, label, theme, units, match, order, priority
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        theme = try container.decode(IndicatorTheme.self, forKey: .theme)
        units = try container.decode([String].self, forKey: .units)
        match = try container.decode([MatchRule].self, forKey: .match)
        order = try container.decode(Int.self, forKey: .order)
        priority = try container.decodeIfPresent(Int.self, forKey: .priority) ?? 0
    }
}

/// The top level of `content/indicators.yml`: `indicators: [...]`.
public struct CatalogFile: Sendable, Codable, Equatable {
    public var indicators: [IndicatorDefinition]

    public init(indicators: [IndicatorDefinition]) {
        self.indicators = indicators
    }

    enum CodingKeys: String, CodingKey {
        case indicators
    }
}

public enum CatalogError: Error, Equatable, CustomStringConvertible {
    case duplicateID(String)
    case invalidID(String)
    case emptyLabel(id: String)
    case noUnits(id: String)
    case noMatchRules(id: String)
    case emptyRule(id: String)
    case duplicateOrder(id: String, order: Int)

    public var description: String {
        switch self {
        case .duplicateID(let id): "indicator id '\(id)' is used twice; ids must be unique"
        case .invalidID(let id): "indicator id '\(id)' must be lowercase ASCII letters, digits and '_', starting with a letter"
        case .emptyLabel(let id): "indicator '\(id)' has no label; add `label:` with its Chinese name"
        case .noUnits(let id): "indicator '\(id)' lists no units; add e.g. `units: [个]`"
        case .noMatchRules(let id): "indicator '\(id)' has no match rules; add `match: [{all: [term]}]`"
        case .emptyRule(let id): "indicator '\(id)' has a match rule without terms; give it `all:` or `any:` terms"
        case .duplicateOrder(let id, let order): "indicator '\(id)' reuses order \(order); give each indicator its own order"
        }
    }
}

/// The validated catalog the extractor classifies facts against.
public struct IndicatorCatalog: Sendable, Equatable {
    /// Sorted by `order`.
    public let definitions: [IndicatorDefinition]

    public init(definitions: [IndicatorDefinition]) throws {
        var seenIDs = Set<String>()
        var seenOrders = Set<Int>()
        for definition in definitions {
            guard Self.isValidID(definition.id) else { throw CatalogError.invalidID(definition.id) }
            guard seenIDs.insert(definition.id).inserted else { throw CatalogError.duplicateID(definition.id) }
            guard seenOrders.insert(definition.order).inserted else {
                throw CatalogError.duplicateOrder(id: definition.id, order: definition.order)
            }
            guard !definition.label.trimmingWhitespace.isEmpty else { throw CatalogError.emptyLabel(id: definition.id) }
            guard !definition.units.isEmpty else { throw CatalogError.noUnits(id: definition.id) }
            guard !definition.match.isEmpty else { throw CatalogError.noMatchRules(id: definition.id) }
            for rule in definition.match {
                let terms = rule.all + rule.any
                guard !terms.isEmpty, !terms.contains(where: { $0.trimmingWhitespace.isEmpty }) else {
                    throw CatalogError.emptyRule(id: definition.id)
                }
            }
        }
        self.definitions = definitions.sorted { $0.order < $1.order }
    }

    public init(file: CatalogFile) throws {
        try self.init(definitions: file.indicators)
    }

    public func definition(id: String) -> IndicatorDefinition? {
        definitions.first { $0.id == id }
    }

    /// Themes that have indicators, in display order.
    public var themes: [IndicatorTheme] {
        IndicatorTheme.allCases.filter { theme in definitions.contains { $0.theme == theme } }
    }

    /// Indicators of one theme, in display order.
    public func definitions(in theme: IndicatorTheme) -> [IndicatorDefinition] {
        definitions.filter { $0.theme == theme }
    }

    private static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
