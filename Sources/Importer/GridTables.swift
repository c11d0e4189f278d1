/// A table drawn as a grid, as pandoc writes a Word document's tables in plain text
/// (and Emacs' table mode): border lines of `+` and `-`, a border of `=` under the header,
/// and each row's cells between `|` on one line or on several, a cell's words wrapping
/// inside its column from line to line:
///
///     +--------+--------------+
///     | 乡镇   | “法律明白人” |
///     |        | （名）       |
///     +========+==============+
///     | 城关镇 | 412          |
///     +--------+--------------+
///
/// Each row becomes one line of its cells apart by tabs, as a spreadsheet's row is copied
/// (`乡镇⇥“法律明白人”（名）`), so that `TextTables` writes it as a sentence; a cell's wrapped
/// pieces join as the words they were. The borders go, and the row's other lines are emptied.
/// A grid whose lines do not all split into its columns (a `|` in a cell's words, a cell
/// spanning columns) is left as it is.
enum GridTables {
    struct Rewritten {
        var lines: [String]
        /// The borders taken out: their indices and text.
        var borders: [(index: Int, text: String)]
        /// The lines whose cells joined their row's first line.
        var emptied: Set<Int>
    }

    /// `lines` with each grid table's rows rewritten, or nil when they hold none.
    static func rewritten(_ lines: [String]) -> Rewritten? {
        var result = Rewritten(lines: lines, borders: [], emptied: [])
        var index = 0
        var found = false
        while index < lines.count {
            guard let columns = columnCount(ofBorder: lines[index]) else {
                index += 1
                continue
            }
            let end = tableEnd(from: index, in: lines)
            if let rows = rows(in: lines[index..<end], columns: columns) {
                found = true
                write(rows, from: index, to: end, into: &result)
            }
            index = end
        }
        return found ? result : nil
    }

    /// A row: the index of its first line and its cells, each cell's pieces joined.
    private typealias Row = (first: Int, cells: [String])

    private static func write(_ rows: [Row], from start: Int, to end: Int, into result: inout Rewritten) {
        for index in start..<end {
            if columnCount(ofBorder: result.lines[index]) != nil {
                result.borders.append((index, result.lines[index].trimmingSpaces))
            }
            result.emptied.insert(index)
            result.lines[index] = ""
        }
        for row in rows {
            result.emptied.remove(row.first)
            result.lines[row.first] = row.cells.joined(separator: "\t")
        }
    }

    /// The number of columns a border line (`+----+----+`, `+====+====+`) draws, or nil.
    private static func columnCount(ofBorder line: String) -> Int? {
        let border = line.trimmingSpaces
        guard border.count >= 5, border.first == "+", border.last == "+",
              border.allSatisfy({ "+-=:".contains($0) }), border.contains(where: { $0 == "-" || $0 == "=" }),
              !border.contains("++") else { return nil }
        let columns = border.filter { $0 == "+" }.count - 1
        return columns >= 2 ? columns : nil
    }

    /// Where the grid that starts at the border `start` ends: after its last border or
    /// line of cells.
    private static func tableEnd(from start: Int, in lines: [String]) -> Int {
        var end = start + 1
        while end < lines.count, columnCount(ofBorder: lines[end]) != nil || isLineOfCells(lines[end]) {
            end += 1
        }
        return end
    }

    private static func isLineOfCells(_ line: String) -> Bool {
        let cells = line.trimmingSpaces
        return cells.count >= 3 && cells.first == "|" && cells.last == "|"
    }

    /// The rows between the grid's borders, or nil when a line does not split into
    /// `columns` cells or the grid holds fewer than two rows.
    private static func rows(in lines: ArraySlice<String>, columns: Int) -> [Row]? {
        var rows: [Row] = []
        var current: (first: Int, pieces: [[String]])?
        for index in lines.indices {
            if let bordered = columnCount(ofBorder: lines[index]) {
                guard bordered == columns else { return nil }
                if let row = current { rows.append((row.first, row.pieces.map(joined))) }
                current = nil
                continue
            }
            let cells = lines[index].trimmingSpaces.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            guard cells.count == columns else { return nil }
            var row = current ?? (index, Array(repeating: [], count: columns))
            for (column, cell) in cells.enumerated() {
                let piece = cell.trimmingSpaces
                if !piece.isEmpty { row.pieces[column].append(piece) }
            }
            current = row
        }
        // A grid's last line is a border; one that ends on a line of cells has lost it.
        guard current == nil, rows.count >= 2 else { return nil }
        return rows
    }

    /// A cell's wrapped pieces as the words they were: Chinese runs on, and a space
    /// parts only two Latin words or figures.
    private static func joined(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces {
            if let last = text.last, let first = piece.first, isLatinOrDigit(last), isLatinOrDigit(first) {
                text += " "
            }
            text += piece
        }
        return text
    }

    private static func isLatinOrDigit(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
