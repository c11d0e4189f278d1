/// What a table copied as text says about itself outside its cells: the note over it
/// that gives its figures' units (`单位：场、人次`, `（单位：万元）`), and the line under
/// a statistical form's header that numbers its columns (`甲 乙 丙 1 2 3`).
enum TableNotes {
    /// The units each note names, keyed by the number of the first line of text after the
    /// note: a line that is only the note, or a title that ends with it in parentheses.
    static func units(in lines: [CleanedLine]) -> [Int: [String]] {
        var notes: [Int: [String]] = [:]
        var pending: [String]?
        for line in lines {
            switch line.content {
            case .blank, .removedImage: continue
            case .tableRow:
                if let units = pending { notes[line.number] = units }
                pending = nil
            case .text(let text):
                if let units = pending { notes[line.number] = units }
                pending = units(inNote: text)
            }
        }
        return notes
    }

    /// 单位：场、人次 → [场, 人次]; 潆溪县…统计表（单位：万元） → [万元]; 编制单位：…　　单位：元
    /// → [元]; nil for any other line.
    static func units(inNote text: String) -> [String]? {
        let note = text.trimmingSpaces
        guard let match = note.wholeMatch(of: #/[（(]?单位\s*[:：]\s*([^（()）]{1,20})[）)]?/#)
                ?? note.firstMatch(of: #/[（(]单位\s*[:：]\s*([^（()）]{1,20})[）)]$/#)
                ?? note.firstMatch(of: #/\s单位\s*[:：]\s*(\S{1,20})$/#) else { return nil }
        let units = match.output.1.split(whereSeparator: { "、，,/／ ".contains($0) }).map(String.init)
        return !units.isEmpty && units.allSatisfy(isUnit) ? units : nil
    }

    /// 场, 人次, 万元, %: a unit is a few Han characters ending in a measure word, or a
    /// percent sign; 单位：县司法局 names who filled the form in.
    private static func isUnit(_ word: String) -> Bool {
        guard word != "%", word != "％" else { return true }
        guard (1...3).contains(word.count), word.unicodeScalars.allSatisfy(\.isHan), let last = word.last else { return false }
        return measureWords.contains(last)
    }

    private static let measureWords = Set("人名个位户家所支场次轮期批班件起宗通份册本篇条项部集首张处座间元天时分组")

    /// 甲 乙 丙 1 2 3: a form's columns numbered under its header, the words' columns by the
    /// heavenly stems (one at least) and the figures' by 1, 2, 3 …; at least
    /// `TextTables.minimumColumns`. A row of bare numbers alone is no such line.
    static func isColumnNumbering(_ cells: [String]) -> Bool {
        guard cells.count >= TextTables.minimumColumns else { return false }
        let stems = cells.prefix { $0.count == 1 && stemOrder.contains($0) }
        let numbers = cells.dropFirst(stems.count)
        return !stems.isEmpty && zip(stems, stemOrder).allSatisfy { String($1) == $0 }
            && zip(numbers, 1...).allSatisfy { $0 == String($1) }
    }

    private static let stemOrder = "甲乙丙丁戊己庚辛壬癸"
}
