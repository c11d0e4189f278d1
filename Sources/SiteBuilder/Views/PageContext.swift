import CompiledMustache

/// The values every page template receives. Templates see plain strings,
/// numbers, booleans, lists and dictionaries made for them, never the model.
struct PageContext {
    let site: SiteConfig
    /// This page's path in the site, e.g. `regions/lanzhou/index.html`.
    let pagePath: String
    /// What every link from this page starts with: `../../` for `regions/lanzhou/index.html`,
    /// or for a page served at any depth (the 404 page) the fixed root it is given.
    let root: String

    init(site: SiteConfig, pagePath: String, fixedRoot: String? = nil) {
        self.site = site
        self.pagePath = pagePath
        // Worked out once: a page links to dozens of places.
        root = fixedRoot ?? RelativeURL.rootPrefix(for: pagePath)
    }

    func link(_ target: String) -> String { root + target }

    /// `link(target)` with `#fragment`.
    func link(_ target: String, fragment: String) -> String {
        RelativeURL.withFragment(target, fragment: fragment, after: root)
    }

    func base(title: String, description: String) -> [String: TemplateValue] {
        [
            "site_title": .text(site.title),
            "site_description": .text(site.description),
            "lang": .text(site.language),
            "root": .text(root),
            "home_url": .text(link("index.html")),
            "page_title": .text(title),
            "page_description": .text(description),
            "stylesheet_url": .text(link("assets/site.css")),
        ].merging(publishingKeys(description: description)) { old, _ in old }
    }
}
