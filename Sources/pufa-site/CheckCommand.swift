import ArgumentParser
import Foundation
import SiteChecker

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint the content and the built site: figures, links, front matter.",
        discussion: """
        Every problem is printed as path:line:column: severity: message, sorted by place, then a \
        summary. The exit status is 1 when there is an error, 0 when there are only warnings.

        The content (content/reports/*.md):

        Front matter. Errors: a missing title or region, and anything else the build rejects, \
        all of them at once. Warnings: no date or year; no source or source_url.

        Province. Warning: a region with no province, neither in its front matter nor in \
        content/regions.yml. The site still builds and lists it under 未注明省份.

        Impossible figures. Errors, at the figure: a rate over 100% or below 0% (调解成功率120%; a \
        change such as 同比增长150% is fine) and a negative count (法律明白人-5人).

        Units. Warning: an indicator whose page ranks regions by figures in different units \
        (2000人 against 7万人次). Units the extractor normalises (万人 → 人) and measure words that \
        count the same thing (人/名/位, 场/场次/次, 个/家/处 …) are no difference.

        Stated twice. Warning: one report gives a figure twice with values that cannot both hold: \
        the same indicator, scope (level, year, 累计), kind of unit and counted noun.

        Links. Errors: a Markdown link or image to a file that neither the built site (relative to \
        the report's page) nor the repository (relative to the report) has, or to a #anchor no \
        heading has. A file only in content/ is an error too: the build does not copy it, nor \
        rewrite links between reports; the hint gives the link that works.

        The built site (--output, default <source>/public):

        Site links. Errors: an href or src that finds no file, or an #anchor the page it names does \
        not have. External links (https:, mailto: …) are not fetched. A site that is not built, or \
        was built before the last edit, is a warning. --build checks the site as 'pufa-site build' \
        would write it, generated in memory; nothing is written.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The project folder holding content/ and Templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The built site to check (default: <source>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Check the site as 'pufa-site build' would write it, generated in memory, instead of the output folder.")
    var build = false

    @Flag(name: .long, help: "Include reports marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Print errors and the summary only.")
    var quiet = false

    func run() throws {
        let terminal = Terminal(verbosity: quiet ? .quiet : .normal)
        let options = CheckOptions(
            source: URL(filePath: source, directoryHint: .isDirectory),
            output: output.map { URL(filePath: $0, directoryHint: .isDirectory) },
            includeDrafts: drafts, generateSite: build
        )
        let result = SiteCheck(options: options).run()
        result.diagnostics.forEach(terminal.report)
        // The summary is the one line a script or a CI log needs, even with --quiet.
        if result.errors > 0 {
            terminal.error(result.summary)
            throw ExitCode.failure
        }
        print(result.summary)
    }
}
