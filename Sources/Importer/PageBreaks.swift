/// A PDF copied as text keeps what is printed on each of its pages: the
/// page's number (— 3 —, - 3 -, 第3页 共6页) and often a running header, the
/// same line at the top of every page. Both go, and so do the blank lines
/// around a page break that cut a sentence in two, so that `HardWraps` joins
/// the sentence again.
enum PageBreaks {
    /// A line that is only a page's number.
    static func isPageNumber(_ line: String) -> Bool {
        line.count <= 24 && line.wholeMatch(of: pageNumber) != nil || isJournalHead(line)
    }

    /// `·46·  基层治理研究  2024年第2期`: a journal's running head, its page's number in middle
    /// dots at one end; or that number alone.
    private static func isJournalHead(_ line: String) -> Bool {
        guard line.count <= longestHeader, line.contains("·") || line.contains("•"), !Segmenter.endsSentence(line) else { return false }
        return line.wholeMatch(of: journalHead) != nil
    }

    private static var journalHead: Regex<Substring> {
        #/[·•]\d{1,4}[·•](?:\s+\S.*)?|.*\S\s+[·•]\d{1,4}[·•]/#
    }

    private static var pageNumber: Regex<Substring> {
        #/(?:[—－\-–―~～]+\s*\d{1,4}\s*[—－\-–―~～]+|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?)/#
    }

    /// A running header is no longer than this, in characters.
    static let longestHeader = 40

    /// `lines` without the running header and without the blank lines of the
    /// page breaks that fall inside a sentence. `breaks` holds, for each page
    /// number taken out, the index in `lines` where it stood.
    static func removingFurniture(_ lines: [CleanedLine], breaks: [Int], removals: inout [Removal]) -> [CleanedLine] {
        guard !breaks.isEmpty else { return lines }
        var dropped = Set<Int>()
        // The first line of text after each break, and the document's first: a header stands there.
        let pageTops = Set(([firstText(in: lines, from: 0)] + breaks.map { firstText(in: lines, from: $0) }).compactMap { $0 })
        var timesAtATop: [String: Int] = [:]
        for index in pageTops where !isOverADate(index, in: lines) { timesAtATop[text(lines[index]) ?? "", default: 0] += 1 }
        for index in pageTops.sorted() {
            guard let header = text(lines[index]), header.count <= longestHeader, (timesAtATop[header] ?? 0) >= 2 else { continue }
            dropped.insert(index)
            removals.append(Removal(rule: .pageFurniture, line: lines[index].number, text: header, wholeLine: true))
        }
        for page in breaks {
            // The blank lines between the text before the break and the text after it.
            var before = page - 1
            while before >= 0, !lines[before].isText || dropped.contains(before) { before -= 1 }
            guard before >= 0, let last = text(lines[before]), !Segmenter.endsSentence(last) else { continue }
            var after = page
            while after < lines.count, !lines[after].isText || dropped.contains(after) {
                if case .blank = lines[after].content { dropped.insert(after) }
                after += 1
            }
            for index in (before + 1)..<page where lines[index].content == .blank { dropped.insert(index) }
        }
        return lines.indices.filter { !dropped.contains($0) }.map { lines[$0] }
    }

    /// 沧澜县人民法院 over 2024年4月 on the last page: an office signing the report, however
    /// often its name stands at a page's top. A running header has the page's text under it.
    private static func isOverADate(_ index: Int, in lines: [CleanedLine]) -> Bool {
        guard let next = firstText(in: lines, from: index + 1), let date = text(lines[next]) else { return false }
        return DateText.isDateOnly(date) || DateText.isYearAndMonth(date)
    }

    private static func firstText(in lines: [CleanedLine], from start: Int) -> Int? {
        (start..<lines.count).first { lines[$0].content != .blank }.flatMap { lines[$0].isText ? $0 : nil }
    }

    private static func text(_ line: CleanedLine) -> String? {
        if case .text(let text) = line.content { return text }
        return nil
    }
}
