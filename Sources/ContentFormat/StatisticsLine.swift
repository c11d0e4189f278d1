/// A line of a statistics digest: a short label, a colon and its figure, and nothing
/// after (`公布普法责任清单的单位：73家`, `调解成功率：98.6%`). The importer keeps such
/// lines apart; `check` warns at several typed one under another in one paragraph,
/// which Markdown joins into one line.
public enum StatisticsLine {
    public static func matches(_ line: some StringProtocol) -> Bool {
        String(line).wholeMatch(of: shape) != nil
    }

    private static var shape: Regex<Substring> {
        #/[^：:。；，,]{2,30}[：:]\s*[约近超逾]?[0-9０-９一二三四五六七八九十百千万两〇零][0-9０-９一二三四五六七八九十百千万两〇零,，.．]*[^\s，。；：:0-9０-９]{1,5}/#
    }
}
