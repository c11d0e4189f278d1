/// A PDF whose text layer spaces out every character (法 治 宣 传 活 动 1 2 0 0 场): its
/// lines are written again with the characters together (法治宣传活动1200场). A wider
/// gap (two spaces or more, or a full-width space) stays, as one space, between words.
///
/// A line is letter-spaced when every piece between its single spaces is one character,
/// there are at least `minimumCharacters` of them, and one is Chinese. The text must have
/// at least `minimumLines` such lines that are mostly Chinese: a form's row of column
/// numbers (甲 乙 丙 1 2 3) in an ordinary text keeps its spaces.
enum LetterSpacing {
    static let minimumCharacters = 5
    static let minimumLines = 3

    /// `lines` with every letter-spaced line closed up, and the lines changed (their indices).
    static func closedUp(_ lines: [String]) -> (lines: [String], changed: [Int]) {
        let spaced = lines.indices.compactMap { index in characters(ofSpacedLine: lines[index]).map { (index, $0) } }
        let mostlyChinese = spaced.filter { _, groups in
            let characters = groups.joined()
            return characters.unicodeScalars.filter(\.isHan).count * 5 >= characters.unicodeScalars.count * 3
        }
        guard mostlyChinese.count >= minimumLines else { return (lines, []) }
        var result = lines
        for (index, groups) in spaced { result[index] = groups.joined(separator: " ") }
        return (result, spaced.map(\.0))
    }

    /// The words of a letter-spaced line, each closed up, or nil when the line is not one.
    static func characters(ofSpacedLine line: String) -> [String]? {
        let indent = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
        var body = line.dropFirst(indent.count)
        while let last = body.last, last == " " || last == "\u{3000}" || last == "\t" { body = body.dropLast() }
        // Words stand apart by a wider gap: two spaces or more, a full-width space, a tab.
        let words = body.split(separator: #/ {2,}|[\u{3000}\t]+/#)
        var groups: [String] = []
        var count = 0
        var hasChinese = false
        for word in words {
            let pieces = word.split(separator: " ", omittingEmptySubsequences: false)
            guard pieces.allSatisfy({ $0.count == 1 }) else { return nil }
            count += pieces.count
            hasChinese = hasChinese || pieces.contains { $0.unicodeScalars.first?.isHan == true }
            groups.append(pieces.joined())
        }
        guard count >= minimumCharacters, hasChinese, words.contains(where: { $0.contains(" ") }) else { return nil }
        if !indent.isEmpty { groups[0] = String(indent) + groups[0] }
        return groups
    }
}
