/// One block of the imported body, before it is written as Markdown.
public struct ReportBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// A photo caption.
        case caption
        /// A second headline line under the title.
        case subtitle
        /// Who issued the report, and when: its closing signature, or the
        /// same under its title.
        case signature
    }

    public var kind: Kind
    /// Plain text; a signature keeps one line per part, joined by "\n".
    public var text: String
    /// 1-based line in the source file.
    public var line: Int

    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

/// The headline, and the body as blocks.
struct ReportStructure: Sendable, Equatable {
    var title: String?
    var blocks: [ReportBlock]
}

/// Decides what each segment is: headline, heading, caption, paragraph or signature.
enum StructureBuilder {
    static let maximumMergedHeadingLength = 50
    static let maximumSignatureParts = 3

    static func build(_ segments: [Segment]) -> ReportStructure {
        var rest = segments[...]
        let title = takeTitle(from: &rest)
        var blocks: [ReportBlock] = []
        if title != nil, let subtitle = takeIssueNumber(from: &rest) ?? takeSubtitle(from: &rest) { blocks.append(subtitle) }
        if title != nil, let dateline = takeDateline(from: &rest) { blocks.append(dateline) }

        let signatureStart = signatureStartIndex(in: rest)
        let texts = segments.map(\.text)
        while let segment = rest.first, rest.startIndex < signatureStart {
            if isCaption(segment) {
                blocks.append(ReportBlock(kind: .caption, text: segment.text, line: segment.line))
                rest = rest.dropFirst()
            } else if let length = speakerLength(rest) {
                // 霁川市司法局党委委员、副局长　唐晓岚: a post and a name, never a heading over the name.
                let speaker = rest.prefix(length).map(\.text).joined(separator: " ")
                blocks.append(ReportBlock(kind: .paragraph, text: speaker, line: segment.line))
                rest = rest.dropFirst(length)
            } else if !segment.isTableRow, HeadingShape.isHeadingLike(segment.text),
                      !ListItems.isItem(rest.startIndex, of: texts),
                      let heading = takeHeading(from: &rest, before: signatureStart) {
                blocks.append(heading)
            } else {
                let text = InlineCleaning.droppingSpacesBesideChinesePunctuation(segment.text)
                blocks.append(ReportBlock(kind: .paragraph, text: text, line: segment.line))
                rest = rest.dropFirst()
            }
        }
        if signatureStart < rest.endIndex, let first = rest.first {
            var lines = rest.map(\.text)
            if lines.count > 2, isWrappedOfficeName(lines[0], lines[1]) { lines[0...1] = [lines[0] + lines[1]] }
            let text = lines.joined(separator: "\n")
            blocks.append(ReportBlock(kind: .signature, text: text, line: first.line))
        }
        return ReportStructure(title: title, blocks: blocks)
    }

    /// The headline: the first segment when it is shaped like one, together
    /// with headline-shaped segments on the same line (`以法治精神润泽鹿城 让尊法守法蔚然成风`).
    private static func takeTitle(from rest: inout ArraySlice<Segment>) -> String? {
        // 附件2 over 2024年度…推荐审批表, 交流材料之三 over 念好法治“三字经”…: an attached document's
        // number, or a paper's place in a meeting's set, is not its title.
        if let number = rest.first, number.isWholeLine, number.text.wholeMatch(of: numberOverTitle) != nil,
           let next = rest.dropFirst().first, !next.isTableRow, HeadingShape.isTitleLike(next.text) {
            rest = rest.dropFirst()
        }
        guard let first = rest.first, !first.isTableRow else { return nil }
        if first.isHeadline {
            rest = rest.dropFirst()
            return first.text
        }
        // 🔥年终盘点丨…请查收！: a news headline's emoji and its closing ！ or ？ are no sentence of text.
        let headline = HeadingShape.withoutEdgePictographs(first.text)
        guard HeadingShape.isTitleLike(headline)
                || HeadingShape.isTitleLike(HeadingShape.withoutClosingExclamationOrQuestionMark(headline))
        else { return nil }
        var parts = [headline]
        rest = rest.dropFirst()
        while let next = rest.first, !next.startsLine, !next.isTableRow, HeadingShape.isTitleLike(next.text),
              (parts + [next.text]).joined(separator: " ").count <= HeadingShape.maximumTitleLength {
            parts.append(next.text)
            rest = rest.dropFirst()
        }
        // 桐垣县人民政府 / 关于…的报告: an official document's title names who issues it, then
        // 关于 and what it is about, and is often set on two lines. It is one title.
        // So do several issuers on one line (绵阳市涪南区教育局 绵阳市涪南区司法局 / 关于…), and an
        // office over what it reports on for a year (泉州市东汀区司法局 / 2025年工作总结和2026年工作要点).
        let issuers = parts.joined(separator: " ")
        if issuers.count <= maximumIssuerLength, let next = rest.first, !next.isTableRow, HeadingShape.isTitleLike(next.text),
           issuers.count + next.text.count <= HeadingShape.maximumTitleLength {
            let allOffices = parts.allSatisfy(namesAnOffice)
            if next.text.hasPrefix("关于") && (parts.count == 1 || allOffices)
                || allOffices && next.text.prefixMatch(of: yearLead) != nil
                || allOffices && next.text.wholeMatch(of: documentKindEnding) != nil {
                rest = rest.dropFirst()
                return issuers + next.text
            }
        }
        return parts.joined(separator: " ")
    }

