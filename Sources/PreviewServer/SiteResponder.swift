import Foundation
import Hummingbird

/// Serves the in-memory site for GET and HEAD; everything else (the events
/// endpoint, other methods) goes on to the router.
struct SiteMiddleware<Context: RequestContext>: RouterMiddleware {
    let store: SiteStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isEventStream = store.liveReload && request.uri.path == PreviewRoutes.events
        guard request.method == .get || request.method == .head, !isEventStream else {
            return try await next(request, context)
        }
        let state = store.current
        let route = state.site.mount.route(request.uri.path)
        if case .file(let path) = route {
            await state.site.render(path.key)
        }
        return SiteResponder(state: state).respond(
            to: route, requestPath: request.uri.path, headOnly: request.method == .head,
            ifNoneMatch: request.headers[values: .ifNoneMatch]
        )
    }
}

/// The preview's own endpoint, under a prefix no generated page uses.
enum PreviewRoutes {
    static let events = PageInjection.eventsPath
}

/// Answers a request from one snapshot of the preview.
struct SiteResponder: Sendable {
    let state: PreviewState

    /// - Parameter route: `requestPath` as routed by `state.site.mount`.
    func respond(to route: SiteRoute, requestPath: String, headOnly: Bool, ifNoneMatch: [String]) -> Response {
        guard state.hasSite else { return noSiteYet(headOnly: headOnly) }
        switch route {
        case .notFound:
            return notFound(headOnly: headOnly)
        case .redirect(let location):
            return redirect(to: location, type: .found)
        case .file(let path):
            if let file = state.site.file(at: path.key) {
                return serve(file, status: .ok, headOnly: headOnly, ifNoneMatch: ifNoneMatch)
            }
            if !path.namedFolder, state.site.contains(path.folderIndexKey) {
                // `/regions/lanzhou` → `/regions/lanzhou/`: the page's relative links assume the slash.
                return redirect(to: requestPath + "/", type: .permanent)
            }
            return notFound(headOnly: headOnly)
        }
    }

    private func redirect(to location: String, type: Response.RedirectType) -> Response {
        var response = Response.redirect(to: location, type: type)
        response.headers[.cacheControl] = "no-cache"
        return response
    }

    private func notFound(headOnly: Bool) -> Response {
        guard let page = state.site.file(at: ServedSite.notFoundPage) else {
            return plainText("404 Not Found\n", status: .notFound, headOnly: headOnly)
        }
        return serve(page, status: .notFound, headOnly: headOnly, ifNoneMatch: [], servedAsNotFound: true)
    }

    /// The first build failed: there is no site to fall back on, only the errors.
    private func noSiteYet(headOnly: Bool) -> Response {
        let page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>构建失败 · pufa-site 预览</title></head>
        <body>
        <h1>站点还没有成功构建过</h1>
        <p>修正下面的错误并保存，页面会自动刷新。</p>
        </body>
        </html>
        """
        let body = state.injection.apply(to: Array(page.utf8))
        var headers = commonHeaders(contentType: ContentTypes.byExtension["html"] ?? ContentTypes.fallback)
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .serviceUnavailable, headers: headers, body: headOnly ? ResponseBody() : ResponseBody(byteBuffer: body))
    }

    private func serve(
        _ file: ServedSite.File, status: HTTPResponse.Status, headOnly: Bool, ifNoneMatch: [String], servedAsNotFound: Bool = false
    ) -> Response {
        let injected = file.isHTML && !state.injection.isEmpty
        let eTag = entityTag(for: file, injected: injected, servedAsNotFound: servedAsNotFound)
        var headers = commonHeaders(contentType: file.contentType)
        headers[.eTag] = eTag
        // Conditional requests only make sense for the resource itself, not for the 404 stand-in.
        if status == .ok, Self.matches(eTag, ifNoneMatch) {
            return Response(status: .notModified, headers: headers, body: ResponseBody())
        }
        if headOnly && !injected {
            headers[.contentLength] = String(file.bytes.count)
            return Response(status: status, headers: headers, body: ResponseBody())
        }
        let body = injected ? state.injection.apply(to: file.bytes) : ByteBuffer(bytes: file.bytes)
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: headOnly ? ResponseBody() : ResponseBody(byteBuffer: body))
    }

    /// Strong tags: equal tags always mean equal bytes. An injected page's
    /// bytes also depend on the build (script, overlay), so the build is part of its tag.
    private func entityTag(for file: ServedSite.File, injected: Bool, servedAsNotFound: Bool) -> String {
        var tag = "\(state.serverTag)-\(file.contentTag)"
        if injected { tag += "-b\(state.build)" }
        if servedAsNotFound { tag += "-404" }
        return "\"\(tag)\""
    }

    /// `If-None-Match` uses the weak comparison and may list several tags or `*`.
    static func matches(_ eTag: String, _ ifNoneMatch: [String]) -> Bool {
        for header in ifNoneMatch {
            for candidate in header.split(separator: ",") {
                var trimmed = candidate.trimmingCharacters(in: .whitespaces)
                if trimmed == "*" { return true }
                if trimmed.hasPrefix("W/") { trimmed.removeFirst(2) }
                if trimmed == eTag { return true }
            }
        }
        return false
    }

    private func plainText(_ text: String, status: HTTPResponse.Status, headOnly: Bool) -> Response {
        var headers = commonHeaders(contentType: "text/plain; charset=utf-8")
        headers[.contentLength] = String(text.utf8.count)
        return Response(status: status, headers: headers, body: headOnly ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `no-cache`: the browser may keep a copy but must revalidate it, so an
    /// edit shows on the next load and an unchanged page costs only a 304.
    private func commonHeaders(contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"]
    }
}
