import Foundation

/// Everything `pufa-site serve` can be told.
public struct PreviewOptions: Sendable {
    /// The project folder holding `content/` and `Templates/`.
    public var source: URL
    public var host: String
    /// 0 picks a free port; the one actually bound is reported by `PreviewEvent.listening`.
    public var port: Int
    public var includeDrafts: Bool
    /// Inject the script that reloads a page after each rebuild.
    public var liveReload: Bool
    /// How long the project must stay quiet before a rebuild starts: editors
    /// save in bursts (write a temporary file, rename it, touch attributes).
    public var debounce: Duration
    public var watching: WatchMode

    public enum WatchMode: Sendable, Equatable {
        /// inotify where the platform has it, polling otherwise.
        case automatic
        /// Scan the project every `interval`; for file systems inotify cannot see (network mounts).
        case polling(interval: Duration)
    }

    public init(
        source: URL,
        host: String = PreviewOptions.defaultHost,
        port: Int = 8000,
        includeDrafts: Bool = false,
        liveReload: Bool = true,
        debounce: Duration = .milliseconds(30),
        watching: WatchMode = .automatic
    ) {
        self.source = source
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.liveReload = liveReload
        self.debounce = debounce
        self.watching = watching
    }

    public static let defaultHost = "127.0.0.1"

    /// Whether only this machine can reach the server. Anything else exposes
    /// unpublished drafts to the network, so the command warns about it.
    public var bindsToLoopbackOnly: Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
    }

    /// The address a person types into a browser.
    /// - Parameter path: where the site is served, `/pufa/` when its `base_url` has that path.
    public func url(port boundPort: Int, path: String = "/") -> String {
        let shownHost: String
        switch host {
        case "0.0.0.0", "::", "[::]": shownHost = "localhost"
        case let name where name.contains(":") && !name.hasPrefix("["): shownHost = "[\(name)]"
        default: shownHost = host
        }
        return "http://\(shownHost):\(boundPort)\(path)"
    }
}
