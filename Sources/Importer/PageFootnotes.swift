/// A PDF prints a page's footnotes at its foot, right above its number, so a copy
/// has them between the two halves of a sentence the page broke
/// (`…培训科级以上领导干` / `① 含…148名。` / `第 1 页 共 5 页` / `部1,200名①，…`).
/// The notes move past the break, after the first line there that ends a sentence,
/// and the sentence is whole again. Lines count as a page's notes only when each
/// begins with a note's mark (①, [1]) and the page's text has one of their marks
/// after a word: a list numbered ① ② at a page's foot stays where it is.
enum PageFootnotes {
    /// `lines` with each page's notes moved past its break, and where each break is now.
    static func moved(_ lines: [CleanedLine], breaks: [Int]) -> (lines: [CleanedLine], breaks: [Int]) {
        var lines = lines
        var breaks = breaks
        for (number, page) in breaks.enumerated() {
            let pageStart = number == 0 ? 0 : breaks[number - 1]
            let notes = notesAtTheFoot(of: lines, before: page, from: pageStart)
            guard !notes.isEmpty, let first = notes.first, isMarkedInText(notes.map { lines[$0] }, of: lines[pageStart..<first])
            else { continue }
            let nextBreak = number + 1 < breaks.count ? breaks[number + 1] : lines.count
            let sentenceEnd = (page..<nextBreak).first { index in
                text(lines[index]).map(Segmenter.endsSentence) ?? false
            }
            let insertion = sentenceEnd.map { $0 + 1 } ?? nextBreak
            let moving = notes.map { lines[$0] }
            var rearranged = Array(lines[..<first])
            rearranged += lines[first..<page].enumerated().filter { !notes.contains(first + $0.offset) }.map(\.element)
            rearranged += lines[page..<insertion]
            rearranged += moving
            rearranged += lines[insertion...]
            lines = rearranged
            breaks[number] = page - notes.count
        }
        return (lines, breaks)
    }

    /// The lines of notes right above a page's break (blank lines may stand among them).
    private static func notesAtTheFoot(of lines: [CleanedLine], before page: Int, from start: Int) -> [Int] {
        var notes: [Int] = []
        var index = page - 1
        while index >= start {
            if lines[index].content == .blank {
                index -= 1
                continue
            }
            guard let note = text(lines[index]), mark(atStartOf: note) != nil else { break }
            notes.insert(index, at: 0)
            index -= 1
        }
        return notes
    }

    /// Whether a note's mark stands after a word somewhere in the page's text (`3次①`, `96.3%[1]`).
    private static func isMarkedInText(_ notes: [CleanedLine], of page: ArraySlice<CleanedLine>) -> Bool {
        let marks = notes.compactMap { text($0).flatMap(mark(atStartOf:)) }
        return page.contains { line in
            guard let text = text(line) else { return false }
            return marks.contains { mark in
                text.ranges(of: mark).contains { $0.lowerBound > text.startIndex }
            }
        }
    }

    /// The note's mark a line begins with: a circled number (①) or a number in brackets ([1], ［1］).
    static func mark(atStartOf line: String) -> String? {
        if let first = line.unicodeScalars.first, (0x2460...0x2473).contains(first.value) { return String(first) }
        return line.prefixMatch(of: #/[\[［][0-9]{1,2}[\]］]/#).map { String($0.output) }
    }

    private static func text(_ line: CleanedLine) -> String? {
        if case .text(let text) = line.content { return text }
        return nil
    }
}
