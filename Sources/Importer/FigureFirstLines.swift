/// A data box sets each figure first, in large type, and says after it what it counts
/// (`● 1,200余场：全年开展各类法治宣传活动`, `4,786名｜全县“法律明白人”总数`). Read
/// as written, the figure's words come after a colon that ends its clause, and nothing
/// names it. Such a line is written the way a report states a figure: what it counts,
/// a colon, the figure (`● 全年开展各类法治宣传活动：1,200余场`).
enum FigureFirstLines {
    static func rewritten(_ lines: [CleanedLine]) -> [CleanedLine] {
        lines.map { line in
            guard case .text(let text) = line.content, let swapped = captionFirst(text) else { return line }
            var rewritten = line
            rewritten.content = .text(swapped)
            return rewritten
        }
    }

    /// The line with its caption before its figure, or nil when it is no figure and caption.
    static func captionFirst(_ text: String) -> String? {
        guard text.count <= longestLine, let match = text.wholeMatch(of: figureThenCaption) else { return nil }
        let caption = match.output.caption
        // 2024年：回顾与展望 is a time and a heading, not a count. A caption with digits
        // holds figures of its own; its Han numerals (三级调解) are words.
        guard let unit = match.output.figure.last, !timeUnits.contains(unit),
              caption.unicodeScalars.contains(where: \.isHan), !HeadingShape.holdsDigits(caption),
              !Segmenter.endsSentence(String(caption)) else { return nil }
        return match.output.mark + caption + "：" + match.output.figure
    }

    private static let longestLine = 48
    private static let timeUnits: Set<Character> = ["年", "月", "日", "号", "时", "点", "分", "秒"]

    /// A mark, a figure with its unit (1,200余场, 38.6万人次, 98.3%), a colon or a bar, its caption.
    /// The unit meets the colon within two characters: 3个方面：… names no figure's thing.
    private static var figureThenCaption: Regex<(Substring, mark: Substring, figure: Substring, caption: Substring)> {
        #/(?<mark>[●•·▪◆■◇○◎★☆▶►✅📌👉]?\s*)(?<figure>[约近超]?[0-9][0-9,，.]*[万亿]?[余多+]?(?:%|[\p{Script=Han}]{1,2}))\s*[：:｜|]\s*(?<caption>\S.*)/#
    }
}
