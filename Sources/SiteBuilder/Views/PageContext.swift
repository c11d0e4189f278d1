/// The values every page template receives. Templates see plain strings,
/// numbers, booleans, lists and dictionaries made for them, never the model.
struct PageContext {
    let site: SiteConfig
    /// This page's path in the site, e.g. `regions/lanzhou/index.html`.
    let pagePath: String
    /// For a page served at any depth (the 404 page): links start here, not relative to `pagePath`.
    var fixedRoot: String? = nil

    var root: String { fixedRoot ?? RelativeURL.rootPrefix(for: pagePath) }

    func link(_ target: String) -> String { fixedRoot.map { $0 + target } ?? RelativeURL.link(from: pagePath, to: target) }

    func base(title: String, description: String) -> [String: Any] {
        [
            "site_title": site.title,
            "site_description": site.description,
            "lang": site.language,
            "root": root,
            "home_url": link("index.html"),
            "page_title": title,
            "page_description": description,
            "stylesheet_url": link("assets/site.css"),
        ].merging(publishingKeys(description: description)) { old, _ in old }
    }
}
