/// A chart copied out of a PDF leaves its words as lines: the note of its units, its data
/// labels (a row of figures per series, or a figure a line), its axis' categories (years,
/// townships) and its legend, the series' names after their marks:
///
///     单位：件、%
///     3215    3487    3602
///     96.8%   97.4%   98.1%
///     2022年  2023年  2024年
///     ■ 调解案件数  ● 调解成功率
///
/// Read so, the figures name nothing, and the value axis' marks (2000 / 1500 / … / 0) are
/// figures of none. Each category becomes a sentence of its figures, each named by its series
/// and in its unit (`2022年：调解案件数3215件，调解成功率96.8%。`); the axis' marks, the
/// categories and the legend go.
enum ChartLabels {
    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            guard case .text(let note) = lines[index].content, let units = TableNotes.units(inNote: note),
                  let chart = chart(in: lines, after: index + 1, units: units) else {
                result.append(lines[index])
                index += 1
                continue
            }
            for line in chart.removed {
                removals.append(Removal(rule: .tableLayout, line: line.number, text: line.text, wholeLine: true))
            }
            result.append(lines[index])
            for sentence in chart.sentences {
                result.append(CleanedLine(number: sentence.number, content: .text(sentence.text), indented: true))
            }
            index = chart.end
        }
        return result
    }

    private struct Chart {
        var sentences: [(number: Int, text: String)]
        var removed: [(number: Int, text: String)]
        var end: Int
    }

    /// The chart whose data labels start at `start`, under the note of its `units`.
    private static func chart(in lines: [CleanedLine], after start: Int, units: [String]) -> Chart? {
        var cursor = start
        var series: [(number: Int, text: String, figures: [String])] = []
        var figuresALine: [(number: Int, figure: String)] = []
        // A row of figures per series, or a figure a line.
        while let line = nextLine(in: lines, from: cursor) {
            let cells = cellsOf(line.text)
            guard !cells.isEmpty, cells.allSatisfy(TextTables.isFigure) else { break }
            if cells.count == 1 { figuresALine.append((line.number, cells[0])) } else { series.append((line.number, line.text, cells)) }
            cursor = line.end
        }
        guard series.isEmpty != figuresALine.isEmpty else { return nil }
        // The categories: a row of them, or a category a line, as many as a series' figures.
        guard let first = nextLine(in: lines, from: cursor) else { return nil }
        var categories = cellsOf(first.text)
        var categoryLines = [(number: first.number, text: first.text)]
        cursor = first.end
        var axisMarks: [String] = []
        if !series.isEmpty {
            guard categories.count == series[0].figures.count, series.allSatisfy({ $0.figures.count == categories.count }) else { return nil }
        } else {
            guard categories.count == 1 else { return nil }
            while categories.count < figuresALine.count, let next = nextLine(in: lines, from: cursor),
                  cellsOf(next.text).count == 1, next.text.count <= maximumCategory, !TextTables.isFigure(next.text),
                  legendNames(in: next.text) == nil, unmarkedName(next.text, series: 1, units: units) == nil {
                categories.append(cellsOf(next.text)[0])
                categoryLines.append((next.number, next.text))
                cursor = next.end
            }
            axisMarks = figuresALine.dropLast(categories.count).map(\.figure)
            guard categories.count >= 2, figuresALine.count >= categories.count, isValueAxis(axisMarks) else { return nil }
            let values = figuresALine.suffix(categories.count)
            series = [(values[values.startIndex].number, "", values.map(\.figure))]
        }
        guard categories.allSatisfy({ !TextTables.isFigure($0) && $0.unicodeScalars.contains(where: \.isWordLike) }),
              let legend = nextLine(in: lines, from: cursor),
              let names = legendNames(in: legend.text) ?? unmarkedName(legend.text, series: series.count, units: units),
              names.count == series.count, units.count == 1 || units.count == series.count else { return nil }
        let sentences = categories.indices.map { column in
            let figures = series.indices.map { row in
                let figure = series[row].figures[column]
                let unit = figure.hasSuffix("%") || figure.hasSuffix("％") ? "" : units.count == 1 ? units[0] : units[row]
                // 法治宣传活动场次 in 场次: the name without the unit it ends in, before the figure.
                let name = !unit.isEmpty && names[row].hasSuffix(unit) && names[row].count > unit.count + 1
                    ? String(names[row].dropLast(unit.count)) : names[row]
                return name + figure + unit
            }
            return (number: series[0].number, text: categories[column] + "：" + figures.joined(separator: "，") + "。")
        }
        // The data labels' lines (with the axis' marks, a figure a line), the categories and the legend.
        let labels = figuresALine.isEmpty ? series.map { ($0.number, $0.text) } : figuresALine.map { ($0.number, $0.figure) }
        return Chart(sentences: sentences, removed: labels + categoryLines + [(legend.number, legend.text)], end: legend.end)
    }

    /// The next line of text from `start` on, blank lines passed over: its text, its number
    /// and where the line after it is; nil at a table's row or a removed picture.
    private static func nextLine(in lines: [CleanedLine], from start: Int) -> (text: String, number: Int, end: Int)? {
        var index = start
        while index < lines.count {
            switch lines[index].content {
            case .blank: index += 1
            case .text(let text): return (text, lines[index].number, index + 1)
            case .tableRow, .removedImage: return nil
            }
        }
        return nil
    }

    private static func cellsOf(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
    }

    /// A category on the axis is a year or a place's name, a few characters long.
    private static let maximumCategory = 12

    /// 2000 / 1500 / 1000 / 500 / 0: marks that fall by one step, or none at all.
    private static func isValueAxis(_ marks: [String]) -> Bool {
        let values = marks.compactMap { Double($0.filter { $0 != "," && $0 != "，" }) }
        guard values.count == marks.count else { return false }
        guard values.count >= 2 else { return values.isEmpty }
        let step = values[0] - values[1]
        return step > 0 && zip(values, values.dropFirst()).allSatisfy { $0 - $1 == step }
    }

    /// `■ 调解案件数  ● 调解成功率`: the names after a legend's marks, or nil.
    private static func legendNames(in text: String) -> [String]? {
        guard let first = text.unicodeScalars.first, legendMarks.contains(first) else { return nil }
        let names = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(legendMarks.contains) })
            .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !names.isEmpty, names.allSatisfy({ !$0.contains(" ") && $0.unicodeScalars.contains(where: \.isHan) }) else { return nil }
        return names
    }

    /// `法治宣传活动场次` with no mark before it: one series' name, when it says what it
    /// measures (its unit, or 数, 量, 率 at its end), so that no heading after a chart is taken.
    private static func unmarkedName(_ text: String, series: Int, units: [String]) -> [String]? {
        let name = text.trimmingSpaces
        guard series == 1, (2...16).contains(name.count), name.unicodeScalars.allSatisfy(\.isHan),
              units.contains(where: name.hasSuffix) || ["数", "量", "率"].contains(where: name.hasSuffix) else { return nil }
        return [name]
    }

    private static let legendMarks = Set("■□●○▲△◆◇".unicodeScalars)
}
