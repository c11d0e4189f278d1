import ContentFormat

/// `feed.xml`: the reports as an Atom feed, newest first. Every date comes
/// from a report (a year alone counts as its last day, as in the region
/// pages' order), never from the clock, so the same content gives the same
/// bytes. With `base_url` links and ids are absolute; without it links are
/// relative to the feed, which sits at the site root, and ids are URNs.
enum AtomFeed {
    static let path = "feed.xml"

    struct Entry {
        var report: RenderedReport
        var region: Region
        var updated: String
    }

    /// Reports with neither date nor year cannot be dated, and Atom requires a date.
    static func entries(_ model: SiteModel) -> (dated: [Entry], undated: [RenderedReport]) {
        var dated: [Entry] = []
        var undated: [RenderedReport] = []
        for region in model.regions {
            for report in region.reports {
                if let updated = timestamp(report.frontMatter) {
                    dated.append(Entry(report: report, region: region, updated: updated))
                } else {
                    undated.append(report)
                }
            }
        }
        dated.sort { RegionAssembler.newestFirst($0.report, $1.report) }
        return (dated, undated)
    }

    /// The reports `entries` leaves out, in the site's order, found without
    /// putting the rest in order: the build warns about them before any page is made.
    static func undated(_ model: SiteModel) -> [RenderedReport] {
        var undated: [RenderedReport] = []
        for region in model.regions.indices {
            for report in model.regions[region].reports.indices where !isDated(model.regions[region].reports[report].frontMatter) {
                undated.append(model.regions[region].reports[report])
            }
        }
        return undated
    }

    /// Whether `timestamp` gives a date.
    static func isDated(_ frontMatter: FrontMatter) -> Bool {
        frontMatter.date != nil || frontMatter.year != nil
    }

    static func file(_ model: SiteModel, address: SiteAddress?) -> OutputFile {
        let entries = entries(model).dated
        let config = model.config
        func link(_ sitePath: String) -> String {
            address?.absolute(sitePath) ?? (SiteAddress.folderForm(sitePath).isEmpty ? "./" : SiteAddress.folderForm(sitePath))
        }
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escape(config.language))">"#,
            "<title>\(XMLText.escape(config.title))</title>",
        ]
        if !config.description.isEmpty { lines.append("<subtitle>\(XMLText.escape(config.description))</subtitle>") }
        lines.append(#"<link rel="alternate" type="text/html" href="\#(XMLText.escape(link("index.html")))"/>"#)
        if let address {
            lines.append(#"<link rel="self" type="application/atom+xml" href="\#(XMLText.escape(address.absolute(path)))"/>"#)
        }
        lines += [
            "<id>\(XMLText.escape(address?.base ?? "urn:pufa-site:feed"))</id>",
            // An empty feed still needs a date: the earliest Atom can say, so it never looks new.
            "<updated>\(entries.first?.updated ?? "1970-01-01T00:00:00Z")</updated>",
            "<author><name>\(XMLText.escape(config.title))</name></author>",
            "<generator>pufa-site</generator>",
        ]
        for entry in entries {
            let frontMatter = entry.report.frontMatter
            let page = entry.region.pagePath(of: entry.report)
            lines.append("<entry>")
            lines.append("<title>\(XMLText.escape(frontMatter.title))</title>")
            lines.append(#"<link rel="alternate" type="text/html" href="\#(XMLText.escape(link(page)))"/>"#)
            lines.append("<id>\(XMLText.escape(address?.absolute(page) ?? "urn:pufa-site:report:\(entry.report.slug)"))</id>")
            lines.append("<updated>\(entry.updated)</updated>")
            if let source = frontMatter.source, !source.isEmpty {
                lines.append("<author><name>\(XMLText.escape(source))</name></author>")
            }
            lines.append(#"<category term="\#(XMLText.escape(entry.region.displayName))"/>"#)
            if !entry.report.lead.isEmpty { lines.append("<summary>\(XMLText.escape(entry.report.lead))</summary>") }
            lines.append("</entry>")
        }
        lines.append("</feed>")
        return OutputFile(path: path, text: lines.joined(separator: "\n") + "\n")
    }

    /// RFC 3339 at midnight China time: the reports are dated in China.
    static func timestamp(_ frontMatter: FrontMatter) -> String? {
        if let date = frontMatter.date { return "\(date.description)T00:00:00+08:00" }
        return frontMatter.year.map { "\($0)-12-31T00:00:00+08:00" }
    }
}
