import Indicators

/// Rules that remove pieces of a line and keep the rest. Each returns the
/// cleaned line and the pieces it took out.
enum InlineCleaning {
    // MARK: Pinyin annotations

    /// Removes pinyin that converters insert after a character: `網(wǎng)` → `網`
    /// (what `PinyinGloss` takes for one).
    static func removingPinyinAnnotations(_ line: String) -> (text: String, removed: [String]) {
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        var removed: [String] = []
        var index = 0
        while index < scalars.count {
            if let end = PinyinGloss.closingIndex(in: scalars, openingAt: index) {
                removed.append(String(String.UnicodeScalarView(scalars[index...end])))
                index = end + 1
                continue
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), removed)
    }

    // MARK: News leads

    /// `本报讯`, `本站讯（记者 王某 通讯员 李某）`, `兰州日报讯`, `襄江融媒讯`: the news
    /// agency's mark a story opens with, before its first sentence; the agency, when it is
    /// named (兰州日报, not 本报).
    static var newsLead: Regex<(Substring, Substring?)> {
        #/^(?:本报|本站|本网|本台|本刊|([\p{Script=Han}]{2,8}(?:日报|晚报|网|电视台|融媒体中心|融媒体|融媒)))讯\s*(?:[（(](?:本报|特约|实习)?(?:记者|通讯员)[^（()）]{1,40}[）)])?\s*[:：]?\s*/#
    }

    static func removingNewsLead(_ line: String) -> (text: String, removed: [String]) {
        guard let match = line.prefixMatch(of: newsLead), match.range.upperBound < line.endIndex else { return (line, []) }
        return (String(line[match.range.upperBound...]), [String(line[match.range]).trimmingSpaces])
    }

