/// A gazette's or a court's PDF numbers every line of a page (1  　　各县…, 2  施，明确…),
/// starting again on each page. A number is furniture when it is one of a run of
/// lines numbered one after another; a list's items (1. 2. 3.) have text between
/// them or a mark after the number, and a table's 序号 column runs down only a part of the text.
enum LineNumbers {
    /// The fewest lines numbered one after another that show a text's lines are numbered.
    static let minimumRun = 10

    /// The lines with the numbers of each run taken off, and the numbers taken by line index.
    static func stripped(_ lines: [String]) -> (lines: [String], numbers: [Int: String]) {
        let numbered = lines.map(number)
        var runs: [Range<Int>] = []
        var start = 0
        while start < lines.count {
            guard numbered[start] != nil else {
                start += 1
                continue
            }
            var end = start + 1
            while end < lines.count, let next = numbered[end], next.value == numbered[end - 1]!.value + 1 { end += 1 }
            if end - start >= 2 { runs.append(start..<end) }
            start = end
        }
        // A page of its own may be short, the last one above all, once a long run shows the numbering.
        guard runs.contains(where: { $0.count >= minimumRun }) else { return (lines, [:]) }
        runs = runs.filter { $0.count >= minimumRun || numbered[$0.lowerBound]!.value == 1 }
        // A table's 序号 column numbers its rows one after another too, but the rows are
        // a part of the text; a page's numbers run down nearly all of it.
        let textLines = lines.count { !$0.trimmingSpaces.isEmpty }
        guard Double(runs.reduce(0) { $0 + $1.count }) >= share * Double(textLines) else { return (lines, [:]) }
        var result = lines
        var numbers: [Int: String] = [:]
        for index in runs.joined() {
            numbers[index] = String(lines[index][..<numbered[index]!.end])
            result[index] = String(lines[index][numbered[index]!.end...])
        }
        return (result, numbers)
    }

    /// The share of a text's lines that line numbers must run down.
    static let share = 0.6

    /// The line's number and where its text begins: digits, then spaces or nothing else.
    private static func number(_ line: String) -> (value: Int, end: String.Index)? {
        guard let match = line.prefixMatch(of: #/(\d{1,3})(?: +|$)/#), let value = Int(match.output.1) else { return nil }
        // A table's row goes on in cells (1 城关区 412 7, 1<tab>…); a numbered line in a few words at most.
        let rest = line[match.range.upperBound...]
        guard !rest.contains("\t"), rest.split(separator: " ", omittingEmptySubsequences: true).count <= 2 else { return nil }
        return (value, match.range.upperBound)
    }
}
