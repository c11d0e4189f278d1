/// A draft copied out of Word with its tracked changes shown: what a reviewer
/// deleted ([删除的内容: 1,200名]), the mark before what was inserted ([插入]), the
/// balloons on formatting (带格式的: 居中) and the reviewers' comments
/// (批注 [LXM1]: …, 【批注 张建华: 数据待核实】). The text as it would read with every
/// change accepted is the report; deleted words and comments are not.
enum TrackedChanges {
    /// A balloon on its own line: 带格式的: 缩进…, 批注 [LXM1]: …, Formatted: …, Comment [A1]: ….
    static func isBalloon(_ line: String) -> Bool {
        line.prefixMatch(of: balloon) != nil
    }

    /// The line with deleted text, insertion marks and inline comments taken out, and what was taken.
    static func accepted(_ line: String) -> (text: String, removed: [String]) {
        guard line.contains("删除的内容") || line.contains("插入") || line.contains("批注")
            || line.contains("Deleted") || line.contains("Inserted") || line.contains("Comment") else { return (line, []) }
        var removed: [String] = []
        var text = ""
        var rest = Substring(line)
        while let match = rest.firstMatch(of: change) {
            text += rest[..<match.range.lowerBound]
            removed.append(String(rest[match.range]))
            rest = rest[match.range.upperBound...]
        }
        return (text + rest, removed)
    }

    private static var balloon: Regex<Substring> {
        #/[ \t　]*(?:带格式的|带格式表格|Formatted|Formatted Table)[ \t]*[:：]|[ \t　]*(?:批注|Comment)[ \t]*\[[A-Za-z0-9\p{Script=Han}]{1,12}\][ \t]*[:：]/#
    }

    /// What a change leaves in the line, in one pattern so that the pieces come in order:
    /// a deletion ([删除的内容: 两次], [Deleted: two]); one the copy left unbracketed, which
    /// runs to the insertion after it (删除的内容: 41[插入] 43个); the mark before inserted text
    /// ([插入] and the space a copy puts after it); and a comment (【批注 张建华: 数据待核实】).
    private static var change: Regex<Substring> {
        #/[\[【](?:删除的内容|Deleted)[ \t]*[:：][^\]】]*[\]】]|(?:删除的内容|Deleted)[ \t]*[:：][^\[【]*?(?=[\[【](?:插入|Inserted)[\]】])|[\[【](?:插入|Inserted)[\]】][ \t]?|[\[【](?:批注|Comment)[^\]】:：]{0,16}[:：][^\]】]*[\]】]/#
    }
}
