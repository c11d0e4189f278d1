import ContentFormat
import Indicators

/// Text copied from a PDF keeps the page's line breaks: a sentence runs on
/// into the next line (`…专题研究普法工` / `作2次，…`), splitting words and the
/// terms figures are read by (“法律 / 明白人”2,416名). Such a document has
/// several long lines that end no sentence and are no heading, of about one
/// length; each of them is joined with the line after it. A page copied from
/// the web, a paragraph per line, has none or few, and is left as it is. A
/// line that begins with an indent or a list's bullet begins a paragraph: it
/// is joined to none.
enum HardWraps {
    /// A wrapped line is at least this long, in characters.
    static let minimumWrappedLength = 15
    /// How many such lines show that the text was wrapped.
    static let minimumEvidence = 3
    /// A wrapped line is at least this share of the usual wrapped length
    /// (digits and Latin letters are narrower than Han, so lengths vary).
    static let fullLineShare = 0.8
    /// A line shaped like a heading runs on only when it is about as long as
    /// the wrapped lines (digits make their lengths vary by a character or two).
    static let fullWidthShare = 0.9

    static func joined(_ lines: [CleanedLine]) -> [CleanedLine] {
        let lines = withoutStraySpaces(joiningLoneFigures(lines))
        let candidates = lines.compactMap { line -> Int? in
            guard case .text(let text) = line.content, runsOn(text) else { return nil }
            return text.count
        }.sorted()
        guard candidates.count >= minimumEvidence else { return lines }
        let usualLength = Double(candidates[candidates.count / 2])
        var result: [CleanedLine] = []
        // The line before as it was copied: whether it ran on is its own length's question.
        var previousLine: String?
        var previousWasLaidOut = false
        for (index, line) in lines.enumerated() {
            guard case .text(let text) = line.content, !line.isHeadline else {
                result.append(line)
                previousLine = nil
                continue
            }
            defer { previousWasLaidOut = line.laidOut }
            if let previousLine, !line.indented, !line.laidOut, !previousWasLaidOut, ListItems.bullet(of: text) == nil,
               !ListItems.isNumberedItem(text),
               ranOn(previousLine, usualLength: usualLength) || ranOnToAFigure(previousLine, text),
               Numbering.marker(at: text) == nil, !HeadingShape.isPostAndName(text),
               !(HeadingShape.isField(text) && HeadingShape.isField(previousLine)),
               // A statistics line (公布普法责任清单的单位：73家) neither runs on nor is run on to,
               // nor is a slide's label and figure (新培育 718名).
               !StatisticsLine.matches(text), !StatisticsLine.matches(previousLine),
               !isLabelAndFigure(text), !isLabelAndFigure(previousLine), !signsOverADate(text, next: lines[(index + 1)...].first),
               // A chart's or a table's row of bare figures (3215 3487 3602) is a line of its own:
               // joined, its last figure would run into the next line's first (360296.8%).
               !isRowOfFigures(text), !isRowOfFigures(previousLine),
               case .text(let joined) = result[result.count - 1].content {
                result[result.count - 1].content = .text(joining(joined, text))
            } else {
                result.append(line)
            }
            previousLine = text
        }
        return result
    }

    /// 鹤溪县司法局 over 2025年1月, under a title or at the end: an office that signs, on a line of its own.
    private static func signsOverADate(_ text: String, next: CleanedLine?) -> Bool {
        guard text.count <= 20, text.wholeMatch(of: LineRules.officeName) != nil,
              let next, case .text(let date) = next.content else { return false }
        return StructureBuilder.isSignedDate(date)
    }

