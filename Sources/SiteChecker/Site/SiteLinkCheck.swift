import ContentFormat

/// Every link of every page lands on a file of the site, and every `#anchor`
/// on an id (or `<a name>`) of the page it names. Links with a scheme
/// (`https:`, `mailto:`) are not fetched. The 404 page is shown at any
/// depth, so its links start at the site's root path by design; they are
/// checked from there instead of being reported as absolute.
enum SiteLinkCheck {
    static let notFoundPage = "404.html"

    static func diagnostics(_ site: SiteFiles, rootPath: String = "/") -> [Diagnostic] {
        var found: [Diagnostic] = []
        for page in site.pages.keys.sorted() {
            guard let links = site.pages[page]?.links else { continue }
            let folder = page.split(separator: "/").dropLast().map(String.init)
            for link in links {
                var written = link.value
                if page == notFoundPage, written.hasPrefix(rootPath), rootPath.hasPrefix("/") {
                    written = String(written.dropFirst(rootPath.count))
                }
                let reference = LinkReference(written)
                guard !reference.isExternal else { continue }
                let location = SourceLocation(path: site.displayRoot + "/" + page, line: link.line, column: link.column)
                if let problem = problem(with: reference, written: link.value, from: page, folder: folder, in: site) {
                    found.append(problem(location))
                }
            }
        }
        return found
    }

    private static func problem(
        with reference: LinkReference, written: String, from page: String, folder: [String], in site: SiteFiles
    ) -> ((SourceLocation) -> Diagnostic)? {
        var target = page
        if reference.isAbsolutePath {
            guard let file = site.file(at: LinkReference.join(folder: [], reference.path) ?? []) else {
                return { .error(at: $0, "link '\(written)' finds no file in the site") }
            }
            return { .warning(at: $0, "link '\(written)' is an absolute path", hint: "it works only at the root of a domain; link to \(RelativePath.from(page, to: file)) instead") }
        }
        if !reference.path.isEmpty {
            guard let parts = LinkReference.join(folder: folder, reference.path) else {
                return { .error(at: $0, "link '\(written)' leads out of the site") }
            }
            guard let file = site.file(at: parts) else {
                let resolved = parts.joined(separator: "/")
                return { .error(at: $0, "link '\(written)' finds no file", hint: "it resolves to \(site.displayRoot)/\(resolved)") }
            }
            target = file
        }
        guard let fragment = reference.fragment, !fragment.isEmpty, let anchors = site.pages[target]?.anchors,
              !anchors.contains(fragment)
        else { return nil }
        let holder = target == page ? "this page" : target
        return { .error(at: $0, "link '\(written)' names an anchor '\(fragment)' that \(holder) does not have") }
    }
}

enum RelativePath {
    /// From one site page to another file of the site, both relative to the root.
    static func from(_ page: String, to target: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1) + target
    }
}
