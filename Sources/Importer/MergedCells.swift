/// A spreadsheet's cell merged down a column (一级指标 产出指标 over the rows it spans)
/// comes out as its word in the first row and empty cells under it. Each empty cell
/// before a row's first filled one takes the word above it, so every row names its
/// groups as the first one does. A cell of figures above is never carried down, and
/// only a row with figures of its own (no header's translation) takes any.
enum MergedCells {
    static func filledDown(_ lines: [CleanedLine]) -> [CleanedLine] {
        var result = lines
        var above: [Substring]?
        for index in result.indices {
            guard case .tableRow(let row) = result[index].content else {
                above = nil
                continue
            }
            var cells = row.split(separator: CleanedLine.cellSeparator, omittingEmptySubsequences: false)
            if let above, above.count == cells.count, cells.contains(where: HeadingShape.holdsDigits) {
                var column = 0
                while column < cells.count - 1, cells[column].isEmpty, isWords(above[column]) {
                    cells[column] = above[column]
                    column += 1
                }
                if column > 0 {
                    result[index].content = .tableRow(cells.joined(separator: String(CleanedLine.cellSeparator)))
                }
            }
            above = cells
        }
        return result
    }

    /// 产出指标, 数量指标: a group's name, with no digit in it.
    private static func isWords(_ cell: Substring) -> Bool {
        !cell.isEmpty && cell.unicodeScalars.contains(where: \.isHan) && !HeadingShape.holdsDigits(cell)
    }
}
