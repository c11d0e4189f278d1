/// A table copied as text (from a PDF, or a page's table): a header line
/// naming the columns, then a line per row with the same cells, separated
/// by spaces. Markdown as cmark reads it has no tables, and a bare figure
/// (`1 城关镇 236 6 14 1486`) says nothing of what it counts, so each row
/// is written as a sentence that names every figure by its column:
/// `城关镇：法律明白人236名，示范村6个，法治文化阵地14个，调解纠纷1486件。`
/// The header's words are all kept, in the rows; only a running number
/// (序号) is left out.
enum TextTables {
    /// A header has at least this many columns, and a table at least `minimumRows` rows.
    static let minimumColumns = 3
    static let minimumRows = 2

    struct Column: Equatable {
        /// The column's name without its unit: 法律明白人 for 法律明白人（名）.
        var name: String
        /// The unit in the header's parenthesis (名, 个, 万元), or "".
        var unit: String
    }

    /// `lines` with each table's rows written as sentences and its header line
    /// taken out (recorded in `removals`).
    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            guard let header = cells(of: lines[index]), let columns = columns(of: header) else {
                result.append(lines[index])
                index += 1
                continue
            }
            var rows: [(line: CleanedLine, sentence: String)] = []
            var next = index + 1
            while next < lines.count, let cells = cells(of: lines[next]),
                  let sentence = sentence(row: cells, columns: columns, numbered: isRunningNumber(header[0])) {
                rows.append((lines[next], sentence))
                next += 1
            }
            guard rows.count >= minimumRows else {
                result.append(lines[index])
                index += 1
                continue
            }
            removals.append(Removal(rule: .tableLayout, line: lines[index].number, text: header.joined(separator: " "), wholeLine: true))
            for row in rows { result.append(CleanedLine(number: row.line.number, content: .text(row.sentence))) }
            index = next
        }
        return result
    }

    /// The cells of a line that holds words apart by spaces.
    static func cells(of line: CleanedLine) -> [String]? {
        let text: String
        switch line.content {
        case .text(let written), .tableRow(let written): text = written
        case .blank, .removedImage: return nil
        }
        let cells = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
        return cells.count >= 2 ? cells : nil
    }

    /// The columns a header names, when it is one: at least `minimumColumns`
    /// cells, none of them a figure, and at least one with a unit in parentheses.
    static func columns(of header: [String]) -> [Column]? {
        guard header.count >= minimumColumns, !header.contains(where: isFigure) else { return nil }
        let columns = header.map(column)
        guard columns.contains(where: { !$0.unit.isEmpty }) else { return nil }
        return columns
    }

    private static func column(_ cell: String) -> Column {
        guard let match = cell.wholeMatch(of: #/(.+?)[（(]([^（()）]{1,4})[）)]/#) else { return Column(name: cell, unit: "") }
        return Column(name: String(match.output.1), unit: String(match.output.2))
    }

    /// One row as a sentence, or nil when the cells do not fit the columns:
    /// the row's name (its cells before the first figure, without the running
    /// number), then each figure with its column's name and unit. A row with
    /// fewer cells (合计 across 序号 and 乡镇) has its figures in the last columns.
    static func sentence(row: [String], columns: [Column], numbered: Bool) -> String? {
        var row = row[...]
        if numbered, row.count == columns.count, let number = row.first, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) {
            row = row.dropFirst()
        }
        guard let firstFigure = row.firstIndex(where: isFigure), row.count <= columns.count else { return nil }
        let figures = row[firstFigure...]
        guard figures.allSatisfy(isFigure), figures.count >= 2 else { return nil }
        let names = row[..<firstFigure]
        guard !names.isEmpty else { return nil }
        let figureColumns = columns.suffix(figures.count)
        guard figureColumns.count == figures.count, columns.count - figures.count >= 1 else { return nil }
        let named = zip(figureColumns, figures).map { column, figure in
            column.name + figure + (figure.hasSuffix("%") ? "" : column.unit)
        }
        return names.joined(separator: " ") + "：" + named.joined(separator: "，") + "。"
    }

    /// 序号, 编号: a column that only numbers the rows.
    static func isRunningNumber(_ header: String) -> Bool {
        header == "序号" || header == "编号"
    }

    /// 236, 1,486, 98.1, 98.1%.
    static func isFigure(_ cell: String) -> Bool {
        cell.wholeMatch(of: #/[0-9][0-9,，]*(?:\.[0-9]+)?[%％]?/#) != nil
    }
}
