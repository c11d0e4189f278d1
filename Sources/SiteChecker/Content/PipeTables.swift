import ContentFormat
import SiteBuilder

/// A Markdown pipe table in a report (`| 指标 | 2023年 |` over `| --- | --- |`).
/// cmark, which renders the reports, reads CommonMark, which has no tables:
/// the table shows as lines of text with pipes, and its bare figures
/// (`| 1,126 |`) name nothing the extractor can count. `pufa-site import`
/// writes each row as a sentence that names its figures, so the warning
/// points there.
enum PipeTables {
    static func diagnostics(for report: InspectedReport) -> [Diagnostic] {
        let lines = report.body.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.dropFirst().compactMap { index in
            guard PipeTable.isRule(lines[index]), PipeTable.isRow(lines[index - 1]) else { return nil }
            return .warning(
                at: SourceLocation(path: report.path, line: report.bodyStartLine + index - 1, column: 1),
                "a pipe table: Markdown as the site reads it has no tables, so it shows as text and its figures are not read",
                hint: "write each row as a sentence such as 法治宣传活动：2023年1,126场，2024年1,358场。 "
                    + "or run the source text through `pufa-site import`, which does that"
            )
        }
    }
}
