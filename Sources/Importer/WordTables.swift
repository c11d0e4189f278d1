import Indicators

/// A table of words pasted from a spreadsheet: a header of short column names and rows
/// whose cells are set apart by tabs (or a page's table cells), with words and figures in
/// them (a task list: 序号 任务 责任单位 目标 完成情况 备注). Its rows cannot be read as
/// text with the cells run together: a row's figures would meet neither its task nor their
/// column (目标 or 完成情况). So each row is written as sentences: its name (the first
/// cell after a running number) alone, then each other cell after its column's name,
/// with the row's name before a column that holds a figure:
/// `培育“法律明白人”。责任单位：区司法局。培育“法律明白人”的目标：全区新增200名。
/// 培育“法律明白人”的完成情况：✓ 新增236名。` The header goes (`table-layout`).
/// `TextTables` reads tables of figures first; this one reads only what it left.
enum WordTables {
    /// At least this many columns (and `TextTables.minimumRows` rows).
    static let minimumColumns = 3
    /// A column's name is a word or two, not a cell of text.
    static let longestColumnName = 8

    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        TextTables.rewritten(lines, removals: &removals) { line in
            guard let header = cells(of: line), isHeader(header) else { return nil }
            return (header.joined(separator: " "), { cells(of: $0).flatMap { sentence(row: $0, header: header) } })
        }
    }

    /// The cells of a table's row, as the page or the spreadsheet set them apart.
    private static func cells(of line: CleanedLine) -> [String]? {
        guard case .tableRow(let text) = line.content else { return nil }
        return text.split(separator: CleanedLine.cellSeparator).map(String.init)
    }

    /// Short names of words, no figure among them (序号 任务 责任单位 目标 完成情况 备注).
    private static func isHeader(_ cells: [String]) -> Bool {
        cells.count >= minimumColumns && cells.allSatisfy { cell in
            cell.count <= longestColumnName && cell.unicodeScalars.allSatisfy { $0.isHan || $0 == "/" || $0 == "、" }
        }
    }

    /// One row as sentences, or nil when it does not fit the header: a cell for every
    /// column, or for all but the last (a 备注 left empty), and a figure in one of them.
    static func sentence(row: [String], header: [String]) -> String? {
        guard row.count == header.count || row.count == header.count - 1,
              row.contains(where: { !QuantityParser.quantities(in: $0).isEmpty }) else { return nil }
        var cells = Array(zip(header, row))
        if let first = cells.first, TextTables.isRunningNumber(first.0), first.1.allSatisfy(\.isNumber) {
            cells.removeFirst()
        }
        guard let name = cells.first?.1, !name.isEmpty else { return nil }
        var sentences = [closed(name)]
        for (column, cell) in cells.dropFirst() {
            let holdsAFigure = !QuantityParser.quantities(in: cell).isEmpty
            sentences.append(closed((holdsAFigure ? name + "的" + column : column) + "：" + cell))
        }
        return sentences.joined()
    }

    /// The sentence with its own end, or 。 after it.
    private static func closed(_ sentence: String) -> String {
        Segmenter.endsSentence(sentence) ? sentence : sentence + "。"
    }
}
