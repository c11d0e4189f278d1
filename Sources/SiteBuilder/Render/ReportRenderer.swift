import ContentFormat
import Foundation
import Indicators
import Markdown

/// The render stage for one report: Markdown to HTML with heading ids, the
/// outline and the lead. Pure, so reports render in parallel.
struct ReportRenderer: Sendable {
    let markdown: MarkdownRenderer
    /// For Simplified text: matches the catalog's terms directly.
    let extractor: FactExtractor
    /// For Traditional text: normalises each block before matching, which
    /// costs an ICU transform per block, so only such reports pay for it.
    let traditionalExtractor: FactExtractor

    init(config: SiteConfig, catalog: IndicatorCatalog) {
        markdown = MarkdownRenderer(options: .init(unsafeHTML: config.unsafeHTML), headingSlug: HeadingSlug.make)
        extractor = FactExtractor(catalog: catalog, normaliser: .identity)
        traditionalExtractor = FactExtractor(catalog: catalog, normaliser: .traditionalToSimplified)
    }

    func render(_ report: ValidReport) -> RenderedReport {
        let document = report.document
        let extractor = ScriptDetection.isTraditional(document.body) ? traditionalExtractor : extractor
        var marker = FactMarker(extractor: extractor, path: document.path, bodyStartLine: document.bodyStartLine,
                                 title: document.frontMatter.title)
        let rendered = markdown.render(document.body) { marker.marks(for: $0) }
        let outline = rendered.headings.map { OutlineEntry(level: $0.level, text: $0.text, id: $0.id) }
        let firstParagraph = rendered.blocks.first { $0.kind == .paragraph }?.text ?? ""
        let lead = document.frontMatter.summary ?? Lead.make(from: firstParagraph)
        // Curated figures come first: tables take the first figure of each
        // indicator, so a figure typed by a person overrides an extracted one.
        // Most reports have none: their figures are then taken as they are, not copied one by one.
        let curated = document.frontMatter.indicators.map { SiteFact.curated($0, catalog: extractor.catalog) }
        let facts = curated.isEmpty ? marker.facts : curated + marker.facts
        return RenderedReport(
            document: document, slug: report.slug, bodyHTML: rendered.utf8HTML,
            outline: outline, lead: lead, facts: facts
        )
    }
}

/// Whether a report is written in Traditional script. Its first few hundred
/// Han characters decide: Traditional text changes under ICU's Hant-Hans
/// transform almost at once (們, 這, 國, 會 are among the commonest characters).
enum ScriptDetection {
    static let sampleSize = 400

    static func isTraditional(_ text: String) -> Bool {
        var sample: [Unicode.Scalar] = []
        sample.reserveCapacity(sampleSize)
        for scalar in text.unicodeScalars where isIdeographic(scalar) {
            sample.append(scalar)
            if sample.count == sampleSize { break }
        }
        return ScriptNormaliser.traditionalToSimplified.changes(sample)
    }

    /// The Unicode property, answered at once for the CJK Unified Ideographs
    /// block (all of it ideographic) and for the scalars below U+3006 (none are).
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF: true
        case ..<0x3006: false
        default: scalar.properties.isIdeographic
        }
    }
}

/// Heading ids: pinyin of the heading, short enough to read in a URL.
enum HeadingSlug {
    static let maximumLength = 40

    static func make(_ text: String) -> String {
        let full = Slug.make(from: text)
        guard full.count > maximumLength else { return full }
        let cut = full.prefix(maximumLength)
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) > 8 {
            return String(cut[..<hyphen])
        }
        return String(cut)
    }
}

/// The automatic lead: whole sentences from the first paragraph, cut at
/// 。！？ and never in the middle of a character or a number.
enum Lead {
    static let targetLength = 120
    static let hardLimit = 200
    /// 。！？!? each as a character alone: a mark combined with one is not an end.
    /// Tested on scalars, as no other scalars are canonically equivalent to these.
    static func isSentenceEnd(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    /// Whole sentences from the start up to about `targetLength` characters (at least
    /// one), cut at `hardLimit` with "…". The lead is a prefix of the paragraph, so
    /// it is found by where it ends, without copying a character at a time.
    static func make(from paragraph: String) -> String {
        // Most paragraphs have no line break left to remove, and skip the search.
        let text = paragraph.utf8.contains(UInt8(ascii: "\n")) ? paragraph.replacingOccurrences(of: "\n", with: "") : paragraph
        // Where the last sentence taken ends, and how many characters it ends after.
        var leadEnd: String.Index?
        var leadCount = 0
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            count += 1
            guard isSentenceEnd(character) else { continue }
            if leadEnd != nil && count > targetLength { break }
            leadEnd = index
            leadCount = count
        }
        // With no sentence end, the whole paragraph.
        let lead = leadEnd.map { text[..<$0] } ?? text[...]
        guard (leadEnd == nil ? count : leadCount) > hardLimit else { return String(lead) }
        var cut = lead.prefix(hardLimit)
        while let last = cut.last, last.isNumber || last == "." || last == "," {
            cut = cut.dropLast()
        }
        return cut + "…"
    }
}
