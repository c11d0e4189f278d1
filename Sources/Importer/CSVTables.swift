/// A ledger exported as CSV and pasted into the text: a header of short names
/// (`序号,日期,地点,受众人数,发放资料(份)`) over rows of as many fields, some quoted
/// because they hold commas (`"1,200"`, `"城关镇文化广场,县人民法院门前"`). Such lines
/// become table rows, their cells apart as a tab-separated table's are and an empty
/// field a dash, so that `TextTables` writes each row as a sentence. Prose with ASCII
/// commas (今年,全县开展活动…) is left alone: only a header with no digit, and at least
/// `TextTables.minimumRows` lines after it of exactly its number of fields, make a table.
enum CSVTables {
    /// A header names at least this many fields.
    static let minimumFields = 4
    /// A header's field is a column's name: short.
    static let longestName = 12

    static func rewritten(_ lines: [CleanedLine]) -> [CleanedLine] {
        var result = lines
        var index = 0
        while index < lines.count {
            guard let header = fields(of: lines[index]), isHeader(header) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, let row = fields(of: lines[end]), row.count == header.count { end += 1 }
            guard end - index - 1 >= TextTables.minimumRows else {
                index += 1
                continue
            }
            for row in index..<end {
                let cells = fields(of: lines[row])!.map { $0.isEmpty ? "—" : $0 }
                result[row].content = .tableRow(cells.joined(separator: String(CleanedLine.cellSeparator)))
            }
            index = end
        }
        return result
    }

    private static func isHeader(_ fields: [String]) -> Bool {
        fields.count >= minimumFields && fields.allSatisfy(isColumnName)
    }

    /// A column's name in a table pasted as text: short, with no digit and some Han
    /// (法律明白人（名）, 受众人数). Shared with `StackedCells`.
    static func isColumnName(_ field: String) -> Bool {
        !field.isEmpty && field.count <= longestName && !field.contains(where: \.isASCIIDigit)
            && field.unicodeScalars.contains(where: \.isHan)
    }

    /// The fields of a line of text read as CSV (RFC 4180: a field in double quotes may
    /// hold commas, and "" in it is a quote), or nil for a line with no comma outside quotes.
    static func fields(of line: CleanedLine) -> [String]? {
        guard case .text(let text) = line.content, text.contains(",") else { return nil }
        var fields: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                fields.append(field.trimmingSpaces)
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted else { return nil }
        fields.append(field.trimmingSpaces)
        return fields.count > 1 ? fields : nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
