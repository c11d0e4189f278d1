import Foundation
import Hummingbird
import Logging
import SiteBuilder

/// `pufa-site serve`: builds the site into memory, serves it with
/// Hummingbird, rebuilds on every save and reloads open pages.
///
/// ```swift
/// try await PreviewServer(options: PreviewOptions(source: projectFolder)) { event in print(event) }.run()
/// ```
public struct PreviewServer: Sendable {
    public let options: PreviewOptions
    let report: @Sendable (PreviewEvent) -> Void

    public init(options: PreviewOptions, report: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.report = report
    }

    /// Returns after Ctrl-C (SIGINT) or SIGTERM, once open connections are closed.
    /// A failing build does not stop it: the errors are shown and the server waits for a fix.
    public func run() async throws(PreviewServerError) {
        let layout = ProjectLayout(root: options.source)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: layout.content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAProject(layout.display(options.source))
        }
        // Before the first build, which takes seconds on a large site: a busy port should fail fast.
        if options.port != 0 { try PortProbe.check(host: options.host, port: options.port) }

        let session = PreviewSession(options: options, report: report)
        report(.initialBuildStarted)
        await session.rebuild(.everything)
        do {
            try await Self.makeApplication(session: session).runService()
        } catch {
            throw .serverStopped(String(describing: error))
        }
    }

    /// The Hummingbird application: the site, the events endpoint and the rebuild service.
    static func makeApplication(session: PreviewSession) -> some ApplicationProtocol {
        let router = Router()
        let store = session.store
        router.add(middleware: SiteMiddleware(store: store))
        if session.options.liveReload {
            let broadcaster = session.broadcaster
            router.get(RouterPath(PreviewRoutes.events)) { _, _ in
                broadcaster.eventStreamResponse(currentBuildID: { store.current.buildID })
            }
        }
        // Hummingbird's own info lines would repeat what the command prints.
        var logger = Logger(label: "pufa-site.serve")
        logger.logLevel = .warning
        let options = session.options
        let report = session.report
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "pufa-site"),
            services: [RebuildService(session: session)],
            onServerRunning: { channel in
                // The first build is in, so the site knows its base path.
                let port = channel.localAddress?.port ?? options.port
                store.listeningPort = port
                report(.listening(url: options.url(port: port, path: store.current.site.mount.path)))
            },
            logger: logger
        )
    }
}

public enum PreviewServerError: Error, Sendable, CustomStringConvertible {
    case notAProject(String)
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    case serverStopped(String)

    public var description: String {
        switch self {
        case .notAProject(let path):
            "\(path) has no content/ folder; point --source at a pufa-site project"
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (another server running?); stop it or choose another port with --port"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port): \(reason)"
        case .serverStopped(let reason):
            "the server stopped: \(reason)"
        }
    }
}
