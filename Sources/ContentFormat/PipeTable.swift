/// A Markdown pipe table's lines (`| 指标 | 2023年 |` over `| --- | --- |`). cmark reads
/// CommonMark, which has no tables: the importer takes such a table apart, and
/// `check` warns at one typed into a report.
public enum PipeTable {
    /// `| --- | :---: |`, `---|---`: the line under a table's header.
    public static func isRule(_ line: some StringProtocol) -> Bool {
        line.contains("|") && String(line).wholeMatch(of: #/\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?/#) != nil
    }

    /// `| 指标 | 2023年 |`: a line that starts with a pipe and holds another.
    public static func isRow(_ line: some StringProtocol) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.first == "|" && trimmed.dropFirst().contains("|")
    }
}
