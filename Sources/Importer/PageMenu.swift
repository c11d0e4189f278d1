/// A site's menu copied with the page: words of a few characters, one a line
/// (推荐　关注　直播　放映厅　音乐　消息), above the report. No report's text is a
/// run of such lines before its first sentence, so the run goes as site chrome,
/// whatever the site calls its sections.
enum PageMenu {
    /// A menu's item is no longer than this, in characters.
    static let longestItem = 5
    /// A run of fewer items may be a report's own short lines (a cover's name and date).
    static let minimumItems = 4

    /// `lines` without the menus above the first line of prose.
    static func removingMenus(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var runs = LineRuns(minimum: minimumItems)
        for (index, line) in lines.enumerated() {
            guard case .text(let text) = line.content else {
                if case .tableRow = line.content { break }
                continue
            }
            if isItem(text) {
                runs.extend(with: index)
                continue
            }
            runs.end()
            if isProse(text) { break }
        }
        runs.end()
        let dropped = runs.kept
        for index in dropped.sorted() {
            if case .text(let text) = lines[index].content {
                removals.append(Removal(rule: .siteChrome, line: lines[index].number, text: text, wholeLine: true))
            }
        }
        return lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }
    }

    /// 放映厅, 二次元, English: a word or two of letters, with no figure or mark.
    static func isItem(_ text: String) -> Bool {
        text.count <= longestItem && text.unicodeScalars.allSatisfy { $0.isHan || $0.properties.isAlphabetic || $0 == " " }
    }

    /// A headline or a sentence: where the page's own text begins.
    private static func isProse(_ text: String) -> Bool {
        text.count > 20 || text.unicodeScalars.contains { "。，；！？".unicodeScalars.contains($0) }
    }
}
