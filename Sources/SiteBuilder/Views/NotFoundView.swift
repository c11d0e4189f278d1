import CompiledMustache

/// The 404 page. A server shows it in place of any missing address, at any
/// depth, so its links cannot be relative: they start at the path of
/// `base_url` (`/pufa/`), or at `/` when none is set. Search engines are
/// asked not to index it, and it has no canonical URL.
enum NotFoundView {
    static let path = "404.html"

    static func page(_ model: SiteModel) -> [String: TemplateValue] {
        let root = SiteAddress(baseURL: model.config.baseURL)?.path ?? "/"
        let context = PageContext(site: model.config, pagePath: path, fixedRoot: root)
        var view = context.base(title: "页面不存在", description: "")
        view["canonical_url"] = ""
        view["noindex"] = true
        return view
    }
}
