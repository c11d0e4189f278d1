import ArgumentParser
import ContentFormat
import Foundation
import SiteBuilder

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ and Templates/ into public/.",
        discussion: """
        The site is rendered into a staging folder beside the output and swapped in only when \
        everything succeeded: a failed build leaves the previous output exactly as it was. \
        Every problem is printed as path:line:column: error: message.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The project folder holding content/ and Templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/public).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The URL the site is published at; overrides base_url in content/site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include reports marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Replace an output folder that holds files pufa-site did not write.")
    var force = false

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    @Flag(name: .long, help: "Print every step and warning in detail.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if let baseURL, !baseURL.isEmpty, let problem = SiteConfig.problem(withBaseURL: baseURL) {
            throw ValidationError("--base-url \(problem)")
        }
    }

    func run() throws {
        let terminal = Terminal(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
        let sourceURL = URL(filePath: source, directoryHint: .isDirectory)
        let options = BuildOptions(
            source: sourceURL, output: output.map { URL(filePath: $0, directoryHint: .isDirectory) },
            baseURL: baseURL, includeDrafts: drafts, force: force
        )
        let started = ContinuousClock.now
        do {
            let summary = try SiteBuild(options: options).run { event in
                switch event {
                case .step(let index, let total, let title): terminal.step(index, total, title)
                case .diagnostic(let diagnostic): terminal.report(diagnostic)
                case .detail(let text): terminal.detail(text)
                }
            }
            let elapsed = (ContinuousClock.now - started).formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
            terminal.info("built \(summary.reports) reports in \(summary.regions) regions: \(summary.pages) pages, \(summary.files) files in \(elapsed) → \(summary.output.path)")
        } catch {
            if case .diagnostics(let diagnostics) = error {
                diagnostics.forEach(terminal.report)
            }
            terminal.error("error: \(error.description); the previous output was left as it was")
            throw ExitCode.failure
        }
    }
}
