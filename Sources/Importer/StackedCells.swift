/// A web page's table copied from the browser so that every cell landed on a line of
/// its own: the header's names one under another (区县 / 法律明白人（名） / 宣传活动（场）),
/// then each row as its name and a line per figure, rows often apart by a blank line.
/// The first row settles how many columns there are (its name and the figures under
/// it); the header is as many short names right above it. Such lines become table
/// rows, so that `TextTables` writes each row as a sentence.
enum StackedCells {
    /// A table has at least this many columns: a name and two figures.
    static let minimumColumns = 3

    static func rewritten(_ lines: [CleanedLine]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            guard let table = table(startingRowsAt: index, in: lines) else {
                result.append(lines[index])
                index += 1
                continue
            }
            // The header's lines are already in the result: they become one row.
            result.removeLast(table.header.count)
            let names = table.header.map { text(of: lines[$0])! }
            result.append(row(names, number: lines[table.header[0]].number))
            for cells in table.rows {
                result.append(row(cells.map { text(of: lines[$0])! }, number: lines[cells[0]].number))
            }
            index = table.end
        }
        return result
    }

    private struct Table {
        var header: [Int]
        var rows: [[Int]]
        var end: Int
    }

    /// A table whose first row's name is at `start`, its header right above it.
    private static func table(startingRowsAt start: Int, in lines: [CleanedLine]) -> Table? {
        guard let first = stackedRow(at: start, in: lines, columns: nil) else { return nil }
        let columns = first.count
        let headerStart = start - columns
        guard columns >= minimumColumns, headerStart >= 0,
              (headerStart..<start).allSatisfy({ text(of: lines[$0]).map(isColumnName) ?? false }) else { return nil }
        var rows = [first]
        var end = start + columns
        while true {
            var next = end
            while next < lines.count, lines[next].content == .blank { next += 1 }
            guard let row = stackedRow(at: next, in: lines, columns: columns) else { break }
            rows.append(row)
            end = next + columns
        }
        guard rows.count >= TextTables.minimumRows else { return nil }
        return Table(header: Array(headerStart..<start), rows: rows, end: end)
    }

    /// A row's lines from `start`: a name, then figures, as many as the columns ask or,
    /// for the first row, as many as follow.
    private static func stackedRow(at start: Int, in lines: [CleanedLine], columns: Int?) -> [Int]? {
        guard start < lines.count, let name = text(of: lines[start]), isColumnName(name) else { return nil }
        var end = start + 1
        while end < lines.count, end - start < (columns ?? Int.max), let cell = text(of: lines[end]), isCell(cell) { end += 1 }
        guard end - start >= (columns ?? minimumColumns) else { return nil }
        // A row ends where the next row, a blank line or other text begins, not at another figure.
        if end < lines.count, let after = text(of: lines[end]), isCell(after) { return nil }
        return Array(start..<end)
    }

    /// A column's or a row's name, on a line of its own: no sentence's or clause's mark either.
    private static func isColumnName(_ text: String) -> Bool {
        CSVTables.isColumnName(text) && !text.contains(where: { "。，；：！？,;:".contains($0) })
    }

    /// A figure, or the dash a table puts where it has none.
    private static func isCell(_ text: String) -> Bool {
        TextTables.isFigure(text) || ["—", "-", "－", "/", "／"].contains(text)
    }

    private static func text(of line: CleanedLine) -> String? {
        if case .text(let text) = line.content { return text.trimmingSpaces }
        return nil
    }

    private static func row(_ cells: [String], number: Int) -> CleanedLine {
        CleanedLine(number: number, content: .tableRow(cells.joined(separator: String(CleanedLine.cellSeparator))))
    }
}
