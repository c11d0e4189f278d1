import ContentFormat
import Foundation

/// A source line after cleaning.
struct CleanedLine: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case text(String)
        /// The cells of a table's row, once separated by tabs or pipes, joined by `cellSeparator`.
        case tableRow(String)
        case blank
        /// A picture's file name stood here; the next line may be its caption.
        case removedImage
    }

    /// What holds a table row's cells apart: a tab, which no cell holds after cleaning.
    static let cellSeparator: Character = "\t"

    var number: Int
    var content: Content
    /// The line began with an indent (two spaces, a full-width space or a tab):
    /// a paragraph's first line, never the rest of a line a page wrapped.
    var indented = false
    /// The line set its figures apart with wide gaps (`人民调解员  1,356 名　　其中专职  74 名`, a
    /// dashboard's tiles or a form's columns): laid out on the page, never a line it wrapped.
    var laidOut = false
    /// The page marks the line as its headline (above a WeChat article's 原创 line):
    /// the title, however it reads.
    var isHeadline = false

    var isText: Bool {
        if case .text = content { return true }
        return false
    }
}

/// Runs the cleaning rules over every line and keeps an account of them.
enum TextCleaner {
    /// The page's first line of text, and where it is, when it is only an office's
    /// name (霁川市人民政府) or a site's (荆阳普法网) and nothing but blank lines follow
    /// it: seen right above a line of site chrome, it is the site's name in its header.
    static func siteHeader(before cleaned: [CleanedLine]) -> (index: Int, text: String)? {
        onlyLineOfText(in: cleaned) {
            $0.count <= 20 && ($0.wholeMatch(of: LineRules.officeName) != nil || $0.wholeMatch(of: LineRules.siteHeaderName) != nil)
        }
    }

    /// The one line of text before a WeChat article's header, when it is as short as an
    /// account's name and ends no sentence: the account that sent it.
    static func accountName(before cleaned: [CleanedLine]) -> (index: Int, text: String)? {
        onlyLineOfText(in: cleaned) { text in
            text.count <= 16 && !text.unicodeScalars.contains { "。，；：！？,.;:!?".unicodeScalars.contains($0) }
        }
    }

    /// A line kept so far that is the start of the name a header names first: a news
    /// app's name (中原快讯) over its headline and `中原快讯客户端  2025-03-18 09:42  来自河南`.
    static func appName(before cleaned: [CleanedLine], header: String) -> (index: Int, text: String)? {
        guard let sender = header.split(separator: " ").first else { return nil }
        for index in cleaned.indices {
            guard case .text(let text) = cleaned[index].content, text.count >= 2, text.count <= 12,
                  sender.hasPrefix(text) else { continue }
            return (index, text)
        }
        return nil
    }

    /// The line right above an account's name (蒲溪县融媒体中心) when it is a short
    /// name made of that name's characters (蒲溪融媒): the name the account shows.
    static func displayName(before cleaned: [CleanedLine], of account: String) -> (number: Int, text: String)? {
        guard let last = cleaned.last, case .text(let text) = last.content, text.count <= 12,
              text.unicodeScalars.allSatisfy({ $0.isHan && account.unicodeScalars.contains($0) }) else { return nil }
        return (last.number, text)
    }

    /// The one line of text kept so far, and where it is, if `matches` takes it.
    private static func onlyLineOfText(in cleaned: [CleanedLine], where matches: (String) -> Bool) -> (index: Int, text: String)? {
        let texts = cleaned.indices.filter { cleaned[$0].content != .blank }
        guard texts.count == 1, let only = texts.first, case .text(let text) = cleaned[only].content, matches(text)
        else { return nil }
        return (only, text)
    }

    struct Result: Sendable {
        var lines: [CleanedLine]
        var removals: [Removal]
        var warnings: [String]
        var convertedFromTraditional: Bool
        /// Every line after conversion, removed ones included (for links and metadata).
        var allLines: [String]
    }

