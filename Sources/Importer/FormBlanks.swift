/// A form filled in on the page: what was typed stands on a blank's underline
/// (开展活动__36__场, 覆盖群众____约4200____人次, 全国____/____个). The underlines go and
/// the figure meets its words again (开展活动36场). A line of underscores alone is a
/// divider (`table-debris`), not a blank.
enum FormBlanks {
    /// `line` without its blanks' underlines (two or more `_` or `＿` in a row, beside
    /// other text), and the underlines removed.
    static func removingUnderlines(_ line: String) -> (text: String, removed: [String]) {
        guard line.contains("__") || line.contains("＿＿") else { return (line, []) }
        let scalars = Array(line.unicodeScalars)
        guard scalars.contains(where: { !isUnderline($0) && !$0.properties.isWhitespace }) else { return (line, []) }
        var output = String.UnicodeScalarView()
        var removed: [String] = []
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count, isUnderline(scalars[index]), isUnderline(scalars[end]) { end += 1 }
            if end - index >= 2 {
                removed.append(String(String.UnicodeScalarView(scalars[index..<end])))
            } else {
                output.append(scalars[index])
            }
            index = end
        }
        return (String(output), removed)
    }

    private static func isUnderline(_ scalar: Unicode.Scalar) -> Bool { scalar == "_" || scalar == "＿" }
}
