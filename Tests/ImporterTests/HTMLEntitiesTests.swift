import Testing
@testable import Importer

/// HTML character references left in text copied from a page's source.
@Suite struct HTMLEntitiesTests {
    /// `&nbsp;`, `&ldquo;`, `&gt;`, `&#8220;`: decoded with libxml2's table; what is no reference stays.
    @Test func htmlCharacterReferences() throws {
        let text = """
        兰州市普法依法治理工作综述

        &nbsp;&nbsp;当前位置：首页&gt;&gt;法治宣传
        &nbsp;&nbsp;全年开展&ldquo;法律进宗教场所&rdquo;活动460场次&#12290;

        今年以来,兰州市坚持以习近平法治思想为指引。
        """
        let report = try ReportImporter(regions: TestRegions.table).importReport(text: text, path: "t.txt")
        #expect(report.body == "全年开展“法律进宗教场所”活动460场次。\n\n今年以来,兰州市坚持以习近平法治思想为指引。\n")
        #expect(report.removals.contains { $0.rule == .htmlResidue && $0.text == "&ldquo;" })
        #expect(HTMLEntities.decoding("R&D 与 &nbsp 和 &bogus; 及 &#0; 或 &#x201C;").text == "R&D 与 &nbsp 和 &bogus; 及 &#0; 或 “")
        #expect(HTMLEntities.decoding("&amp;nbsp;").text == "&nbsp;", "one pass: a reference written out stays written out")
    }
}
