import ContentFormat
import Markdown
import Hummingbird

/// What the preview adds to HTML pages at serve time, never to the files the
/// build writes: the live-reload script and, after a failed build, the error overlay.
struct PageInjection: Sendable {
    /// Inserted before `</body>`; empty when there is nothing to add.
    let bodyEnd: [UInt8]

    /// - Parameters:
    ///   - buildID: the build the page belongs to; the script reloads when the server reports another.
    ///   - errors: the errors of the last build when it failed; the page then shows them over the old site.
    init(buildID: String, liveReload: Bool, errors: [Diagnostic]) {
        var snippet = ""
        if !errors.isEmpty { snippet += Self.overlay(errors) }
        if liveReload { snippet += Self.reloadScript(buildID: buildID) }
        bodyEnd = Array(snippet.utf8)
    }

    var isEmpty: Bool { bodyEnd.isEmpty }

    /// The page with the snippet in place. The 404 page is served at any
    /// depth as it is: its links start at the site's base path, as published.
    func apply(to page: [UInt8]) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: page.count + bodyEnd.count)
        if let bodyClose = Self.lastIndex(of: Self.bodyClosing, in: page) {
            buffer.writeBytes(page[..<bodyClose])
            buffer.writeBytes(bodyEnd)
            buffer.writeBytes(page[bodyClose...])
        } else {
            // A page without </body> still gets the snippet: browsers run a trailing script.
            buffer.writeBytes(page)
            buffer.writeBytes(bodyEnd)
        }
        return buffer
    }

    // MARK: The snippets

    static let eventsPath = "/__pufa/events"

    /// The build ID arrives on connect and after every rebuild; a page that
    /// belongs to another build reloads. Comparing IDs rather than waiting for
    /// "a" message means a rebuild that finished while the page was loading
    /// is not missed, and a restarted server (new ID prefix) is noticed.
    private static func reloadScript(buildID: String) -> String {
        """
        <script data-pufa-preview="reload">
        (function () {
          if (!window.EventSource) return;
          var pageBuild = "\(buildID)";
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (event) {
            if (event.data !== pageBuild) { events.close(); window.location.reload(); }
          });
        })();
        </script>

        """
    }

    private static func overlay(_ errors: [Diagnostic]) -> String {
        let lines = errors.map { "<li>\(HTMLEscaping.escape($0.description))</li>" }.joined(separator: "\n")
        let count = errors.count == 1 ? "1 个错误" : "\(errors.count) 个错误"
        return """
        <div id="pufa-build-errors" role="alert" lang="zh-CN" style="position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#fff;border-top:4px solid #e5484d;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.4)">
        <p style="margin:0 0 .5rem;font-weight:bold">构建失败（\(count)）：这里显示的是上一次成功构建的页面。修改后保存，页面会自动刷新。</p>
        <ul style="margin:0;padding-left:1.25rem;white-space:pre-wrap;word-break:break-word">
        \(lines)
        </ul>
        <button type="button" onclick="this.parentNode.remove()" style="margin-top:.75rem;font:inherit">关闭</button>
        </div>

        """
    }

    // MARK: Finding the insertion points

    private static let bodyClosing = Array("</body".utf8)

    private static func lastIndex(of needle: [UInt8], in page: [UInt8]) -> Int? {
        guard page.count >= needle.count else { return nil }
        var start = page.count - needle.count
        while start >= 0 {
            if matches(needle, in: page, at: start) { return start }
            start -= 1
        }
        return nil
    }

    /// ASCII case-insensitive: `</BODY>` is as valid as `</body>`.
    private static func matches(_ needle: [UInt8], in page: [UInt8], at start: Int) -> Bool {
        for offset in 0..<needle.count where page[start + offset] | 0x20 != needle[offset] | 0x20 {
            return false
        }
        return true
    }
}
