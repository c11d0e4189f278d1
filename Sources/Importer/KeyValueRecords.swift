/// A dataset's records as a data portal shows them, one field a line (指标名称：法律明白人总数 /
/// 统计年度：2024 / 统计值：1200 / 计量单位：名 / 备注：—), the records one after another with
/// the same fields. A figure and its unit stand on lines of their own there, and the
/// thing they count on a third, so each record is written as one sentence that names its
/// figure: `法律明白人总数：1200名。` A field the same in every record (统计年度：2024) is said
/// once, before them; a note (备注) follows its figure in parentheses; the records' running
/// number (序号) goes.
enum KeyValueRecords {
    /// A record has at least this many fields, and a dataset at least `minimumRecords` records.
    static let minimumFields = 3
    static let minimumRecords = 2

    static func rewritten(_ lines: [CleanedLine], removals: inout [Removal]) -> [CleanedLine] {
        var result: [CleanedLine] = []
        var index = 0
        while index < lines.count {
            guard let dataset = dataset(startingAt: index, in: lines), let written = write(dataset, removals: &removals) else {
                result.append(lines[index])
                index += 1
                continue
            }
            result += written
            index = dataset.end
        }
        return result
    }

    private struct Field {
        var line: CleanedLine
        var key: String
        var value: String
    }

    private struct Dataset {
        var records: [[Field]]
        var end: Int
    }

    /// `key：value` on a line of its own: a short key of words, no figure in it.
    private static func field(_ line: CleanedLine) -> Field? {
        guard case .text(let text) = line.content, let match = text.wholeMatch(of: fieldPattern) else { return nil }
        return Field(line: line, key: String(match.output.1), value: String(match.output.2).trimmingSpaces)
    }

    private static var fieldPattern: Regex<(Substring, Substring, Substring)> {
        #/\s*([\p{Script=Han}（）()]{1,8})\s*[:：]\s*(.{0,200})/#
    }

    /// The records that start at `start`: runs of fields with the same keys in the same
    /// order, apart by blank lines or next to each other (a record ends where its first key comes again).
    private static func dataset(startingAt start: Int, in lines: [CleanedLine]) -> Dataset? {
        guard let first = record(at: start, in: lines, keys: nil), first.fields.count >= minimumFields else { return nil }
        let keys = first.fields.map(\.key)
        var records = [first.fields]
        var end = first.end
        while true {
            var next = end
            while next < lines.count, lines[next].content == .blank { next += 1 }
            guard let record = record(at: next, in: lines, keys: keys) else { break }
            records.append(record.fields)
            end = record.end
        }
        guard records.count >= minimumRecords else { return nil }
        return Dataset(records: records, end: end)
    }

    /// The fields of one record from `start`, with `keys` when the first record gave them.
    private static func record(at start: Int, in lines: [CleanedLine], keys: [String]?) -> (fields: [Field], end: Int)? {
        var fields: [Field] = []
        var index = start
        while index < lines.count, let field = field(lines[index]) {
            if let keys {
                guard fields.count < keys.count, field.key == keys[fields.count] else { break }
            } else if fields.contains(where: { $0.key == field.key }) {
                break
            }
            fields.append(field)
            index += 1
        }
        if let keys, fields.count != keys.count { return nil }
        return fields.isEmpty ? nil : (fields, index)
    }

    /// The dataset's records as sentences, or nil when no field names a thing and another its figure.
    private static func write(_ dataset: Dataset, removals: inout [Removal]) -> [CleanedLine]? {
        let keys = dataset.records[0].map(\.key)
        func values(_ column: Int) -> [String] { dataset.records.map { $0[column].value } }
        let constant = keys.indices.filter { Set(values($0)).count == 1 }
        guard let figure = keys.indices.first(where: { column in
                  !constant.contains(column) && !TextTables.isCodeColumn(keys[column])
                      && values(column).allSatisfy { TextTables.isFigure($0) || TextTables.isPlaceholder($0) }
                      && values(column).contains(where: TextTables.isFigure)
              }),
              let name = keys.indices.first(where: { column in
                  !constant.contains(column) && values(column).allSatisfy { $0.unicodeScalars.first?.isHan == true }
              }) else { return nil }
        let unit = keys.indices.first { TextTables.isUnitColumn(keys[$0]) }
        let notes = keys.indices.filter { noteKeys.contains(keys[$0]) && $0 != name }
        let written = Set([figure, name] + [unit].compactMap { $0 } + notes)
        let described = keys.indices.filter { !written.contains($0) && !constant.contains($0) && !TextTables.isCodeColumn(keys[$0]) }

        var lines: [CleanedLine] = []
        let shared = constant.filter { $0 != unit && !TextTables.isCodeColumn(keys[$0]) && !TextTables.isPlaceholder(dataset.records[0][$0].value) }
        if !shared.isEmpty {
            let sentence = shared.map { keys[$0] + "：" + dataset.records[0][$0].value }.joined(separator: "，") + "。"
            lines.append(CleanedLine(number: dataset.records[0][0].line.number, content: .text(sentence), indented: true))
        }
        for record in dataset.records {
            let description = described.map { record[$0].value }.filter { !TextTables.isPlaceholder($0) }.joined()
            let figureText = TextTables.isPlaceholder(record[figure].value) ? "—" : record[figure].value + (unit.map { record[$0].value } ?? "")
            let noted = notes.map { record[$0].value }.filter { !TextTables.isPlaceholder($0) && $0 != "无" }
                .map { "（" + $0 + "）" }.joined()
            let sentence = description + record[name].value + "：" + figureText + noted + "。"
            lines.append(CleanedLine(number: record[name].line.number, content: .text(sentence), indented: true))
            for field in record where field.line.number != record[name].line.number {
                removals.append(Removal(rule: .tableLayout, line: field.line.number, text: field.key + "：" + field.value, wholeLine: true))
            }
        }
        return lines
    }

    /// A record's note on its figure.
    private static let noteKeys: Set<String> = ["备注", "说明", "注", "附注"]
}
