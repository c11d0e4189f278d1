import ContentFormat
import SiteBuilder

/// Fields a report can do without, but readers miss. Required fields
/// (title, region) are errors raised by the loader, every one of them;
/// a missing province is the validator's warning. This adds the rest.
enum FrontMatterCompleteness {
    static func diagnostics(for report: InspectedReport) -> [Diagnostic] {
        let frontMatter = report.frontMatter
        // Line 1 is the opening `---`: the place to add a key.
        let start = SourceLocation(path: report.path)
        var found: [Diagnostic] = []
        // `year` alone is enough: the format offers it for reports without an exact date.
        if frontMatter.date == nil && frontMatter.year == nil {
            found.append(.warning(
                at: start, "the report has neither 'date' nor 'year'",
                hint: "add 'date: YYYY-MM-DD', or 'year:' when no exact date is known; without it figures cannot be compared by year"
            ))
        }
        if frontMatter.source == nil && frontMatter.sourceURL == nil {
            found.append(.warning(
                at: start, "the report names no 'source' or 'source_url'",
                hint: "say who published it, so readers can check the figures"
            ))
        }
        return found
    }
}
