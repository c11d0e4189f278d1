/// Lines of a bulleted list, as slides and some pages set them out:
/// `● 开展法治宣传活动`, `▶ 公布年度普法责任清单的单位   68家`, `- 覆盖全县13个乡镇`.
/// Each begins an item of its own, which is text, not a heading; a figure on a
/// line of its own under an item (`1,460场`) is that item's.
enum ListItems {
    /// The marks a list's items begin with. A drawn heading (`■ 聚焦重点 精准发力`)
    /// stands alone; items come one after another, each with a mark. A post's bars
    /// (`▎1,386场次▎法治宣传活动`) and its emoji marks (✅, 👉, 📌) begin items too.
    static let bullets: Set<Unicode.Scalar> = ["●", "○", "◆", "◇", "▶", "►", "▷", "•", "▪", "■", "□", "➤", "◉", "★", "☆",
                                               "▎", "▍", "▌", "✅", "✔", "☑", "👉", "📌", "🔸", "🔹", "🔶", "🔷", "◾", "◼"]

    /// The bullet a line begins with: one of `bullets`, or a hyphen or dash before a space.
    static func bullet(of line: String) -> Unicode.Scalar? {
        var scalars = line.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        if bullets.contains(first) { return first }
        // Not a dash that leads a subtitle (——2023年…): only one before a space.
        if first == "-" || first == "–" || first == "—" { return scalars.next() == " " ? first : nil }
        return nil
    }

    /// Whether the line begins as an item of a list numbered in plain text or Markdown
    /// (`5. 普法宣传队伍：215 支`): one or two digits, a full stop and a space before its words.
    /// Such an item begins a paragraph, as a bullet does.
    static func isNumberedItem(_ line: String) -> Bool {
        var digits = 0
        for scalar in line.unicodeScalars {
            if ("0"..."9").contains(scalar), digits < 2 {
                digits += 1
                continue
            }
            return digits > 0 && scalar == "." && line.unicodeScalars.dropFirst(digits + 1).first == " "
        }
        return false
    }

    /// Whether the line begins with a bullet and so does a line next to it, the same one, or
    /// with a list's number as a line next to it does: an item of a list, never a heading.
    /// A panel's mark (▶ 02 学法用法 以考促学) under an item with another mark (📌 …) is no
    /// item of its list.
    static func isItem(_ index: Int, of lines: [String]) -> Bool {
        // 1. 高质量完成… over 2. 新培养…500名以上: the items of a numbered list.
        if isNumberedItem(lines[index]) {
            return index > 0 && isNumberedItem(lines[index - 1]) || index + 1 < lines.count && isNumberedItem(lines[index + 1])
        }
        guard let mark = bullet(of: lines[index]) else { return false }
        return index > 0 && bullet(of: lines[index - 1]) == mark
            || index + 1 < lines.count && bullet(of: lines[index + 1]) == mark
    }
}
