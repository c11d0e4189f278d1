/// An article read off a run of phone screenshots (by OCR, or typed from them): each screen
/// begins with the phone's status bar (`12:30 ⏰ 4G 85%`), and a screen scrolled by hand
/// shows again the last line or two of the screen before. The status bar goes, as a page
/// break in the text (`PageBreaks` joins the sentence it cut), and so do the lines repeated
/// under it.
enum PhoneScreens {
    /// A phone's status bar: the time, then only the network, the battery's charge and
    /// symbols (⏰, 📶), with the network or the charge among them.
    static func isStatusBar(_ line: String) -> Bool {
        guard line.count <= 40, let bar = line.wholeMatch(of: statusBar) else { return false }
        return bar.output.1.contains(#/[2345]G|LTE|Wi-?Fi|WIFI|\d%/#)
    }

    private static var statusBar: Regex<(Substring, Substring)> {
        #/\d{1,2}:\d{2}((?:\s*(?:[2345]G\+?|LTE|VoLTE|HD|Wi-?Fi|WIFI|\d{1,3}\s*%|\p{So}|\x{FE0F}|[▂▃▄▅▆▇█▁]))+)/#
    }

    /// The longest run of lines repeated across a screen break, at most this many.
    static let longestRepeat = 3

    /// `lines` without the lines of text that open a screen by repeating the last ones of the
    /// screen before; `breaks` (indices in `lines` where a status bar stood) moved to match.
    static func removingRepeats(_ lines: [CleanedLine], breaks: [Int], screens: Set<Int>,
                                removals: inout [Removal]) -> (lines: [CleanedLine], breaks: [Int]) {
        guard !screens.isEmpty else { return (lines, breaks) }
        var dropped = Set<Int>()
        for screen in screens.sorted() {
            let before = Array((0..<screen).reversed().lazy.filter { lines[$0].content != .blank }.prefix(longestRepeat))
            let after = Array((screen..<lines.count).lazy.filter { lines[$0].content != .blank }.prefix(longestRepeat))
            let repeated = (1...longestRepeat).last { count in
                count <= before.count && count <= after.count
                    && zip(before.prefix(count).reversed(), after.prefix(count)).allSatisfy { lines[$0].content == lines[$1].content && lines[$0].isText }
            }
            guard let repeated else { continue }
            for index in after.prefix(repeated) {
                dropped.insert(index)
                if case .text(let text) = lines[index].content {
                    removals.append(Removal(rule: .phoneScreen, line: lines[index].number, text: text, wholeLine: true))
                }
            }
        }
        guard !dropped.isEmpty else { return (lines, breaks) }
        let kept = lines.indices.filter { !dropped.contains($0) }
        let moved = breaks.map { page in page - dropped.filter { $0 < page }.count }
        return (kept.map { lines[$0] }, moved)
    }

    /// The lines over a WeChat article's 原创 line are its headline, which a phone's narrow
    /// screen wraps (`云峤普法“半年报”：3.2万` / `人次受益，这份成绩单请查` / `收`): when
    /// they are all the text so far, a few short lines with no blank between them and no
    /// sentence's end, they become one line.
    static func joiningWrappedHeadline(_ lines: [CleanedLine]) -> [CleanedLine] {
        guard let first = lines.firstIndex(where: { $0.content != .blank }) else { return lines }
        let headline = lines[first...]
        let texts = headline.compactMap { line -> String? in
            if case .text(let text) = line.content { return text }
            return nil
        }
        guard (2...longestHeadlineLines).contains(texts.count), texts.count == headline.count,
              texts.joined().count <= longestHeadline, !texts.contains(where: Segmenter.endsSentence) else { return lines }
        var joined = lines[first]
        joined.content = .text(texts.joined())
        joined.isHeadline = true
        return Array(lines[..<first]) + [joined]
    }

    private static let longestHeadlineLines = 4
    private static let longestHeadline = 64
}