    /// A figure on a line of its own (`1,460场`) under a line that ends no sentence
    /// (`● 开展法治宣传活动`), as slides set them, is that line's: joined to it after a space.
    /// A post's year in numbers sets a figure and its caption on two lines, each pair one
    /// line here, the figure first: a bare number over a caption that begins with its unit
    /// (`26.8万` / `人次群众受教育`), a figure over its label (`98.9%` / `调解成功率`), or
    /// the caption over its figure (`人次…参加法治培训` / `8600+`).
    static func joiningLoneFigures(_ lines: [CleanedLine]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        result.reserveCapacity(lines.count)
        // Whether the last line is a caption that wants an object, or sets only when and where,
        // and the figure it was joined to.
        var figureWantsItsThing = false
        // Whether the last line ends in the thing a figure counts, which a predicate may follow.
        var thingJoined = false
        for (index, line) in lines.enumerated() {
            let wantedThing = figureWantsItsThing
            figureWantsItsThing = false
            let thingWantsItsPredicate = thingJoined
            thingJoined = false
            if case .text(let text) = line.content, HeadingShape.isLoneFigure(text), let last = result.last,
               case .text(let label) = last.content, !Segmenter.endsSentence(label), !HeadingShape.isFigure(label),
               !isCaptioned(text, by: lines[(index + 1)...].first) {
                result[result.count - 1].content = .text(label + " " + text)
                figureWantsItsThing = (label.unicodeScalars.last.map(wantsAnObject.contains) ?? false)
                    || settings.contains(where: label.hasSuffix)
            } else if wantedThing, case .text(let thing) = line.content, isThingCounted(thing),
                      case .text(let figure) = result[result.count - 1].content {
                // 我们一起办了 / 2,316场 / 法治宣传活动: a year in review's caption, its figure, and what it counts.
                result[result.count - 1].content = .text(figure + thing)
                thingJoined = true
            } else if thingWantsItsPredicate, case .text(let predicate) = line.content, isThingCounted(predicate),
                      predicateOpenings.contains(where: predicate.hasPrefix),
                      case .text(let subject) = result[result.count - 1].content {
                // 全市 / 1,508个 / 村（社区） / 都有了自己的法律顾问: what the things counted did.
                result[result.count - 1].content = .text(subject + predicate)
            } else if case .text(let caption) = line.content, let last = result.last, case .text(let figure) = last.content,
                      isCaptionedFigure(figure, caption: caption) || HeadingShape.isLoneFigure(figure) && isLabel(caption) {
                result[result.count - 1].content = .text(figure + caption)
            } else if case .text(let figure) = line.content, let last = result.last, case .text(let caption) = last.content,
                      isCaptionedFigure(figure, caption: caption) {
                // 人次基层干部群众参加法治培训 / 8600+: the caption set over its figure.
                result[result.count - 1].content = .text(figure + caption)
            } else if case .text(let note) = line.content, isNote(note), let last = result.last,
                      case .text(let figure) = last.content, endsWithAFigure(figure) {
                // 人民调解员 1,124名 / （其中专职人民调解员86名）: the figure's note under it.
                result[result.count - 1].content = .text(figure + note)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// The last characters of a caption that leaves its verb's object to the figure and
    /// the line after it: 办了, 壮大到, 分布在城乡的, 委员会里.
    private static let wantsAnObject = Set("了的到达有为是计共里".unicodeScalars)

    /// Adverbs that open a predicate, not a label: 都有了…, 均已…, 全部配备….
    private static let predicateOpenings = ["都", "均", "全部", "全都", "已", "也", "还", "先后", "累计"]

    /// When and where, and nothing of what: 这一年 / 3个 / 村（社区）入选…, 全市 / 1,508个 / 村（社区）.
    private static let settings = ["这一年", "今年", "全年", "全市", "全县", "全区", "全省", "全州", "全旗", "全盟", "全镇", "全乡"]

    /// `法治宣传活动`, `单位晒出了自己的「普法责任清单」` under a figure: the thing it counts,
    /// with no digit of its own (第九批 may be there), no sentence's end and no section's mark.
    private static func isThingCounted(_ text: String) -> Bool {
        text.count <= maximumThingLength && !HeadingShape.holdsDigits(text) && !Segmenter.endsSentence(text)
            && Numbering.marker(at: text) == nil && !text.hasPrefix("—") && HeadingShape.hanCount(Array(text.unicodeScalars)) >= 2
    }

    private static let maximumThingLength = 30

    private static func isCaptioned(_ figure: String, by next: CleanedLine?) -> Bool {
        guard let next, case .text(let caption) = next.content else { return false }
        return isCaptionedFigure(figure, caption: caption)
    }

    /// `调解成功率` under `98.9%`: a short label with no digit, sentence or section mark of its
    /// own. A Han numeral may be part of its name (三级调解组织覆盖率, 七里河区).
    private static func isLabel(_ text: String) -> Bool {
        text.count <= maximumLabelLength && !HeadingShape.holdsDigits(text) && !Segmenter.endsSentence(text)
            && Numbering.marker(at: text) == nil && HeadingShape.hanCount(Array(text.unicodeScalars)) >= 2
            && !text.unicodeScalars.contains(where: HeadingShape.sentencePunctuation.contains)
    }

    private static let maximumLabelLength = 12

    /// Whether `figure` is a bare number (26.8万, 1,046, 1200+) and `caption` begins with its unit.
    static func isCaptionedFigure(_ figure: String, caption: String) -> Bool {
        guard figure.count <= maximumBareFigureLength, figure.wholeMatch(of: #/[0-9][0-9,，]*(?:\.[0-9]+)?[万亿]?[+＋]?/#) != nil,
              let first = caption.unicodeScalars.first, first.isHan,
              let read = QuantityParser.quantities(in: figure + caption).first else { return false }
        return read.text.count > figure.count && !read.unit.isEmpty && (figure + caption).hasPrefix(read.text)
    }

    private static let maximumBareFigureLength = 12

    /// `新培育 718名`, `人民调解组织 203个`: a short label, a space and a figure alone, perhaps
    /// with its note (`法治宣传教育基地 7处（其中省级1处）`).
    static func isLabelAndFigure(_ line: String) -> Bool {
        var text = Substring(line)
        if text.last == "）", let note = text.lastIndex(of: "（") { text = text[..<note] }
        guard text.count <= maximumLabelAndFigureLength, let space = text.lastIndex(of: " ") else { return false }
        let label = text[..<space]
        return HeadingShape.isLoneFigure(String(text[text.index(after: space)...]))
            && label.unicodeScalars.contains(where: \.isHan)
            && !label.unicodeScalars.contains(where: HeadingShape.sentencePunctuation.contains)
    }

    private static let maximumLabelAndFigureLength = 24

    /// `3215    3487    3602`, `96.8% 97.4% 98.1%`: two or more bare figures apart by spaces, and nothing else.
    static func isRowOfFigures(_ text: String) -> Bool {
        let cells = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
        return cells.count >= 2 && cells.allSatisfy { TextTables.isFigure(String($0)) }
    }

    /// `（其中省级2处）`, `（微信公众号、视频号、抖音号等）`: a line that is all one parenthesis,
    /// and no numbering (（一）) or photo credit (（记者 王某 摄）).
    private static func isNote(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.first == "（" || scalars.first == "(", scalars.last == "）" || scalars.last == ")",
              text.count <= maximumNoteLength, Numbering.marker(at: text) == nil, !Captions.isCaption(text) else { return false }
        // One parenthesis: none closes before the last scalar.
        return !scalars.dropLast().contains { $0 == "）" || $0 == ")" }
    }

    private static let maximumNoteLength = 40

    /// Whether the line ends with a figure and its unit (普法新媒体平台 7个, 法律咨询 2.1万余人次).
    private static func endsWithAFigure(_ text: String) -> Bool {
        guard !Segmenter.endsSentence(text), let last = QuantityParser.quantities(in: text).last,
              !last.unit.isEmpty else { return false }
        return text.hasSuffix(last.text)
    }

    /// Whether a line of a wrapped text ran on into the next: a long line that
    /// ends no sentence and is shaped like no heading, or one of about the full
    /// width that ends no sentence and is numbered like no heading, even when no
    /// comma in it shows it is prose (本人认真履行…党风廉政建设“第一责 / 任人”职责).
    private static func ranOn(_ line: String, usualLength: Double) -> Bool {
        let length = Double(line.count)
        if runsOn(line) { return length >= usualLength * fullLineShare }
        return length >= usualLength * fullWidthShare && (!Segmenter.endsSentence(line) || endsAClause(line))
            && Numbering.marker(at: line) == nil && !Captions.isCaption(line)
    }

    /// A line cut before a figure that its clause goes on after (`…民主法治示范村（社区）` /
    /// `9个，全县…`): no heading is followed by a count and a comma, and no paragraph begins
    /// with 2个、 or 1,126.4万元。, so the line was cut there, however short a narrow screen,
    /// a PDF's column or a poster made it.
    private static func ranOnToAFigure(_ line: String, _ next: String) -> Bool {
        !Segmenter.endsSentence(line) && Numbering.marker(at: line) == nil && next.prefixMatch(of: figureInAClause) != nil
    }

    /// 9个，, 1,620次，, 3.2万人次、: a count, its unit and the clause's next mark, or the
    /// sentence's end (…普法经费 / 1,126.4万元。); not a time (2024年，), which may open a
    /// paragraph under a heading.
    private static var figureInAClause: Regex<Substring> {
        #/[0-9][0-9,，.]*[万亿]?[余多]?(?![年月日号])\p{Script=Han}{1,2}[，、；。]/#
    }

    /// A line of the full width that ends in ； may have been cut there by the
    /// page, not by its writer: …共620余人次； / 走进梧阳中学… goes on with the
    /// same subject. A list item's end it may be too, and joining one to the
    /// next keeps both in the paragraph that holds them, as the segmenter does.
    private static func endsAClause(_ line: String) -> Bool {
        line.unicodeScalars.last == "；"
    }

    /// A long line that ends no sentence and is shaped like no heading or photo caption
    /// (▲图为…现场: a web page's captions end no sentence, one to a line).
    static func runsOn(_ text: String) -> Bool {
        text.count >= minimumWrappedLength && !Segmenter.endsSentence(text) && !HeadingShape.isHeadingLike(text)
            && !Captions.isCaption(text)
    }

    /// A scanned page read by OCR puts a space between characters now and then, inside a
    /// word (普法讲 师团, 群众 满意率). When three lines of running text or more have such a
    /// space, it goes from every line of running text; headings and short lines keep theirs.
    static func withoutStraySpaces(_ lines: [CleanedLine]) -> [CleanedLine] {
        func hasStraySpace(_ text: String) -> Bool { runsOn(text) && text.contains(straySpace) }
        let evidence = lines.count { line in
            if case .text(let text) = line.content { hasStraySpace(text) } else { false }
        }
        guard evidence >= minimumEvidence else { return lines }
        return lines.map { line in
            guard case .text(let text) = line.content, hasStraySpace(text) else { return line }
            var cleaned = line
            cleaned.content = .text(text.replacing(straySpace) { $0.output.1 + $0.output.2 })
            return cleaned
        }
    }

    private static var straySpace: Regex<(Substring, Substring, Substring)> { #/(\p{Script=Han}) (\p{Script=Han})/# }

    /// Chinese runs on without a space; Latin words keep one between them.
    private static func joining(_ first: String, _ second: String) -> String {
        let bothLatin = (first.unicodeScalars.last.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
            && (second.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false)
        return bothLatin ? first + " " + second : first + second
    }
}
