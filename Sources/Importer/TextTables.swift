/// A table copied as text (from a PDF, or a page's table): a header line
/// naming the columns, then a line per row with the same cells, separated
/// by spaces. Markdown as cmark reads it has no tables, and a bare figure
/// (`1 城关镇 236 6 14 1486`) says nothing of what it counts, so each row
/// is written as a sentence that names every figure by its column:
/// `城关镇：法律明白人236名，示范村6个，法治文化阵地14个，调解纠纷1486件。`
/// The header's words are all kept, in the rows; only a running number
/// (序号) is left out.
///
/// A table may also name its figures the other way round, a row per thing and a
/// column per period (`TablesByPeriod.swift`).
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
        let lines = TwoLineHeaders.merged(MergedCells.filledDown(lines), removals: &removals)
        let notes = TableNotes.units(in: lines)
        return rewritten(lines, removals: &removals) { line in
            guard let header = cells(of: line), let rowSentence = rowSentence(under: header, noteUnits: notes[line.number] ?? [])
            else { return nil }
            return (header.joined(separator: " "), { cells(of: $0).flatMap(rowSentence) })
        }
    }

    /// A table as `header` reads one: a header line (its text, and how it writes a row under
    /// it), perhaps a line of its names in another script (a bilingual table's) or of its
    /// columns' numbers (a statistical form's), then the rows it writes, `minimumRows` at
    /// least. Each row becomes its sentence; the header goes (`table-layout`). Shared with
    /// `WordTables`.
    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal],
                          header: (CleanedLine) -> (text: String, row: (CleanedLine) -> String?)?) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            guard let table = header(lines[index]) else {
                result.append(lines[index])
                index += 1
                continue
            }
            var next = index + 1
            let translation = next < lines.count ? translation(lines[next]) ?? columnNumbering(lines[next]) : nil
            if translation != nil { next += 1 }
            var rows: [(line: CleanedLine, sentence: String)] = []
            while next < lines.count, let sentence = table.row(lines[next]) {
                rows.append((lines[next], sentence))
                next += 1
            }
            guard rows.count >= minimumRows else {
                result.append(lines[index])
                index += 1
                continue
            }
            removals.append(Removal(rule: .tableLayout, line: lines[index].number, text: table.text, wholeLine: true))
            if let translation { removals.append(Removal(rule: .tableLayout, line: lines[index + 1].number, text: translation, wholeLine: true)) }
            // Each row is a paragraph of its own: no line before it runs on into it.
            for row in rows { result.append(CleanedLine(number: row.line.number, content: .text(row.sentence), indented: true)) }
            index = next
        }
        return result
    }

    /// The line of a form's column numbers under its header (甲 乙 丙 1 2 3): its text.
    private static func columnNumbering(_ line: CleanedLine) -> String? {
        guard let cells = cells(of: line), TableNotes.isColumnNumbering(cells) else { return nil }
        return cells.joined(separator: " ")
    }

    /// How the rows under `header` are written as sentences, when it heads a table.
    /// `noteUnits` are the units a note over the table gives (单位：场、人次).
    private static func rowSentence(under header: [String], noteUnits: [String]) -> (([String]) -> String?)? {
        if let columns = columns(of: header, noted: !noteUnits.isEmpty) {
            let numbered = isRunningNumber(header[0])
            return { sentence(row: $0, columns: columns, numbered: numbered, noteUnits: noteUnits) }
        }
        if let periods = periodColumns(of: header) {
            return { sentence(row: $0, periods: periods) }
        }
        if measureColumns(of: header) {
            return { sentence(row: $0, measures: header) }
        }
        return nil
    }

    /// The cells of a line: a line of text holds them apart by spaces; a table's row whose
    /// walls (tabs, pipes, box-drawing lines) were read has them apart by tabs, and a name
    /// padded to its column's width (`合  计`) is one cell, its spaces gone.
    static func cells(of line: CleanedLine) -> [String]? {
        let cells: [String]
        switch line.content {
        case .text(let written):
            cells = paddedFirstName(written.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init))
        case .tableRow(let written):
            // A spreadsheet's empty cell stays, as "", under its column.
            cells = written.split(separator: CleanedLine.cellSeparator, omittingEmptySubsequences: false)
                .flatMap { $0.isEmpty ? [""] : paddedName($0) }
        case .blank, .removedImage: return nil
        }
        // A bilingual table's names in Uyghur, Mongolian or Tibetan beside the Chinese ones.
        let read = cells.filter { !isInAnotherScript($0) }
        return read.count >= 2 ? read : nil
    }

    /// A cell written in a script other than Chinese or Latin: letters, none of them Han or ASCII.
    static func isInAnotherScript(_ cell: String) -> Bool {
        var hasLetter = false
        for scalar in cell.unicodeScalars {
            if scalar.isHan || scalar.isASCII && scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return false }
            if scalar.properties.isAlphabetic { hasLetter = true }
        }
        return hasLetter
    }

    /// A line under a header that gives its names again in another script, and nothing else:
    /// its text, tabs as spaces.
    static func translation(_ line: CleanedLine) -> String? {
        let written: String
        switch line.content {
        case .text(let text): written = text
        case .tableRow(let row): written = row.replacing(String(CleanedLine.cellSeparator), with: " ")
        case .blank, .removedImage: return nil
        }
        let cells = written.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        return !cells.isEmpty && cells.allSatisfy({ isInAnotherScript(String($0)) }) ? written.trimmingSpaces : nil
    }

    /// A cell of a kept row: a short name padded with spaces (`合 计`, and a person's
    /// `周  斌（县公安局）` with the office after it) is one word, and a pivot table's subtotal
    /// (`鹤鸣区 小计`) one name; any other cell with spaces holds several (`城关镇 236`), as in
    /// a row of text.
    private static func paddedName(_ cell: Substring) -> [String] {
        let words = cell.split(separator: " ").map(String.init)
        guard words.count > 1 else { return words }
        let joined = words.joined()
        let name = joined.prefix { $0 != "（" && $0 != "(" }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(\.isHan) else { return words }
        let followedByParenthesis = name.count < joined.count
        if followedByParenthesis && !(joined.hasSuffix("）") || joined.hasSuffix(")")) { return words }
        if name.count <= maximumPaddedName, !words[words.count - 1].hasPrefix("（"), !words[words.count - 1].hasPrefix("(") {
            return [joined]
        }
        return !followedByParenthesis && subtotalWords.contains(words[words.count - 1]) ? [words.joined(separator: " ")] : words
    }

    /// A row of text whose first two cells are a character each (`合  计 9876 4612`, its spaces
    /// made one): a two-character name padded to its column's width, one cell.
    private static func paddedFirstName(_ cells: [String]) -> [String] {
        guard cells.count > 2, cells[0].count == 1, cells[1].count == 1, cells[2].count > 1,
              (cells[0] + cells[1]).unicodeScalars.allSatisfy(\.isHan) else { return cells }
        return [cells[0] + cells[1]] + cells.dropFirst(2)
    }

    private static let maximumPaddedName = 4
    private static let subtotalWords: Set<String> = ["小计", "合计", "总计", "汇总"]

    /// The columns a header names, when it is one: at least `minimumColumns`
    /// cells, none of them a figure, and at least one with a unit in parentheses, or a
    /// note over the table that gives the units (`noted`). A form whose rows give their
    /// own units (计量单位) is a table by periods; 单位 over the rows' names is who they are.
    static func columns(of header: [String], noted: Bool = false) -> [Column]? {
        guard header.count >= minimumColumns, !header.contains(where: isFigure), !header.dropFirst().contains(where: isUnitColumn)
        else { return nil }
        let columns = header.map(column)
        guard noted || columns.contains(where: { !$0.unit.isEmpty }) else { return nil }
        return columns
    }

    /// 法律明白人（名）: the name and the unit in parentheses; 增减%: a share; 受众人数: a
    /// count of people, in 人.
    static func column(_ cell: String) -> Column {
        // A pivot table's header says what it does with the column: 求和项:法治宣传活动（场）.
        let cell = cell.replacing(#/^(?:求和项|计数项|平均值项|最大值项|最小值项)\s*[:：]\s*/#, with: "")
        guard let match = cell.wholeMatch(of: #/(.+?)[（(]([^（()）]{1,4})[）)]/#) else {
            if cell.count > 1, let last = cell.last, last == "%" || last == "％" { return Column(name: String(cell.dropLast()), unit: "%") }
            return Column(name: cell, unit: cell.count > 2 && cell.hasSuffix("人数") ? "人" : "")
        }
        return Column(name: String(match.output.1), unit: String(match.output.2))
    }

    /// One row as a sentence, or nil when the cells do not fit the columns:
    /// the row's name (its cells before the first figure, without the running
    /// number), then each figure with its column's name and unit. A row with
    /// fewer cells (合计 across 序号 and 乡镇) has its figures in the last columns.
    /// A figure whose column names no unit takes one from `noteUnits` (see `withNoteUnits`).
    static func sentence(row: [String], columns: [Column], numbered: Bool, noteUnits: [String] = []) -> String? {
        var row = row[...]
        let filled = row.count == columns.count
        if numbered, filled, let number = row.first, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) {
            row = row.dropFirst()
        }
        guard let firstFigure = row.firstIndex(where: isFigure), row.count <= columns.count else { return nil }
        let figures = row[firstFigure...]
        guard figures.allSatisfy(isFigure) else {
            return filled ? sentence(alignedRow: Array(row), columns: Array(columns.suffix(row.count)), noteUnits: noteUnits) : nil
        }
        guard figures.count >= 2 else { return nil }
        // 合计 with —— under 乡镇: a dash only marks the cell empty.
        let names = row[..<firstFigure].filter { !isPlaceholder($0) }
        guard !names.isEmpty else { return nil }
        let figureColumns = columns.suffix(figures.count)
        guard figureColumns.count == figures.count, columns.count - figures.count >= 1 else { return nil }
        let named = zip(withNoteUnits(Array(figureColumns), cells: Array(figures), noteUnits), figures).map { column, figure in
            column.name + figure + (figure.hasSuffix("%") ? "" : column.unit)
        }
        return rowName(names) + "：" + named.joined(separator: "，") + "。"
    }

    /// A row with a cell for every column and words among its figures (a school, its
    /// figures, the offices that sent its vice-principals, more figures): the words
    /// before the first figure name the row, each figure takes its column's name and
    /// unit, and later words their column's name (派出单位为县人民法院). A note of what the
    /// row includes (备注 含“法治进乡村”活动5场) is a parenthesis after the first figure in its
    /// unit (普法宣传活动46场), as a report writes the parts of a figure. A dash stands for a
    /// figure of none (全国级 2 — 名单): a row needs two cells of figures or dashes.
    static func sentence(alignedRow row: [String], columns: [Column], noteUnits: [String] = []) -> String? {
        guard let firstFigure = row.firstIndex(where: isFigure), firstFigure > 0,
              row.filter({ isFigure($0) || isDash($0) }).count >= 2 else { return nil }
        let names = row[..<firstFigure].filter { !isPlaceholder($0) }
        guard !names.isEmpty else { return nil }
        var named: [(text: String, unit: String)] = []
        for (column, cell) in zip(withNoteUnits(columns, cells: row, noteUnits), row).dropFirst(firstFigure) where !isPlaceholder(cell) {
            if isFigure(cell) {
                let unit = cell.hasSuffix("%") ? "" : column.unit
                named.append((column.name + cell + unit, unit))
            } else if !named.isEmpty, cell.hasPrefix("含") || cell.hasPrefix("包括") {
                // After the figure the parts are of: the first in their unit.
                let unit = cell.firstMatch(of: #/[0-9][0-9,，.]*[万亿]?[余多]?(\p{Script=Han})/#).map { String($0.output.1) }
                let whole = named.firstIndex { $0.unit == unit } ?? named.count - 1
                named[whole].text += "（" + cell + "）"
            } else {
                named.append((column.name + "为" + cell, ""))
            }
        }
        return rowName(names) + "：" + named.map(\.text).joined(separator: "，") + "。"
    }

    /// What a row's cells before its figures name: a place within a place (城关镇 城南社区)
    /// as written, and more cells than that (a date, a place, a topic, a speaker) apart by
    /// middle dots, so that no later stage reads the first ones as a heading run into the
    /// row, and no clause of them lends its words to the figures as their label.
    private static func rowName<Names: Collection<String>>(_ names: Names) -> String {
        names.joined(separator: names.count > 2 ? "·" : " ")
    }

    /// `columns` with a unit for each figure in `cells` whose column names none, from the note
    /// over the table (单位：场、人次): its units in order when it names as many as there are
    /// such figures, or its one unit for them all. A share (98.6%) has its own.
    static func withNoteUnits(_ columns: [Column], cells: [String], _ noteUnits: [String]) -> [Column] {
        guard !noteUnits.isEmpty else { return columns }
        let open = columns.indices.filter { index in
            index < cells.count && columns[index].unit.isEmpty && isFigure(cells[index]) && !cells[index].hasSuffix("%") && !cells[index].hasSuffix("％")
        }
        guard noteUnits.count == 1 || noteUnits.count == open.count else { return columns }
        var filled = columns
        for (rank, index) in open.enumerated() { filled[index].unit = noteUnits.count == 1 ? noteUnits[0] : noteUnits[rank] }
        return filled
    }

    /// A header of words only (一级指标 二级指标 三级指标 指标值 完成值 得分) over rows whose
    /// figures carry their own units (产出指标 数量指标 法治宣传活动场次 ≥60场次 78场次 10分).
    static func measureColumns(of header: [String]) -> Bool {
        header.count >= minimumColumns && header.allSatisfy { cell in
            !isFigure(cell) && !isMeasure(cell) && cell.unicodeScalars.contains(where: \.isHan)
        }
    }

    /// One row under such a header, or nil when it does not fit: a cell for every column,
    /// words first, then at least two values, each after its column's name: measures, bare
    /// scores (分值 6) or a few words with a date (12月7日前). A row of bare figures alone
    /// says nothing of what they count.
    static func sentence(row: [String], measures header: [String]) -> String? {
        // A running number (1	培养…) is a word of the row's name here.
        guard row.count == header.count, let firstValue = row.indices.dropFirst().first(where: { HeadingShape.holdsDigits(row[$0]) }),
              row[firstValue...].count(where: HeadingShape.holdsDigits) >= 2,
              row[firstValue...].contains(where: { isMeasure($0) || !isFigure($0) && HeadingShape.holdsDigits($0) }),
              row[firstValue...].allSatisfy({ isMeasure($0) || isFigure($0) || isShortWords($0) }) else { return nil }
        let named = zip(header, row).dropFirst(firstValue).map { $0 + $1 }
        // 产出指标、数量指标、法治宣传活动场次: a space would split the row at a heading's shape.
        return row[..<firstValue].joined(separator: "、") + "：" + named.joined(separator: "，") + "。"
    }

    /// 12月7日前, 达标, —: a cell of a few characters that ends no sentence.
    private static func isShortWords(_ cell: String) -> Bool {
        cell.count <= 8 && !Segmenter.endsSentence(cell) && !cell.contains(where: { "，,；;".contains($0) })
    }

    /// ≥60场次, 3.62万份, 98.4%, 10分: a figure with its own unit, perhaps after a bound.
    static func isMeasure(_ cell: String) -> Bool {
        cell.wholeMatch(of: #/[≥≤＞＜><]?[0-9][0-9,，]*(?:\.[0-9]+)?[万亿]?(?:[%％]|\p{Script=Han}{1,3})/#) != nil
    }

    /// 序号, 编号: a column that only numbers the rows.
    static func isRunningNumber(_ header: String) -> Bool {
        header == "序号" || header == "编号"
    }

    /// ——, -, ／, or nothing: a cell left empty.
    static func isPlaceholder(_ cell: String) -> Bool {
        cell.allSatisfy { "—–-－/／…".contains($0) }
    }

    /// ——, -, ／: a cell marked empty, not merely left so.
    private static func isDash(_ cell: String) -> Bool {
        !cell.isEmpty && isPlaceholder(cell)
    }

    /// 236, 1,486, 98.1, 98.1%, and a ledger's rougher counts: 800余, 约1,000, 1.2万.
    static func isFigure(_ cell: String) -> Bool {
        cell.wholeMatch(of: #/[约近]?[0-9][0-9,，]*(?:\.[0-9]+)?(?:[%％]|[万亿]?[余多]?)/#) != nil
    }
}
