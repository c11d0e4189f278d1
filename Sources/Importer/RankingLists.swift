/// A ranking copied from a dashboard or a news page: a line per place, its rank, its name
/// and its figures apart by spaces (1　岚东区　2,315人, 2　望山县　2,108人), under a heading
/// that names what the figures count (各区(县)法律明白人数量排名), perhaps with a header line
/// (排名　区(县)　人数). Each line is written as the place's line of statistics,
/// `岚东区 2,315人`, a paragraph of its own, so that no line runs on into the next and the
/// heading names the thing its figures count; the rank and the header go (`table-layout`).
enum RankingLists {
    /// A ranking has at least this many places.
    static let minimumRows = 3

    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            var rows: [(line: CleanedLine, name: String, figures: [String])] = []
            var next = index
            while next < lines.count, let row = row(lines[next], rank: rows.count + 1) {
                rows.append((lines[next], row.name, row.figures))
                next += 1
            }
            // Under a table's header of other columns (序号 乡镇 法律明白人（名）), the rows are the table's.
            let previous: CleanedLine? = result.last
            let header = previous.flatMap { line in rows.first.flatMap { headsARanking(line, columns: $0.figures.count + 2) } }
            guard rows.count >= minimumRows, header ?? true else {
                result.append(lines[index])
                index += 1
                continue
            }
            if header == true, let line = result.popLast() {
                removals.append(Removal(rule: .tableLayout, line: line.number, text: text(of: line) ?? "", wholeLine: true))
            }
            for row in rows {
                let statistics = ([row.name] + row.figures).joined(separator: " ")
                result.append(CleanedLine(number: row.line.number, content: .text(statistics), indented: true))
            }
            index = next
        }
        return result
    }

    /// The place and figures of a ranking's line with the given rank, or nil.
    private static func row(_ line: CleanedLine, rank: Int) -> (name: String, figures: [String])? {
        guard let cells = TextTables.cells(of: line), cells.count >= 3, cells[0] == String(rank) else { return nil }
        let name = cells[1]
        // Not Character.isNumber, which is true of 七 in 七里河区.
        guard name.unicodeScalars.first?.isHan == true, !name.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        else { return nil }
        let figures = Array(cells.dropFirst(2))
        guard figures.allSatisfy({ $0.wholeMatch(of: figureCell) != nil }) else { return nil }
        return (name, figures)
    }

    /// 2,315人, 1,836件, 成功率99.1%: a figure with its unit, perhaps after a short label.
    private static var figureCell: Regex<Substring> {
        #/\p{Script=Han}{0,6}[0-9][0-9,，]*(?:\.[0-9]+)?[万亿]?[余多]?(?:[%％]|\p{Script=Han}{1,3})/#
    }

    /// Whether a line of as many cells as the ranking's lines, none a figure, heads a ranking
    /// (排名　区(县)　人数: true) or another table (序号　乡镇　法律明白人（名）: false); nil when
    /// it is no header.
    private static func headsARanking(_ line: CleanedLine, columns: Int) -> Bool? {
        guard let cells = TextTables.cells(of: line), cells.count == columns,
              !cells.contains(where: { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }) else { return nil }
        return rankHeaders.contains(cells[0])
    }

    private static let rankHeaders: Set<String> = ["排名", "名次", "位次", "排序"]

    private static func text(of line: CleanedLine) -> String? {
        switch line.content {
        case .text(let text): text
        case .tableRow(let row): row.replacing(String(CleanedLine.cellSeparator), with: " ")
        case .blank, .removedImage: nil
        }
    }
}
