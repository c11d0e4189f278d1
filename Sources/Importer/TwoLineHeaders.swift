/// A table by years whose header takes two lines: the years over the measures each of
/// them holds, set out by spaces in a PDF (`指标 2024年 2023年` over `数量 同比增减 数量`).
/// The two lines become one header naming each column by its year and its measure
/// (2024年数量, 2024年同比增减, 2023年数量), over the rows that give a cell to each.
/// Where the spaces stood is gone by now, so the measures are shared out where their
/// first one comes again: each year's measures begin with it.
enum TwoLineHeaders {
    static func merged(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        result.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            // A spreadsheet's merged cells over a year's measures leave empty cells beside it.
            if index + 1 < lines.count, let header = TextTables.cells(of: lines[index])?.filter({ !$0.isEmpty }),
               let measures = TextTables.cells(of: lines[index + 1])?.filter({ !$0.isEmpty }),
               let columns = combined(header, measures) {
                var line = lines[index]
                line.content = .tableRow(([header[0]] + columns).joined(separator: String(CleanedLine.cellSeparator)))
                result.append(line)
                removals.append(Removal(rule: .tableLayout, line: lines[index + 1].number,
                                        text: measures.joined(separator: " "), wholeLine: true))
                index += 2
            } else {
                result.append(lines[index])
                index += 1
            }
        }
        return result
    }

    /// Each year's name before each of its measures, when `header` names only years after its
    /// first cell and `measures`, words only, fall into as many groups as there are years.
    static func combined(_ header: [String], _ measures: [String]) -> [String]? {
        let years = header.dropFirst()
        guard header.count >= 2, measures.count > years.count, let first = measures.first,
              years.allSatisfy({ $0.wholeMatch(of: TextTables.periodPattern) != nil }),
              !measures.contains(where: TextTables.isFigure), measures.allSatisfy(isAMeasure) else { return nil }
        var groups: [[String]] = []
        for measure in measures {
            if measure == first || groups.isEmpty { groups.append([measure]) } else { groups[groups.count - 1].append(measure) }
        }
        guard groups.count == years.count else { return nil }
        return zip(years, groups).flatMap { year, group in group.map { year + $0 } }
    }

    /// A column a merged header names: a year and its measure (2024年数量, 2024年同比增减).
    static func isAYearsMeasure(_ column: String) -> Bool {
        guard let year = column.prefixMatch(of: #/(?:19|20)\d{2}\s*年度?/#) else { return false }
        return isAMeasure(column[year.range.upperBound...])
    }

    /// 数量, 同比增减, 完成值: a measure's name is short, and all Han.
    private static func isAMeasure(_ name: some StringProtocol) -> Bool {
        name.count <= longestMeasure && name.unicodeScalars.allSatisfy(\.isHan)
    }

    private static let longestMeasure = 6
}
