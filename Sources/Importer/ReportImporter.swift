import ContentFormat

/// Raw text copied from a government web page → a content file.
///
/// The stages, in order: decode → a saved HTML page's visible text →
/// repair encoding damage → drop pinyin notes → Traditional to Simplified →
/// clean lines (a PDF's page furniture too) → a newspaper story's parts on two
/// pages as one → a chart's data labels and tables' rows as sentences →
/// join lines a PDF wrapped → split at the report's own structure →
/// headline, headings, captions, paragraphs → front matter.
public struct ReportImporter: Sendable {
    public var regions: KnownRegions

    public init(regions: KnownRegions) {
        self.regions = regions
    }

    public func importReport(bytes: [UInt8], path: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportedReport {
        let decoded = try TextDecoder.decode(bytes, path: path)
        return try importReport(text: decoded.text, encoding: decoded.encoding, path: path, options: options)
    }

    public func importReport(text: String, encoding: TextEncoding = .utf8, path: String,
                             options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportedReport {
        var unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let ownFrontMatter = MarkdownFrontMatter.read(unified)
        unified = ownFrontMatter?.body ?? unified
        let page = Self.page(in: unified, path: path)
        var cleaned = TextCleaner.clean(DigitGroups.closedUp(page?.text ?? unified), sourceLines: page?.sourceLines)
        cleaned.removals.insert(contentsOf: ownFrontMatter?.removals ?? [], at: 0)
        let stories = PageJumps.joined(cleaned.lines, removals: &cleaned.removals)
        let charts = ChartLabels.rewritten(stories, removals: &cleaned.removals)
        let records = RankingLists.rewritten(KeyValueRecords.rewritten(charts, removals: &cleaned.removals), removals: &cleaned.removals)
        let tablesOfFigures = TextTables.rewritten(CSVTables.rewritten(StackedCells.rewritten(records)), removals: &cleaned.removals)
        let lines = WordTables.rewritten(tablesOfFigures, removals: &cleaned.removals)
        let segments = Self.segments(from: FigureFirstLines.rewritten(HardWraps.joined(SplitFigures.joined(lines))))
        let structure = StructureBuilder.build(segments)
        // A page whose article a script fetches holds at most its headline and chrome.
        if page != nil, !structure.blocks.contains(where: { $0.kind == .paragraph }) { throw .noTextInPage(path: path) }
        guard structure.title != nil || !structure.blocks.isEmpty else { throw .empty(path: path) }

        var metadata = PageMetadata.read(removed: cleaned.removals, allLines: cleaned.allLines)
        if let head = page?.head ?? ownFrontMatter?.head { metadata.fill(from: head) }
        var inference = FrontMatterInference(structure: structure, metadata: metadata, regions: regions, options: options)
        let frontMatter = try inference.frontMatter(path: path)
        return ImportedReport(
            sourcePath: path, encoding: encoding, readAsHTMLPage: page != nil,
            convertedFromTraditional: cleaned.convertedFromTraditional,
            frontMatter: frontMatter, blocks: structure.blocks, removals: cleaned.removals,
            missingFields: inference.missing, warnings: cleaned.warnings + inference.warnings
        )
    }

    /// A saved page's visible text, or a news feed's laid out as a page's, with the
    /// lines of the file each of its lines came from.
    static func page(in text: String, path: String) -> HTMLPage.Text? {
        if NewsFeed.isFeed(text), let feed = NewsFeed.page(of: text), var page = HTMLPage.text(of: feed.html) {
            page.sourceLines = page.sourceLines.map(feed.feedLine)
            return page
        }
        return HTMLPage.isDocument(text, path: path) ? HTMLPage.text(of: text) : nil
    }

    /// Segments of the kept lines, with the line facts the structure needs.
    static func segments(from lines: [CleanedLine]) -> [Segment] {
        var segments: [Segment] = []
        var sawBlank = false
        var sawImage = false
        for line in lines {
            switch line.content {
            case .blank:
                sawBlank = true
            case .removedImage:
                sawImage = true
            case .text(let text) where line.isHeadline:
                segments.append(Segment(text: text, line: line.number, startsLine: true, isWholeLine: true,
                                        followsBlankLine: sawBlank, followsImage: sawImage, isHeadline: true))
                sawBlank = false
                sawImage = false
            case .text(let text):
                let pieces = Segmenter.segments(of: text)
                for (index, piece) in pieces.enumerated() {
                    segments.append(Segment(
                        text: piece, line: line.number, startsLine: index == 0, isWholeLine: pieces.count == 1,
                        followsBlankLine: sawBlank, followsImage: sawImage
                    ))
                }
                sawBlank = false
                sawImage = false
            case .tableRow(let text):
                // A row left as it is reads as a line of text, its cells apart by spaces.
                segments.append(Segment(
                    text: text.split(separator: CleanedLine.cellSeparator).joined(separator: " "), line: line.number, startsLine: true, isWholeLine: true,
                    followsBlankLine: sawBlank, followsImage: sawImage, isTableRow: true
                ))
                sawBlank = false
                sawImage = false
            }
        }
        return segments
    }
}
