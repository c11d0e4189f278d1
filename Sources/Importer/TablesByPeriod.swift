/// A table the other way round: a row per thing, with its unit, and a column per period
/// (`| 法治宣传活动（场） | 1,126 | 1,358 |` under `| 指标 | 2023年 | 2024年 |`), written
/// `法治宣传活动：2023年1,126场，2024年1,358场。`; and a statistical form of that shape,
/// whose rows carry a code and their own unit (指标名称 代码 计量单位 本年 上年 增减%).
extension TextTables {
    /// The columns of a table whose rows are things and whose columns are years
    /// (`指标 2023年 2024年 增减`) or other periods (`指标 本季度 累计 同比`): at least two
    /// after the first, one of them a year or a period, and no figure among them.
    static func periodColumns(of header: [String]) -> [String]? {
        let columns = header.dropFirst()
        guard header.count >= minimumColumns, !header.contains(where: isFigure),
              columns.contains(where: isPeriod) else { return nil }
        return Array(columns)
    }

    /// A period (2024年), or a year's measure under a header of two lines (2024年数量).
    private static func isPeriod(_ column: String) -> Bool {
        column.wholeMatch(of: periodPattern) != nil || TwoLineHeaders.isAYearsMeasure(column)
    }

    /// 2024年, 2024年度, 本季度, 本月, 累计, 上年同期, 1—9月, 第三季度.
    static var periodPattern: Regex<Substring> {
        #/(?:19|20)\d{2}\s*年度?|本季度|本月|本期|本年度?|当月|当季|全年|累计|上年同期|上年|去年同期|去年|上半年|下半年|第?[一二三四]季度|\d{1,2}\s*[-—–至~]\s*\d{1,2}\s*月/#
    }

    /// One row of a table by years as a sentence, or nil when it does not fit:
    /// its thing, then each year's figure with the unit the thing gives
    /// (法治宣传活动（场）), the row's cell under 计量单位, or its own (14个); a column
    /// with a unit of its own (增减%) gives it. A cell of words (增加3个, 持平) stands
    /// alone, a dash (—) marks a cell empty, and a row's code (代码 01) is left out.
    static func sentence(row: [String], periods: [String]) -> String? {
        guard row.count == periods.count + 1, let name = row.first, !name.isEmpty, !isFigure(name) else { return nil }
        let thing = column(name)
        var unit = thing.unit
        var filled: [(period: String, cell: String)] = []
        for (period, cell) in zip(periods, row.dropFirst()) where !isCodeColumn(period) && !isPlaceholder(cell) {
            if isUnitColumn(period) {
                if TableNotes.units(inNote: "单位：" + cell)?.count == 1 { unit = cell }
            } else {
                filled.append((period, cell))
            }
        }
        // A cell of words (持平, 一般) holds no figure, though 一 is a numeral.
        guard filled.contains(where: { HeadingShape.holdsDigits($0.cell) }),
              filled.allSatisfy({ HeadingShape.holdsDigits($0.cell) || $0.cell.unicodeScalars.first?.isHan == true }) else { return nil }
        let named = filled.map { period, cell -> String in
            if cell.unicodeScalars.first?.isHan == true { return cell }
            let bare = cell.wholeMatch(of: #/[+\-−]?[0-9][0-9,，]*(?:\.[0-9]+)?[万亿]?/#) != nil
            let periodColumn = column(period)
            return periodColumn.name + cell + (bare ? (periodColumn.unit.isEmpty ? unit : periodColumn.unit) : "")
        }
        return thing.name + "：" + named.joined(separator: "，") + "。"
    }

    /// 代码, 行次: a form's column that numbers its rows.
    static func isCodeColumn(_ header: String) -> Bool {
        isRunningNumber(header) || ["代码", "行次", "编码", "栏次"].contains(header)
    }

    /// 计量单位: a form's column that gives each row's unit.
    static func isUnitColumn(_ header: String) -> Bool {
        ["计量单位", "单位", "计算单位"].contains(header)
    }
}
