/// `robots.txt`: every crawler may read everything, and is told where the
/// sitemap is when `base_url` makes its address known. Crawlers read it only
/// at a domain's root; under a subpath it is a template to copy there.
enum RobotsFile {
    static let path = "robots.txt"

    static func file(address: SiteAddress?) -> OutputFile {
        var text = "User-agent: *\nDisallow:\n"
        if let address { text += "\nSitemap: \(address.absolute(Sitemap.path))\n" }
        return OutputFile(path: path, text: text)
    }
}
