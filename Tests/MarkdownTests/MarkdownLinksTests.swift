import Testing
@testable import Markdown

/// Links and images with their place in the source, for `pufa-site check`.
@Suite struct MarkdownLinksTests {
    @Test func linksImagesAndReferencesWithCharacterColumns() {
        let source = """
        兰州市[附件](files/a.pdf)与[本节](#cheng-xiao)。

        ![图](images/b.png) 见<https://example.org/>和[参考][ref]。

        [ref]: other.md#top
        """
        let links = MarkdownLinks.links(in: source)
        #expect(links == [
            MarkdownLink(kind: .link, destination: "files/a.pdf", line: 1, column: 4),
            MarkdownLink(kind: .link, destination: "#cheng-xiao", line: 1, column: 22),
            MarkdownLink(kind: .image, destination: "images/b.png", line: 3, column: 1),
            MarkdownLink(kind: .link, destination: "https://example.org/", line: 3, column: 21),
            MarkdownLink(kind: .link, destination: "other.md#top", line: 3, column: 44),
        ])
    }
}
