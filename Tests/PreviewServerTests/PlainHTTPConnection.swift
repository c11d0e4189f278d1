import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP request over a plain socket, for what the test clients at hand
/// cannot do: read `/__pufa/events` (they wait for a response to end, and an
/// event stream never does) and send request targets with backslashes.
///
/// For events it looks for `event: build\ndata: <id>` anywhere in what arrived: each
/// event is written as one chunk, so chunked-encoding lines fall between
/// events, never inside one.
final class PlainHTTPConnection {
    private let descriptor: Int32
    private var received: [UInt8] = []
    private var consumedBuilds = 0

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `GET path` exactly as given: the HTTP clients at hand refuse
    /// request targets with backslashes, and those are what some tests send.
    init(port: Int, path: String = "/__pufa/events", closeAfterResponse: Bool = false) throws {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "connect: \(String(cString: strerror(errno)))")
        }
        let connection = closeAfterResponse ? "Connection: close\r\n" : ""
        let request = Array("GET \(path) HTTP/1.1\r\nHost: localhost:\(port)\r\n\(connection)Accept: */*\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(descriptor)
    }

    var text: String { String(decoding: received, as: UTF8.self) }

    /// The next build ID the server announced, waiting at most `timeout`.
    func nextBuild(within timeout: Duration) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let builds = announcedBuilds()
            if builds.count > consumedBuilds {
                consumedBuilds += 1
                return builds[consumedBuilds - 1]
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "no build event within \(timeout); received so far:\n\(text)")
            }
            if !readAvailable() { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    /// Build IDs that arrived and were not yet returned, without waiting.
    func drainBuilds() -> [String] {
        while readAvailable() {}
        let builds = announcedBuilds()
        defer { consumedBuilds = builds.count }
        return Array(builds.dropFirst(consumedBuilds))
    }

    /// The status code and the whole response of a `closeAfterResponse` request.
    func response(within timeout: Duration) async throws -> (status: Int, text: String) {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count == 0 { break }  // The server closed the connection: the response is complete.
            if count > 0 {
                received += chunk[0..<count]
            } else {
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        let statusLine = text.split(separator: "\r\n", maxSplits: 1).first ?? ""
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (status, text)
    }

    private func readAvailable() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        guard count > 0 else { return false }
        received += chunk[0..<count]
        return true
    }

    private func announcedBuilds() -> [String] {
        let marker = "event: build\ndata: "
        return text.components(separatedBy: marker).dropFirst().compactMap { $0.split(separator: "\n").first.map(String.init) }
    }
}
