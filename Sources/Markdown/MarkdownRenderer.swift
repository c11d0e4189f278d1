import CCmark

/// Markdown → HTML through libcmark, in safe mode unless a site opts out.
/// Every cmark pointer lives and dies inside `render`, so documents can be
/// rendered on many threads at once.
public struct MarkdownRenderer: Sendable {
    public struct Options: Sendable {
        /// Pass raw HTML and `javascript:` links through. Off by default.
        public var unsafeHTML: Bool
        public init(unsafeHTML: Bool = false) {
            self.unsafeHTML = unsafeHTML
        }
    }

    public let options: Options
    /// Turns a heading's text into an id; the renderer makes ids unique per document.
    public let headingSlug: @Sendable (String) -> String

    public init(options: Options = Options(), headingSlug: @escaping @Sendable (String) -> String) {
        self.options = options
        self.headingSlug = headingSlug
    }

    /// Renders `source`. `annotate` is called once per paragraph and heading
    /// with its plain text, and returns the spans to wrap in marks.
    public func render(
        _ source: String,
        annotate: (TextBlock) -> [InlineMark] = { _ in [] }
    ) -> RenderedMarkdown {
        guard let document = Cmark.parseDocument(source) else { return RenderedMarkdown(utf8HTML: [], headings: [], blocks: []) }
        defer { cmark_node_free(document) }

        CJKSoftBreaks.remove(in: document)
        let blocks = InlineMarker.markBlocks(in: document, annotate: annotate)
        let headings = HeadingAnchors.assignIDs(in: document, slug: headingSlug, renderOptions: renderFlags)
        let html = Cmark.renderHTMLBytes(document, options: renderFlags)
        return RenderedMarkdown(utf8HTML: html, headings: headings, blocks: blocks)
    }

    var renderFlags: Int32 {
        options.unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    }
}

/// What a rendered document offers the pages built around it.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML as valid UTF-8: pages copy it into theirs without making a `String` of it.
    public var utf8HTML: [UInt8]
    public var headings: [Heading]
    /// Paragraphs and headings in document order, with their plain text.
    public var blocks: [TextBlock]

    public var html: String { String(decoding: utf8HTML, as: UTF8.self) }
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
    /// 1-based line in the Markdown source.
    public var line: Int
}

/// The plain text of one paragraph or heading, as readers see it.
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case paragraph
        /// A paragraph that is nothing but emphasis: how content marks photo captions.
        case caption
        case heading(level: Int)
        case listItem
    }

    public var kind: Kind
    public var text: String
    /// 1-based line in the Markdown source.
    public var line: Int
    public var column: Int
}

/// A span of a block's text to wrap in `<mark>`: facts marked in place.
public struct InlineMark: Sendable, Equatable {
    /// Byte offsets into `TextBlock.text`.
    public var utf8Range: Range<Int>
    public var id: String
    public var title: String
    public var cssClass: String

    public init(utf8Range: Range<Int>, id: String, title: String, cssClass: String = "fact") {
        self.utf8Range = utf8Range
        self.id = id
        self.title = title
        self.cssClass = cssClass
    }
}
