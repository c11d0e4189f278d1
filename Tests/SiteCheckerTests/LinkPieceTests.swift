import SiteBuilder
import Testing
@testable import SiteChecker

/// The pieces the link checks stand on.
@Suite struct LinkPieceTests {
    @Test func linkReferences() {
        let link = LinkReference("../%E6%96%87%E4%BB%B6/index.html?x=1#f-3")
        #expect(link == LinkReference(isExternal: false, path: "../文件/index.html", fragment: "f-3"))
        #expect(LinkReference("#main") == LinkReference(isExternal: false, path: "", fragment: "main"))
        #expect(LinkReference("page.html") == LinkReference(isExternal: false, path: "page.html", fragment: nil))
        for external in ["https://example.org/a.html", "HTTP://x", "mailto:a@b.c", "tel:12348", "//cdn.example.org/x.js", "data:image/png;base64,AA"] {
            #expect(LinkReference(external).isExternal, "\(external)")
        }
        // A colon after a slash is part of a path, not a scheme.
        #expect(!LinkReference("a/b:c.html").isExternal)
        #expect(LinkReference("/assets/site.css").isAbsolutePath)
    }

    @Test func joiningPaths() {
        #expect(LinkReference.join(folder: ["regions", "lanzhou"], "../../index.html") == ["index.html"])
        #expect(LinkReference.join(folder: ["regions"], "./lanzhou/") == ["regions", "lanzhou"])
        #expect(LinkReference.join(folder: ["regions"], "../../index.html") == nil)
    }

    @Test func scannerReadsQuotedUnquotedAndSkipsCommentsAndScripts() {
        let html = """
        <a href="a.html" id=top><A HREF='b.html' NAME="old">x</A><!-- <a href="c.html"> -->
        <script>document.write('<a href="d.html">')</script><img src=e.png alt=""><a href="f.html?a=1&amp;b=2">
        <meta name="description"><p id='p&amp;q'>
        """
        let scan = HTMLAttributeScanner.scan(Array(html.utf8))
        #expect(scan.links.map(\.value) == ["a.html", "b.html", "e.png", "f.html?a=1&b=2"])
        #expect(scan.anchors == ["top", "old", "p&q"])
    }

    @Test func locationsCountCharactersNotBytes() {
        let text = "第一行\n<p>中文<a href=\"x.html\">"
        let bytes = Array(text.utf8)
        let offset = bytes.firstIndex(of: UInt8(ascii: "x"))!
        let location = LineIndex(bytes).location(ofByte: offset, path: "p.html")
        #expect((location.line, location.column) == (2, 15))
    }

    @Test func valueRangesFollowTheQualifier() {
        #expect(ValueRange.lastDigitStep(1700) == 100)
        #expect(ValueRange.lastDigitStep(12000) == 1000)
        #expect(ValueRange.lastDigitStep(7) == 1)
        #expect(ValueRange.lastDigitStep(98.5) == 1)
    }

    @Test func countedNounsLoseNotesAndTrailingFunctionWords() {
        #expect(RepeatedFacts.noun("社区(村)都") == "社区")
        #expect(RepeatedFacts.noun("老教师等人民调解员") == "老教师等人民调解员")
        #expect(RepeatedFacts.noun("都") == "都")
    }

    @Test func unitKinds() {
        #expect(UnitKinds.kind(of: "人") == UnitKinds.kind(of: "名"))
        #expect(UnitKinds.kind(of: "场") == UnitKinds.kind(of: "场次"))
        #expect(UnitKinds.kind(of: "人") != UnitKinds.kind(of: "人次"))
        #expect(UnitKinds.kind(of: "") != UnitKinds.kind(of: "人"))
    }
}

extension LinkReference {
    init(isExternal: Bool, path: String, fragment: String?) {
        self.init("")
        self.isExternal = isExternal
        self.path = path
        self.fragment = fragment
    }
}

/// The 404 page is shown at any depth, so its links start at the site's root path.
@Suite struct NotFoundPageLinkTests {
    static func site(notFoundLinks: [String]) -> SiteFiles {
        let links = notFoundLinks.map { "<a href=\"\($0)\">x</a>" }.joined()
        return SiteFiles(files: [
            OutputFile(path: "index.html", text: "<p id=\"top\">home</p>"),
            OutputFile(path: "404.html", text: "<p>\(links)</p>"),
        ], displayRoot: "public")
    }

    @Test func linksFromTheRootPathResolveWithoutAWarning() {
        let site = Self.site(notFoundLinks: ["/pufa/index.html", "/pufa/index.html#top"])
        #expect(SiteLinkCheck.diagnostics(site, rootPath: "/pufa/").isEmpty)
    }

    @Test func aBrokenOneIsStillAnError() {
        let site = Self.site(notFoundLinks: ["/pufa/missing.html", "/pufa/index.html#nowhere"])
        let problems = SiteLinkCheck.diagnostics(site, rootPath: "/pufa/")
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.severity == .error })
    }
}
