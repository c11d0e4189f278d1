import Hummingbird
import ServiceLifecycle
import Synchronization

/// Fans build IDs out to every open `/__pufa/events` connection.
final class ReloadBroadcaster: Sendable {
    private struct Subscribers {
        var nextID = 0
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
    }

    private let subscribers = Mutex(Subscribers())

    /// A stream that starts with the current build and then carries every
    /// later one. Registering and reading the current build happen under the
    /// same lock as `announce`, so no build falls between the two.
    func subscribe(currentBuildID: () -> String) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        subscribers.withLock { subscribers in
            let id = subscribers.nextID
            subscribers.nextID += 1
            subscribers.streams[id] = continuation
            // Reconnect quickly after a server restart; the first message then tells the page it is stale.
            continuation.yield("retry: 500\n\n")
            continuation.yield(Self.buildMessage(currentBuildID()))
            continuation.onTermination = { [weak self] _ in
                self?.subscribers.withLock { _ = $0.streams.removeValue(forKey: id) }
            }
        }
        return stream
    }

    /// Call after the new site is in the store: a page that reloads on this
    /// event must find the new files already there.
    func announce(buildID: String) {
        broadcast(Self.buildMessage(buildID))
    }

    /// A comment line; writing it is how a closed connection gets noticed and dropped.
    func keepAlive() {
        broadcast(": keep-alive\n\n")
    }

    var subscriberCount: Int {
        subscribers.withLock { $0.streams.count }
    }

    func finishAll() {
        let streams = subscribers.withLock { subscribers in
            let streams = Array(subscribers.streams.values)
            subscribers.streams = [:]
            return streams
        }
        streams.forEach { $0.finish() }
    }

    private func broadcast(_ message: String) {
        subscribers.withLock { subscribers in
            for continuation in subscribers.streams.values { continuation.yield(message) }
        }
    }

    static func buildMessage(_ buildID: String) -> String {
        "event: build\ndata: \(buildID)\n\n"
    }
}

extension ReloadBroadcaster {
    /// The Server-Sent Events response for one browser tab. It ends when the
    /// tab goes away or on graceful shutdown: an open stream would otherwise
    /// hold Ctrl-C until the browser gave up.
    func eventStreamResponse(currentBuildID: () -> String) -> Response {
        let messages = subscribe(currentBuildID: currentBuildID)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-cache",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await message in messages.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        })
    }
}