    /// `sourceLines` gives the line of the original file each line of
    /// `text` comes from, when the text was taken out of an HTML page.
    static func clean(_ text: String, sourceLines: [Int]? = nil) -> Result {
        var removals: [Removal] = []
        var warnings: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        // Before anything changes a character: repair bytes read out of step,
        // then drop pinyin notes, which would otherwise survive conversion.
        func sourceLine(_ index: Int) -> Int {
            guard let sourceLines else { return index + 1 }
            // A page with no text gives no lines, where the split gives one empty line.
            return sourceLines.indices.contains(index) ? sourceLines[index] : sourceLines.last ?? 1
        }
        for index in lines.indices {
            let number = sourceLine(index)
            let repaired = EncodingRepair.repairing(lines[index])
            for repair in repaired.repairs {
                removals.append(Removal(rule: .encodingDamage, line: number, text: repair.garbled, wholeLine: false))
                warnings.append("line \(number): repaired text garbled by a wrong encoding (“\(repair.garbled)” → “\(repair.repaired)”); a character was lost at each end of it, please check against the original page")
            }
            let unpinyined = InlineCleaning.removingPinyinAnnotations(repaired.text)
            for piece in unpinyined.removed {
                removals.append(Removal(rule: .pinyinAnnotation, line: number, text: piece, wholeLine: false))
            }
            lines[index] = unpinyined.text
        }

        let emptiedByFormats = rewritingFileFormats(&lines, removals: &removals, sourceLine: sourceLine)

        let script = ScriptConverter.simplified(lines.joined(separator: "\n"))
        if let problem = script.problem { warnings.append(problem) }
        let converted = script.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if converted.count == lines.count {
            lines = converted
        } else if script.converted {
            warnings.append("the Traditional → Simplified conversion changed the line count; the text was left in its original script")
        }

        let numbered = LineNumbers.stripped(lines)
        lines = numbered.lines
        for (index, number) in numbered.numbers.sorted(by: { $0.key < $1.key }) {
            removals.append(Removal(rule: .pageFurniture, line: sourceLine(index), text: number.trimmingSpaces, wholeLine: false))
        }
        // An e-mail's headers, quote marks and signature are the mail's, not the report's.
        let mail = MailMessage.read(lines)
        if let mail {
            lines = mail.lines
            for (index, mark) in mail.quoteMarks.sorted(by: { $0.key < $1.key }) {
                removals.append(Removal(rule: .mailHeader, line: sourceLine(index), text: mark, wholeLine: false))
            }
        }

        var cleaned: [CleanedLine] = []
        // Under 喜欢此内容的人还喜欢 or 往期推荐, a WeChat page lists other articles: none of it is the report's.
        var inRecommendations = false
        // Under 相关新闻 or 相关阅读, a news page lists other stories, each a title, often with
        // a bullet and its date: the list ends at the first line that is not one.
        var inRelatedStories = false
        // Under 目录 or 本期要目, the entries of a table of contents.
        var contents: TableOfContents.Kind?
        // A video's transcript: its subtitles, and where in `cleaned` the paragraph they join is.
        let subtitles = VideoTranscript.subtitleIndices(in: lines)
        var transcriptParagraph: Int?
        // Where each page number a PDF printed was, in `cleaned`, and each phone screen's status bar.
        var pageBreaks: [Int] = []
        var screenBreaks: Set<Int> = []
        // The line of a Markdown text's first heading of the first level (# …), its title.
        var markdownTitle: Int?
        for (index, copied) in lines.enumerated() {
            let number = sourceLine(index)
            if emptiedByFormats.contains(index) { continue }
            if let mail, mail.furniture.contains(index) {
                if !copied.trimmingSpaces.isEmpty { removals.append(Removal(rule: .mailHeader, line: number, text: copied.trimmingSpaces, wholeLine: true)) }
                continue
            }
            if inRecommendations {
                if !copied.trimmingSpaces.isEmpty { removals.append(Removal(rule: .siteChrome, line: number, text: copied, wholeLine: true)) }
                continue
            }
            if MarkdownMarkup.isRule(copied) || MarkdownMarkup.isHiddenMarkup(copied) {
                removals.append(Removal(rule: .markdownMarkup, line: number, text: copied.trimmingSpaces, wholeLine: true))
                cleaned.append(CleanedLine(number: number, content: .blank))
                continue
            }
            if PipeTable.isRule(copied) {
                removals.append(Removal(rule: .markdownMarkup, line: number, text: copied.trimmingSpaces, wholeLine: true))
                continue
            }
            if TrackedChanges.isBalloon(copied) {
                removals.append(Removal(rule: .trackedChanges, line: number, text: copied.trimmingSpaces, wholeLine: true))
                continue
            }
            if InlineCleaning.isBoxRule(copied) {
                removals.append(Removal(rule: .tableDebris, line: number, text: copied.trimmingSpaces, wholeLine: true))
                continue
            }
            // `&nbsp;`, `&ldquo;`: the page's source leaked in; the characters they stand for stay.
            let (decoded, references) = HTMLEntities.decoding(copied)
            let unfielded = WordFieldCodes.removing(decoded)
            for code in unfielded.removed {
                removals.append(Removal(rule: .wordFields, line: number, text: code, wholeLine: unfielded.text.trimmingSpaces.isEmpty))
            }
            let accepted = TrackedChanges.accepted(unfielded.text)
            for piece in accepted.removed {
                removals.append(Removal(rule: .trackedChanges, line: number, text: piece, wholeLine: false))
            }
            let unmarked = MarkdownMarkup.removingMarks(accepted.text)
            let unblanked = FormBlanks.removingUnderlines(unmarked.text)
            for underline in unblanked.removed {
                removals.append(Removal(rule: .formBlanks, line: number, text: underline, wholeLine: false))
            }
            let original = InlineCleaning.dotLeadersAsColons(InlineCleaning.barLabelsAsColons(InlineCleaning.boxWallsAsPipes(unblanked.text)))
            if unmarked.isTitle && markdownTitle == nil { markdownTitle = number }
            for mark in unmarked.removed {
                removals.append(Removal(rule: .markdownMarkup, line: number, text: mark, wholeLine: false))
            }
            var line = InlineCleaning.unifyingSpaces(original)
            let withoutHTML = InlineCleaning.removingHTMLResidue(line)
            let tableCells = InlineCleaning.tableCells(original)
            let withoutPipes = InlineCleaning.removingTableDebris(InlineCleaning.unifyingSpaces(withoutHTML.text))
            line = InlineCleaning.unifyingSpaces(withoutPipes.text).trimmingSpaces
            let withoutLead = InlineCleaning.removingNewsLead(line)
            let withoutCredit = InlineCleaning.removingPhotoCredit(withoutLead.text)
            let withoutLink = InlineCleaning.removingReadMore(withoutCredit.text)
            line = withoutLink.text
            for piece in withoutLink.removed {
                removals.append(Removal(rule: .siteChrome, line: number, text: piece, wholeLine: false))
            }
            for piece in withoutLead.removed + withoutCredit.removed {
                removals.append(Removal(rule: .byline, line: number, text: piece, wholeLine: false))
            }
            let lostEverything = line.isEmpty && !original.trimmingSpaces.isEmpty
            for piece in references + withoutHTML.removed {
                removals.append(Removal(rule: .htmlResidue, line: number, text: piece, wholeLine: lostEverything))
            }
            for piece in withoutPipes.removed {
                removals.append(Removal(rule: .tableDebris, line: number, text: piece, wholeLine: lostEverything))
            }
            if inRelatedStories {
                if line.isEmpty { continue }
                if LineRules.isRelatedStory(line) {
                    removals.append(Removal(rule: .siteChrome, line: number, text: line, wholeLine: true))
                    continue
                }
                inRelatedStories = false
            }
            if subtitles.contains(index) {
                let subtitle = VideoTranscript.sentence(fromSubtitle: line)
                removals.append(Removal(rule: .timestamps, line: number, text: subtitle.time, wholeLine: false))
                if let paragraph = transcriptParagraph, paragraph == cleaned.count - 1,
                   !VideoTranscript.startsParagraph(subtitle.sentence), case .text(let text) = cleaned[paragraph].content {
                    cleaned[paragraph].content = .text(text + subtitle.sentence)
                } else {
                    cleaned.append(CleanedLine(number: number, content: .text(subtitle.sentence)))
                    transcriptParagraph = cleaned.count - 1
                }
                continue
            }
            if let kind = contents {
                if line.isEmpty, kind == .pages { continue }
                if TableOfContents.isEntry(copied, of: kind) {
                    removals.append(Removal(rule: .contents, line: number, text: line, wholeLine: true))
                    continue
                }
                contents = nil
            }
            if let kind = TableOfContents.kind(ofHeader: line), TableOfContents.isEntry(nextText(after: index, in: lines), of: kind) {
                contents = kind
                removals.append(Removal(rule: .contents, line: number, text: line, wholeLine: true))
                continue
            }
            if cleaned.contains(where: \.isText), line.wholeMatch(of: LineRules.relatedStoriesHeader) != nil {
                inRelatedStories = true
                removals.append(Removal(rule: .siteChrome, line: number, text: line, wholeLine: true))
            } else if cleaned.contains(where: \.isText), line.wholeMatch(of: LineRules.recommendationsHeader) != nil {
                inRecommendations = true
                removals.append(Removal(rule: .siteChrome, line: number, text: line, wholeLine: true))
            } else if line.isEmpty {
                cleaned.append(CleanedLine(number: number, content: .blank))
            } else if PageBreaks.isPageNumber(line) {
                removals.append(Removal(rule: .pageFurniture, line: number, text: line, wholeLine: true))
                pageBreaks.append(cleaned.count)
            } else if PhoneScreens.isStatusBar(line) {
                removals.append(Removal(rule: .phoneScreen, line: number, text: line, wholeLine: true))
                pageBreaks.append(cleaned.count)
                screenBreaks.insert(cleaned.count)
            } else if let rule = LineRules.rule(for: line),
                      rule != .numberBadge || !HardWraps.isCaptionedFigure(line, caption: nextText(after: index, in: lines)) {
                if rule == .siteChrome, let header = siteHeader(before: cleaned) {
                    // 霁川市人民政府 over the site's menu: the site's name, not the report's issuer.
                    let name = cleaned.remove(at: header.index)
                    removals.append(Removal(rule: .siteChrome, line: name.number, text: header.text, wholeLine: true))
                } else if rule == .pageMetadata, let account = line.firstMatch(of: PageMetadata.accountPattern),
                          let name = displayName(before: cleaned, of: String(account.output.1)) {
                    // 蒲溪融媒 over 蒲溪县融媒体中心官方账号: the account's short name, not the report's.
                    cleaned.removeLast()
                    removals.append(Removal(rule: .siteChrome, line: name.number, text: name.text, wholeLine: true))
                } else if rule == .pageMetadata, line.wholeMatch(of: LineRules.weChatHeader) != nil,
                          let account = accountName(before: cleaned) {
                    // 崇平桃坑发布 over 桃坑镇人民政府 2025年01月10日 17:42 江西: the account, not the headline.
                    let name = cleaned.remove(at: account.index)
                    removals.append(Removal(rule: .siteChrome, line: name.number, text: account.text, wholeLine: true))
                } else if rule == .pageMetadata, line.wholeMatch(of: LineRules.appHeader) != nil,
                          let app = appName(before: cleaned, header: line) {
                    let name = cleaned.remove(at: app.index)
                    removals.append(Removal(rule: .siteChrome, line: name.number, text: app.text, wholeLine: true))
                } else if rule == .pageMetadata, line.wholeMatch(of: LineRules.weChatAccount) != nil {
                    cleaned = PhoneScreens.joiningWrappedHeadline(cleaned)
                }
                removals.append(Removal(rule: rule, line: number, text: line, wholeLine: true))
                if rule == .imageFileName { cleaned.append(CleanedLine(number: number, content: .removedImage)) }
                if rule == .imagePlaceholder { cleaned.append(CleanedLine(number: number, content: .blank)) }
            } else {
                let row = tableCells.flatMap { cells in
                    InlineCleaning.isColumnAndHeadline(cells, around: [index - 1, index + 1].filter(lines.indices.contains).map { lines[$0] })
                        ? nil : cells
                }
                let content = row.map { CleanedLine.Content.tableRow($0.joined(separator: String(CleanedLine.cellSeparator))) }
                    ?? .text(line)
                let indented = original.hasPrefix("  ") || original.hasPrefix("\u{3000}") || original.hasPrefix("\t")
                cleaned.append(CleanedLine(number: number, content: content, indented: indented,
                                           laidOut: InlineCleaning.setsFiguresApart(original)))
            }
        }
        let screens = PhoneScreens.removingRepeats(cleaned, breaks: pageBreaks, screens: screenBreaks, removals: &removals)
        let footnotesMoved = PageFootnotes.moved(screens.lines, breaks: screens.breaks)
        cleaned = PageBreaks.removingFurniture(footnotesMoved.lines, breaks: footnotesMoved.breaks, removals: &removals)
        cleaned = PageMenu.removingMenus(cleaned, removals: &removals)
        // A page's divider between its items (-----) parts paragraphs. It is text until here, so that
        // a page break before it (第1页/共1页 under a list) joins nothing across it.
        for index in cleaned.indices {
            guard case .text(let text) = cleaned[index].content, InlineCleaning.isDivider(text) else { continue }
            removals.append(Removal(rule: .tableDebris, line: cleaned[index].number, text: text, wholeLine: true))
            cleaned[index].content = .blank
        }
        if let markdownTitle { cleaned = MarkdownMarkup.titleFirst(cleaned, titleLine: markdownTitle) }
        return Result(lines: cleaned, removals: removals, warnings: warnings,
                      convertedFromTraditional: script.converted, allLines: lines)
    }

    /// The next line with text after `index`, as copied (97 over 个各级民主法治示范村…: a figure, not a badge).
    private static func nextText(after index: Int, in lines: [String]) -> String {
        lines[(index + 1)...].first { !$0.trimmingSpaces.isEmpty }?.trimmingSpaces ?? ""
    }
}
