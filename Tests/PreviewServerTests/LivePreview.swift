import ContentFormat
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
@testable import PreviewServer

/// A preview of a project running on a random loopback port, started inside
/// the test through HummingbirdTesting's live mode (real HTTP), with the
/// watcher and rebuild loop running as they do under `pufa-site serve`.
struct LivePreview: Sendable {
    let client: any TestClientProtocol
    let session: PreviewSession
    let events: EventRecorder

    /// Generous: two shared cores, a debug build, several test processes.
    static let eventTimeout = Duration.seconds(20)

    /// Every `href` and `src` value of a page.
    static func links(in page: String) -> [String] {
        page.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
    }

    static func run<Value: Sendable>(
        _ project: PreviewProject, liveReload: Bool = true, watching: PreviewOptions.WatchMode = .automatic,
        debounce: Duration = .milliseconds(30),
        _ body: @Sendable (LivePreview) async throws -> Value
    ) async throws -> Value {
        let options = PreviewOptions(
            source: project.root, host: "127.0.0.1", port: 0, liveReload: liveReload, debounce: debounce, watching: watching
        )
        let events = EventRecorder()
        let session = PreviewSession(options: options, report: events.record)
        await session.rebuild(.everything)
        return try await PreviewServer.makeApplication(session: session).test(.live) { client in
            try await body(LivePreview(client: client, session: session, events: events))
        }
    }

    var port: Int {
        get throws {
            guard let port = client.port else { throw PlainHTTPConnection.Failure(description: "the live test client has no port") }
            return port
        }
    }

    func get(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: path, method: .get, headers: headers)
    }

    func head(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: path, method: .head)
    }

    func text(_ path: String) async throws -> String {
        String(buffer: try await get(path).body)
    }

    func openEvents() throws -> PlainHTTPConnection {
        try PlainHTTPConnection(port: port)
    }
}

/// Keeps what the preview reported, for checking what the terminal would show.
final class EventRecorder: Sendable {
    private let events = Mutex<[PreviewEvent]>([])

    func record(_ event: PreviewEvent) {
        events.withLock { $0.append(event) }
    }

    var builds: [PreviewEvent.BuildReport] {
        events.withLock { events in
            events.compactMap { event in
                if case .built(let report) = event { return report }
                return nil
            }
        }
    }

    /// The addresses the terminal would show as the preview's.
    var listeningURLs: [String] {
        events.withLock { events in
            events.compactMap { event in
                if case .listening(let url) = event { return url }
                return nil
            }
        }
    }

    /// The addresses the terminal would show after an edit of `base_url`.
    var movedURLs: [String] {
        events.withLock { events in
            events.compactMap { event in
                if case .moved(let url) = event { return url }
                return nil
            }
        }
    }

    var failures: [[Diagnostic]] {
        events.withLock { events in
            events.compactMap { event in
                if case .buildFailed(let errors, _, _) = event { return errors }
                return nil
            }
        }
    }
}