    /// `…不少于5名……[详细]`: the link a list of stories puts after each one's summary to
    /// open it. The ellipsis stays: the summary was cut there.
    static func removingReadMore(_ line: String) -> (text: String, removed: [String]) {
        guard let match = line.firstMatch(of: #/\s*(?:[\[【](?:详细|详情|全文|更多|阅读全文|查看全文|查看详情)[\]】]|(?:详细|详情|更多|全文)\s*(?:>>|»|＞＞))\s*$/#),
              match.range.lowerBound > line.startIndex else { return (line, []) }
        return (String(line[..<match.range.lowerBound]), [String(line[match.range]).trimmingSpaces])
    }

    /// `图为…讲解法律知识。　　通讯员　郑凯　摄`: who took a photo, after its caption on the
    /// caption's line. In parentheses, （记者 王某 摄）, the caption keeps it.
    static func removingPhotoCredit(_ line: String) -> (text: String, removed: [String]) {
        guard line.hasSuffix("摄"), let match = line.firstMatch(of: photoCredit), match.range.lowerBound > line.startIndex
        else { return (line, []) }
        return (String(line[..<match.range.lowerBound]), [String(line[match.range]).trimmingSpaces])
    }

    private static var photoCredit: Regex<Substring> {
        #/ +(?:本报|特约)*(?:记者|通讯员|摄影记者|摄影|见习记者)(?: *[\p{Script=Han}·]{1,4}){1,4} *摄$/#
    }

    /// `来源 | 桐溪县司法局`, `编辑｜刘芸`: a WeChat post sets its labels off with a bar, which
    /// reads as a colon here, not as a table's cell wall.
    static func barLabelsAsColons(_ line: String) -> String {
        line.replacing(#/^(\s*(?:信息来源|文章来源|来源|作者|责任编辑|责编|编辑|审核|审校|校对|排版|美编))\s*[|｜]\s*/#) {
            $0.output.1 + "："
        }
    }

    /// `法律明白人……………………1,236名`, `开展法治宣传活动 ··········· 862场`: a Word
    /// document's dot leaders between a label and its figure read as a colon. Longer than
    /// an ellipsis (……), and a figure after them.
    static func dotLeadersAsColons(_ line: String) -> String {
        line.replacing(#/(\S)[ \t　]*(?:…{3,}|[.·．・⋯]{4,}|(?:[·．・][ 　]){3,}[·．・]?)[ \t　]*(?=[约近]?[0-9０-９一二三四五六七八九十百千两])/#) {
            $0.output.1 + "："
        }
    }

    // MARK: Table debris

    /// `│ 桐山镇 │ 486 │`: a table a PDF drew with box-drawing characters. Its walls are a table's pipes.
    static func boxWallsAsPipes(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: boxWalls.contains) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { boxWalls.contains($0) ? "|" : $0 }))
    }

    private static let boxWalls: Set<Unicode.Scalar> = ["│", "┃", "║", "┆", "┇", "┊", "┋"]

    /// `┌────┬────┐`, `├────┼────┤`: a drawn table's rule, box-drawing characters and nothing else.
    static func isBoxRule(_ line: String) -> Bool {
        let drawn = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        return !drawn.isEmpty && drawn.allSatisfy { (0x2500...0x257F).contains($0.value) }
    }

    /// A line drawn of one dash or rule mark (-----, ——————, =====, ******), five or more.
    static func isDivider(_ line: String) -> Bool {
        let drawn = line.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard drawn.count >= minimumDivider, let first = drawn.first, dividerMarks.contains(first) else { return false }
        return drawn.allSatisfy { $0 == first }
    }

    private static let minimumDivider = 5
    private static let dividerMarks: Set<Unicode.Scalar> = ["-", "—", "=", "_", "*", "~", "－", "＝", "─", "━", "═"]

    /// The cells of a row of a table copied from a page, when the line is one:
    /// two cells or more with words in them, between tabs (`项目\t数量`) or
    /// pipes (`| 法律明白人 | 4562名 |`, `|项目|数量|`); nil for any other line.
    /// A spreadsheet's row keeps its empty cells (`2\t\t白沙镇\t31`, under a merged
    /// cell), as "": a tab stands between every two columns, so they keep the cells
    /// after them under their own columns. A page's pipes frame its cells, and the
    /// empty pieces outside them are no cells.
    static func tableCells(_ line: String) -> [String]? {
        let isSpreadsheetRow = line.contains("\t") && !line.contains(where: { $0 == "|" || $0 == "｜" })
        let cells = line.split(omittingEmptySubsequences: !isSpreadsheetRow) { $0 == "\t" || $0 == "|" || $0 == "｜" }
            .map { unifyingSpaces(String($0)).trimmingSpaces }
            .filter { isSpreadsheetRow || !$0.isEmpty }
        return cells.filter { $0.unicodeScalars.contains(where: \.isWordLike) }.count >= 2 ? cells : nil
    }

    /// 普法进行时|2860名“法律明白人”守护蒲溪千家万户: a headline after the column it is
    /// filed under, set off by a bar, between lines that are no table's: a line of text,
    /// not a table's row of two cells.
    static func isColumnAndHeadline(_ cells: [String], around neighbours: [String]) -> Bool {
        let cells = cells.filter { !$0.isEmpty }
        guard cells.count == 2, (2...8).contains(cells[0].count), cells[0].unicodeScalars.allSatisfy(\.isHan),
              cells[1].count >= 10, HeadingShape.isTitleLike(cells[1]) else { return false }
        return neighbours.allSatisfy { tableCells($0) == nil }
    }

    /// Removes runs of table pipes left where a page's layout table was:
    /// `… 提质增效 | |||` → `… 提质增效`. A pipe between words is kept.
    /// OCR reads a poster's dividers as 丨 and its boxes as 口: a divider standing
    /// alone goes wherever it is, a box only at the line's either end
    /// (`口 法治柘阳丨普法同行 口`), since inside a line it may be a word's
    /// character that a stray space cut off (人 口).
    static func removingTableDebris(_ line: String) -> (text: String, removed: [String]) {
        let tokens = line.split(separator: " ", omittingEmptySubsequences: false)
        let words = tokens.indices.filter { !tokens[$0].isEmpty }
        var kept: [Substring] = []
        var removed: [String] = []
        for (index, token) in tokens.enumerated() {
            let atAnEnd = index == words.first || index == words.last
            if !token.isEmpty, token.unicodeScalars.allSatisfy(tableRules.contains)
                || atAnEnd && token.unicodeScalars.allSatisfy({ $0 == "口" }) {
                removed.append(String(token))
            } else {
                kept.append(token)
            }
        }
        guard !removed.isEmpty else { return (line, []) }
        return (kept.joined(separator: " "), removed)
    }

    private static let tableRules: Set<Unicode.Scalar> = ["|", "｜", "¦", "丨"]

    // MARK: HTML residue

    /// Tag names that show up when a page's source leaks into copied text.
    static let htmlTagNames: Set<String> = [
        "a", "b", "br", "div", "em", "font", "h1", "h2", "h3", "h4", "i", "img", "li", "ol", "p",
        "section", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "tr", "u", "ul",
    ]

    /// Removes HTML tags (`<span …>`, `</p>`, `<br/>`) and closing tags whose
    /// `<` was lost (`…活动/span>`). Anything that is not a known tag stays,
    /// so `<5` or `《法》` are never touched.
    static func removingHTMLResidue(_ line: String) -> (text: String, removed: [String]) {
        guard line.contains(">") else { return (line, []) }
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        var removed: [String] = []
        var index = 0
        while index < scalars.count {
            if let end = htmlTagEnd(in: scalars, from: index) {
                removed.append(String(String.UnicodeScalarView(scalars[index..<end])))
                index = end
                continue
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), removed)
    }

    /// End (exclusive) of a tag starting at `start`: `<tag…>`, `</tag>`, or a
    /// bare `/tag>` that follows a non-ASCII character.
    static func htmlTagEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if scalars[index] == "<" {
            index += 1
            if index < scalars.count, scalars[index] == "/" { index += 1 }
        } else if scalars[index] == "/", start > 0, !scalars[start - 1].isASCII || scalars[start - 1] == "?" {
            index += 1
        } else {
            return nil
        }
        let nameStart = index
        while index < scalars.count, index - nameStart < 10,
              ("a"..."z").contains(scalars[index]) || ("A"..."Z").contains(scalars[index]) || ("1"..."6").contains(scalars[index]) {
            index += 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
        guard htmlTagNames.contains(name) else { return nil }
        // Attributes up to the closing '>', on the same line and not too long.
        while index < scalars.count, index - start < 200, scalars[index] != ">", scalars[index] != "<" {
            index += 1
        }
        guard index < scalars.count, scalars[index] == ">" else { return nil }
        return index + 1
    }

    // MARK: Whitespace

    /// Full-width spaces, no-break spaces and tabs become one ordinary space,
    /// zero-width and control characters go, and the line is trimmed. Spaces
    /// are kept otherwise: in run-on text they mark where paragraphs were.
    static func unifyingSpaces(_ line: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD:
                continue
            case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200A, 0x202F, 0x205F:
                pendingSpace = true
                continue
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                break
            }
            if pendingSpace, !output.isEmpty { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output)
    }

    /// Whether a line sets its figures apart from their labels with wide gaps (two spaces or
    /// more, or an ideographic space) and holds no sentence's punctuation: a dashboard's tiles
    /// or a form's columns (`人民调解员  1,356 名　　其中专职  74 名`, `本期  23 期`).
    static func setsFiguresApart(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        // A sentence's commas; an ASCII comma between digits groups them (1,356).
        guard !scalars.contains(where: { "，。；;".unicodeScalars.contains($0) }) else { return false }
        var gap = 0
        var sawText = false
        for scalar in scalars {
            if scalar == " " || scalar == "\u{3000}" {
                gap += scalar == " " ? 1 : 2
                continue
            }
            if sawText, gap >= 2, ("0"..."9").contains(scalar) || "▲▼↑↓+＋".unicodeScalars.contains(scalar) { return true }
            sawText = sawText || scalar != "\t"
            gap = 0
        }
        return false
    }

    /// Drops a space between Chinese punctuation and Chinese text, where
    /// Chinese typesetting never has one (`。 今年` → `。今年`). Spaces
    /// between words, and around Latin text, stay. Punctuation is not touched.
    static func droppingSpacesBesideChinesePunctuation(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count {
                let before = scalars[index - 1]
                let after = scalars[index + 1]
                let beforeIsChinese = before.isHan || before.isFullWidthPunctuation
                let afterIsChinese = after.isHan || after.isFullWidthPunctuation
                if beforeIsChinese, afterIsChinese, before.isFullWidthPunctuation || after.isFullWidthPunctuation {
                    continue
                }
            }
            output.append(scalar)
        }
        return String(output)
    }
}

extension Unicode.Scalar {
    /// Punctuation that Chinese typesetting sets full width, so no space belongs beside it.
    var isFullWidthPunctuation: Bool {
        switch value {
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7:
            true
        default:
            false
        }
    }
}
