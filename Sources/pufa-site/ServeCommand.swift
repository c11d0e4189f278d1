import ArgumentParser
import ContentFormat
import Foundation
import PreviewServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: serve it locally, rebuild on every save and reload open pages.",
        discussion: """
        The site is built into memory, never into public/, so a preview cannot overwrite the published build. \
        content/ and Templates/ are watched; after each save the site is rebuilt and pages open in a browser \
        reload. When a rebuild fails, the last good site stays up with the errors shown over it, and the same \
        errors are printed here. When base_url in content/site.yml has a path (https://example.org/pufa/), \
        the site is served under that path, as it will be published. Ctrl-C stops the server.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The project folder holding content/ and Templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The address to listen on. Anything but 127.0.0.1/localhost exposes the preview to the network.", valueName: "address"))
    var host: String = PreviewOptions.defaultHost

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "number"))
    var port: Int = 8000

    @Flag(name: .long, help: "Include reports marked 'draft: true'.")
    var drafts = false

    @Flag(name: .customLong("no-reload"), help: "Do not reload open pages after a rebuild.")
    var noReload = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let terminal = Terminal(verbosity: .normal)
        let options = PreviewOptions(
            source: URL(filePath: source, directoryHint: .isDirectory),
            host: host, port: port, includeDrafts: drafts, liveReload: !noReload
        )
        if !options.bindsToLoopbackOnly {
            terminal.error("warning: listening on \(host): anyone who can reach this machine can read the preview, drafts included")
        }
        do {
            try await PreviewServer(options: options) { event in Self.show(event, on: terminal) }.run()
            terminal.info("stopped")
        } catch {
            terminal.error("error: \(error.description)")
            throw ExitCode.failure
        }
    }

    private static func show(_ event: PreviewEvent, on terminal: Terminal) {
        // A server runs for hours, often with its output in a log or a pipe, where
        // stdout is block-buffered: each line must show when it happens.
        defer { fflush(nil) }
        switch event {
        case .initialBuildStarted:
            terminal.info("building the site…")
        case .built(let build):
            let elapsed = build.elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
            if build.build == 1 {
                terminal.info("built \(build.reports) reports, \(build.pages) pages in \(elapsed)")
            } else {
                let generating = build.generating.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow))
                terminal.info("rebuilt in \(elapsed) (generating \(generating)): \(build.renderedReports) report\(build.renderedReports == 1 ? "" : "s") rendered again, \(build.removedPages) page\(build.removedPages == 1 ? "" : "s") removed (build \(build.build))")
            }
        case .buildFailed(let errors, _, let servingLastGoodSite):
            errors.forEach(terminal.report)
            terminal.error(servingLastGoodSite
                ? "error: the build failed; still serving the last good site, with the errors shown over it"
                : "error: the build failed; the browser shows the errors until a build succeeds")
        case .warnings(let warnings):
            warnings.forEach(terminal.report)
        case .listening(let url):
            terminal.info("serving the preview at \(url) (Ctrl-C to stop)")
            terminal.info("watching content/ and Templates/ for changes")
        case .moved(let url):
            terminal.info("base_url changed: serving the preview at \(url) now")
        case .watcherFallback(let reason):
            terminal.error("warning: \(reason); checking for changes every half second instead")
        case .changesDetected(let paths):
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
            terminal.info("changed: \(shown)")
        }
    }
}
