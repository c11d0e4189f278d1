/// A newspaper's story that runs on to a later page, copied from its e-paper: the first
/// page's part ends mid-sentence at a jump line (`受教育群众达（下转第3版）`), and the part
/// on the later page opens with the line that answers it (`（上接第1版）62万人次，…`),
/// often under the story's headline set again. The two parts are one paragraph: the
/// later part joins the earlier one where it was cut, the marks go, and so does a
/// headline set again right over the later part. A jump with no answer loses only its mark.
enum PageJumps {
    static func joined(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        guard lines.contains(where: { jumpMark(in: $0, at: .end) != nil }) else { return lines }
        var result = lines
        var index = 0
        while index < result.count {
            guard let cut = jumpMark(in: result[index], at: .end) else {
                index += 1
                continue
            }
            removals.append(Removal(rule: .pageFurniture, line: result[index].number, text: cut.mark, wholeLine: false))
            var earlier = cut.rest
            var answered = false
            if let answer = result.indices.dropFirst(index + 1).first(where: { jumpMark(in: result[$0], at: .start) != nil }),
               let rest = jumpMark(in: result[answer], at: .start) {
                removals.append(Removal(rule: .pageFurniture, line: result[answer].number, text: rest.mark, wholeLine: false))
                earlier += rest.rest
                answered = true
                result.remove(at: answer)
                if let repeated = repeatedHeadline(before: answer, after: index, in: result) {
                    removals.append(Removal(rule: .pageFurniture, line: result[repeated].number,
                                            text: result[repeated].text ?? "", wholeLine: true))
                    result.remove(at: repeated)
                }
            }
            result[index].content = .text(earlier)
            // A later part may jump again (（下转第5版）): the joined line is read once more.
            if !answered { index += 1 }
        }
        return result
    }

    private enum Place { case start, end }

    /// The jump's mark at the line's end (（下转第3版）, (转A2版)) or the answer's at its start
    /// (（上接第1版）, （紧接第一版）), and the line's text without it.
    private static func jumpMark(in line: CleanedLine, at place: Place) -> (mark: String, rest: String)? {
        guard case .text(let text) = line.content else { return nil }
        switch place {
        case .end:
            guard let match = text.matches(of: jumpPattern).last, match.range.upperBound == text.endIndex else { return nil }
            return (String(match.output), String(text[..<match.range.lowerBound]))
        case .start:
            guard let match = text.prefixMatch(of: answerPattern) else { return nil }
            return (String(match.output), String(text[match.range.upperBound...]))
        }
    }

    private static var jumpPattern: Regex<Substring> {
        #/[（(]\s*(?:下转|转)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]\s*/#
    }

    private static var answerPattern: Regex<Substring> {
        #/\s*[（(]\s*(?:上接|紧接|接)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]\s*/#
    }

    /// The line right over the answer (blank lines apart) when it says again what a line
    /// before the jump said: the story's headline, set over its later part.
    private static func repeatedHeadline(before answer: Int, after jump: Int, in lines: [CleanedLine]) -> Int? {
        guard let above = lines[(jump + 1)..<answer].lastIndex(where: { $0.content != .blank }),
              let headline = lines[above].text, !headline.isEmpty,
              lines[..<jump].contains(where: { $0.text == headline }) else { return nil }
        return above
    }
}

private extension CleanedLine {
    var text: String? {
        if case .text(let text) = content { return text }
        return nil
    }
}
