import ContentFormat

/// What the user tells the importer on the command line. Every field
/// overrides what the importer would infer from the text.
public struct ImportOptions: Sendable, Equatable {
    public var region: String?
    public var province: String?
    public var date: ReportDate?
    public var year: Int?
    public var sourceName: String?
    public var slug: String?

    public init(region: String? = nil, province: String? = nil, date: ReportDate? = nil, year: Int? = nil,
                sourceName: String? = nil, slug: String? = nil) {
        self.region = region
        self.province = province
        self.date = date
        self.year = year
        self.sourceName = sourceName
        self.slug = slug
    }
}

/// One front matter field the importer could not fill, with how to fill it.
public struct MissingField: Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var hint: String

    public init(key: String, hint: String) {
        self.key = key
        self.hint = hint
    }

    public var description: String { "\(key): \(hint)" }
}

/// The result of importing one file: the content file's text, and an
/// account of what was removed, repaired, and left for a person to fill in.
public struct ImportedReport: Sendable {
    public var sourcePath: String
    public var encoding: TextEncoding
    /// The file was a saved HTML page, whose visible text was imported.
    public var readAsHTMLPage: Bool
    public var convertedFromTraditional: Bool
    public var frontMatter: FrontMatter
    public var blocks: [ReportBlock]
    public var removals: [Removal]
    public var missingFields: [MissingField]
    public var warnings: [String]

    /// The Markdown body, without front matter.
    public var body: String { MarkdownWriter.body(blocks) }

    /// The whole content file: front matter, a blank line, the body.
    public var fileText: String { FrontMatterWriter.yaml(for: frontMatter) + "\n" + body }
}
