import Foundation
import Testing
@testable import Markdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(headingSlug: { text in
        String(text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }).lowercased()
    })

    @Test func safeModeOmitsRawHTMLAndJavascriptLinks() {
        let html = renderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>bold</b>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func unsafeModePassesRawHTML() {
        let unsafe = MarkdownRenderer(options: .init(unsafeHTML: true), headingSlug: { $0 })
        #expect(unsafe.render("<b>bold</b>\n").html.contains("<b>bold</b>"))
    }

    @Test func softBreaksBetweenChineseCharactersAreRemoved() {
        let html = renderer.render("兰州市坚持\n以习近平法治思想为指引。\nLatin words\nstay apart.\n").html
        #expect(html.contains("兰州市坚持以习近平法治思想为指引。"))
        #expect(html.contains("Latin words\nstay apart."))
    }

    @Test func softBreakBetweenChineseAndLatinIsKept() {
        let html = renderer.render("法治\nAPP\n").html
        #expect(html.contains("法治\nAPP"))
    }

    @Test func headingsGetStableUniqueIDs() {
        let rendered = renderer.render("## Alpha\n\ntext\n\n## Alpha\n\n### Beta & Co\n")
        #expect(rendered.headings.map(\.id) == ["alpha", "alpha-2", "betaco"])
        #expect(rendered.headings.map(\.level) == [2, 2, 3])
        #expect(rendered.headings.map(\.line) == [1, 5, 7])
        #expect(rendered.html.contains("<h2 id=\"alpha\">Alpha</h2>"))
        #expect(rendered.html.contains("<h2 id=\"alpha-2\">Alpha</h2>"))
        #expect(rendered.html.contains("<h3 id=\"betaco\">Beta &amp; Co</h3>"))
    }

    @Test func marksWrapSpansInPlaceAndStayEscaped() {
        let source = "共调解矛盾纠纷7979件，成功率达99%以上。<em>x</em>\n"
        let rendered = renderer.render(source) { block in
            let text = block.text
            func range(of needle: String) -> Range<Int> {
                let start = text.utf8.distance(from: text.startIndex, to: text.range(of: needle)!.lowerBound)
                return start..<(start + needle.utf8.count)
            }
            return [
                InlineMark(utf8Range: range(of: "7979件"), id: "f-1", title: "调解<案件>"),
                InlineMark(utf8Range: range(of: "99%以上"), id: "f-2", title: "\"rate\""),
            ]
        }
        #expect(rendered.html.contains("共调解矛盾纠纷<mark id=\"f-1\" class=\"fact\" title=\"调解&lt;案件&gt;\">7979件</mark>，成功率达<mark id=\"f-2\" class=\"fact\" title=\"&quot;rate&quot;\">99%以上</mark>。"))
        #expect(!rendered.html.contains("<em>"))
    }

    @Test func blocksReportTextKindAndLine() {
        let rendered = renderer.render("# 标题\n\n第一段。\n\n*图片说明(7月12日拍摄)*\n\n- 列表项\n")
        #expect(rendered.blocks.map(\.text) == ["标题", "第一段。", "图片说明(7月12日拍摄)", "列表项"])
        #expect(rendered.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .caption, .listItem])
        #expect(rendered.blocks.map(\.line) == [1, 3, 5, 7])
    }

    @Test func markInsideHeadingSurvivesAnchoring() {
        let rendered = renderer.render("## Total 12 items\n") { block in
            [InlineMark(utf8Range: 6..<8, id: "f-1", title: "t")]
        }
        #expect(rendered.html.contains("<h2 id=\"totalitems\">Total <mark id=\"f-1\" class=\"fact\" title=\"t\">12</mark> items</h2>"))
    }
}