    private static var numberOverTitle: Regex<Substring> {
        #/附\s*[件表]\s*[0-9０-９一二三四五六七八九十]{0,3}|\p{Script=Han}{2,8}之[一二三四五六七八九十]{1,3}/#
    }

    private static func namesAnOffice(_ text: String) -> Bool {
        text.wholeMatch(of: LineRules.officeName) != nil || text.hasSuffix("联合会")
    }

    /// 普法与审判公开工作白皮书, …年度报告: a title that says what kind of document it is,
    /// under the office that issues it (沧澜县人民法院).
    private static var documentKindEnding: Regex<Substring> { #/.+(?:白皮书|报告|总结|要点|年报|综述)/# }

    /// 2025年工作总结…, 二〇二五年…: a title that begins with its year.
    private static var yearLead: Regex<Substring> { #/(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/# }

    /// A second headline line (`包头市“八五”普法工作再上新台阶`, `——…综述`)
    /// standing alone right under the title, before any running text.
    private static func takeSubtitle(from rest: inout ArraySlice<Segment>) -> ReportBlock? {
        guard let candidate = rest.first, candidate.isWholeLine, !candidate.followsImage, !candidate.isTableRow else { return nil }
        let text = candidate.text
        if isPeriodNote(text) {
            rest = rest.dropFirst()
            return ReportBlock(kind: .subtitle, text: text, line: candidate.line)
        }
        guard HeadingShape.isTitleLike(text) else { return nil }
        // 白浪区司法局 over its date on the next line: who issued the report, not a subtitle.
        if namesAnOffice(text), let next = rest.dropFirst().first, next.isWholeLine, isSignedDate(next.text) {
            return nil
        }
        // 汉坪区:禁毒宣传进广场 under a digest's title: its first item, named by its place.
        if let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), colon != text.index(before: text.endIndex) { return nil }
        let namesPlace = text.unicodeScalars.contains { "市区县州盟旗省".unicodeScalars.contains($0) }
        guard text.hasPrefix("—") || text.hasPrefix("-") || namesPlace || text.count >= 12 else { return nil }
        let next = rest.dropFirst().first
        if let next, HeadingShape.isHeadingLike(next.text), speakerLength(rest.dropFirst()) == nil { return nil }
        rest = rest.dropFirst()
        return ReportBlock(kind: .subtitle, text: text, line: candidate.line)
    }

    /// （2023年度）, (2021—2025年): the year or years a white paper or a plan covers, under its title.
    static func isPeriodNote(_ text: String) -> Bool {
        DateText.withArabicNumerals(text).wholeMatch(of: periodNote) != nil
    }

    private static var periodNote: Regex<Substring> {
        #/[（(]\s*\d{4}\s*(?:年度|年)?(?:\s*[—－\-–~～至到]+\s*\d{4}\s*(?:年度|年)?)?\s*[）)]/#
    }

    /// A bulletin's issue under its title (2025年第1期（总第37期）, （2025年第5期）): a subtitle, not a heading.
    private static func takeIssueNumber(from rest: inout ArraySlice<Segment>) -> ReportBlock? {
        guard let candidate = rest.first, candidate.isWholeLine, !candidate.isTableRow,
              candidate.text.wholeMatch(of: issueNumber) != nil else { return nil }
        rest = rest.dropFirst()
        return ReportBlock(kind: .subtitle, text: candidate.text, line: candidate.line)
    }

    private static var issueNumber: Regex<Substring> {
        #/[（(]?(?:\d{4}\s*年\s*)?第\s*[0-9一二三四五六七八九十百]+\s*期(?:\s*[（(]\s*总第\s*[0-9一二三四五六七八九十百]+\s*期\s*[）)])?[）)]?/#
    }

    /// Who issued the report and when, under its title (`龙岗区司法局  二〇二四年一月五日`,
    /// its office's name over the date, or the date alone): a signature at the top, never a
    /// heading over the text.
    private static func takeDateline(from rest: inout ArraySlice<Segment>) -> ReportBlock? {
        // Who speaks (县司法局局长　韩立松) is no office that issued the report: the body's
        // own loop makes that line a paragraph.
        guard let first = rest.first, !first.isTableRow, speakerLength(rest) == nil else { return nil }
        var parts = [first]
        if !HeadingShape.isDateOnly(first.text) {
            // Two offices that issue it together, each on its line over the date.
            let second = rest.dropFirst().first
            let cosigned = namesAnOffice(first.text) && first.isWholeLine && second.map { office in
                office.isWholeLine && office.text.count <= maximumIssuerLength && namesAnOffice(office.text)
                    && rest.dropFirst(2).first.map { isSignedDate($0.text) && $0.isWholeLine } == true
            } == true
            if cosigned, let second { parts.append(second) }
            guard first.text.count <= maximumIssuerLength, HeadingShape.isHeadingLike(first.text),
                  Numbering.marker(at: first.text) == nil,
                  let date = rest.dropFirst(parts.count).first,
                  !date.startsLine || namesAnOffice(first.text) && date.isWholeLine,
                  HeadingShape.isDateOnly(date.text) || namesAnOffice(first.text) && isSignedDate(date.text),
                  rest.dropFirst(parts.count + 1).first?.startsLine ?? true else { return nil }
            parts.append(date)
        }
        rest = rest.dropFirst(parts.count)
        return ReportBlock(kind: .signature, text: parts.map(\.text).joined(separator: "\n"), line: first.line)
    }

    /// How many segments a line of its own naming who delivers the report
    /// takes (县司法局局长　韩立松: the post, then the name), or nil when the
    /// segments do not start such a line.
    private static func speakerLength(_ segments: ArraySlice<Segment>) -> Int? {
        guard let post = segments.first, post.startsLine, !post.isTableRow else { return nil }
        if post.isWholeLine { return HeadingShape.isPostAndName(post.text) ? 1 : nil }
        let rest = segments.dropFirst()
        guard let name = rest.first, !name.startsLine, rest.dropFirst().first?.startsLine ?? true,
              HeadingShape.isPostAndName(post.text + " " + name.text) else { return nil }
        return 2
    }

    /// 龙岗区司法局, 中共兰州市委全面依法治市委员会办公室: an office's name, not a sentence.
    static let maximumIssuerLength = 24

    private static func isCaption(_ segment: Segment) -> Bool {
        guard segment.isWholeLine, !segment.isTableRow else { return false }
        if Captions.isCaption(segment.text) { return true }
        return segment.followsImage && Captions.isCaptionAfterImage(segment.text)
    }

    /// Consecutive heading-shaped segments form one heading when text follows
    /// them: on one line (`实施“五大工程” 全面提升公民法治素养`) or on two
    /// adjacent lines (`统筹谋划` / `高位推进依法治区`). Numbered headings stand alone.
    private static func takeHeading(from rest: inout ArraySlice<Segment>, before end: Int) -> ReportBlock? {
        guard let first = rest.first else { return nil }
        if let column = takeColumnAndHeadline(from: &rest, before: end) { return column }
        let numbering = Numbering.marker(at: first.text)
        var parts = [first.text]
        var consumed = 1
        var linesSpanned = 1
        var previous = first
        while numbering == nil, rest.startIndex + consumed < end {
            let next = rest[rest.startIndex + consumed]
            guard !next.isTableRow, HeadingShape.isHeadingLike(next.text), Numbering.marker(at: next.text) == nil,
                  ListItems.bullet(of: next.text) == nil, !isCaption(next) else { break }
            let sameLine = !next.startsLine
            let adjacentLine = next.isWholeLine && previous.isWholeLine && !next.followsBlankLine && linesSpanned < 2
            guard sameLine || adjacentLine,
                  (parts + [next.text]).joined(separator: " ").count <= maximumMergedHeadingLength else { break }
            if !sameLine { linesSpanned += 1 }
            parts.append(next.text)
            consumed += 1
            previous = next
        }
        // A heading needs text under it; a last short line is a signature, not a heading.
        guard rest.startIndex + consumed < end else { return nil }
        let level = numbering?.level.rawValue ?? Numbering.Level.chapter.rawValue
        rest = rest.dropFirst(consumed)
        return ReportBlock(kind: .heading(level: level), text: withoutBullet(parts.joined(separator: " ")), line: first.line)
    }

    /// 【法律援助】 over 法律援助“护薪行动”为农民工追回欠薪1,360余万元: a bulletin's column on a
    /// line of its own over its story's headline, which may hold a figure. One heading, when
    /// text follows it.
    private static func takeColumnAndHeadline(from rest: inout ArraySlice<Segment>, before end: Int) -> ReportBlock? {
        guard let column = rest.first, column.text.wholeMatch(of: bracketedColumn) != nil,
              rest.startIndex + 2 < end else { return nil }
        let headline = rest[rest.startIndex + 1]
        guard headline.isWholeLine, !headline.isTableRow, headline.text.count <= maximumMergedHeadingLength,
              !headline.text.unicodeScalars.contains(where: { "。；！？".unicodeScalars.contains($0) }) else { return nil }
        rest = rest.dropFirst(2)
        return ReportBlock(kind: .heading(level: Numbering.Level.chapter.rawValue),
                           text: column.text + " " + headline.text, line: column.line)
    }

    private static var bracketedColumn: Regex<Substring> { #/【[^】]{2,10}】/# }

    /// `■ 聚焦重点 精准发力`: the heading without the mark a page draws before it.
    static func withoutBullet(_ heading: String) -> String {
        let kept = heading.unicodeScalars.drop { ListItems.bullets.contains($0) || $0 == "▲" || $0 == "△" || $0 == " " }
        return kept.isEmpty ? heading : String(String.UnicodeScalarView(kept))
    }

    /// The date under an office's name: a day (2024年1月5日), or a month only
    /// (二〇二四年四月), as a cover or a closing signature may give it.
    static func isSignedDate(_ text: String) -> Bool {
        HeadingShape.isDateOnly(text) || DateText.isYearAndMonth(text)
    }

    /// Where the closing signature starts (`威海市人民政府` / `2020年8月27日`):
    /// a few short lines at the very end, at least one of them a date.
    private static func signatureStartIndex(in segments: ArraySlice<Segment>) -> Int {
        var start = segments.endIndex
        var sawDate = false
        while start > segments.startIndex, segments.endIndex - start < maximumSignatureParts {
            let candidate = segments[start - 1]
            if candidate.isTableRow { break }
            if isSignedDate(candidate.text) {
                sawDate = true
            } else if !(HeadingShape.isHeadingLike(candidate.text) && Numbering.marker(at: candidate.text) == nil) {
                break
            }
            start -= 1
        }
        guard sawDate else { return segments.endIndex }
        // Only the trailing date and the name just before it.
        while start < segments.endIndex, !isSignedDate(segments[start].text),
              segments.endIndex - start > 2 {
            start += 1
        }
        if start > segments.startIndex, start < segments.endIndex, !isSignedDate(segments[start].text),
           isWrappedOfficeName(segments[start - 1].text, segments[start].text) {
            start -= 1
        }
        return start
    }

    /// 涣阳县委全面依法治县委员会 / 守法普法协调小组办公室: one office's name wrapped over two
    /// lines, its place at the start of the first and none at the start of the second.
    static func isWrappedOfficeName(_ first: String, _ second: String) -> Bool {
        guard first.count + second.count <= maximumIssuerLength, HeadingShape.isHeadingLike(first),
              HeadingShape.isHeadingLike(second), !isSignedDate(first),
              RegionInference.placeMentions(in: first).first?.range.lowerBound == first.startIndex,
              RegionInference.placeMentions(in: second).first?.range.lowerBound != second.startIndex else { return false }
        return (first + second).wholeMatch(of: LineRules.officeName) != nil
    }
}
