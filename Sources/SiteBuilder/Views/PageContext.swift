/// The values every page template receives. Templates see plain strings,
/// numbers, booleans, lists and dictionaries made for them, never the model.
struct PageContext {
    let site: SiteConfig
    /// This page's path in the site, e.g. `regions/lanzhou/index.html`.
    let pagePath: String

    var root: String { RelativeURL.rootPrefix(for: pagePath) }

    func link(_ target: String) -> String { RelativeURL.link(from: pagePath, to: target) }

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
        ]
    }
}
