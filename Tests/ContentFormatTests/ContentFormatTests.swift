import Testing
@testable import ContentFormat

@Suite struct SlugTests {
    @Test(arguments: [
        ("兰州市", "lanzhou"), ("包头市", "baotou"), ("威海市", "weihai"), ("白银市", "baiyin"),
        ("城关区", "chengguan"), ("内蒙古自治区", "neimenggu"), ("甘肃省", "gansu"), ("Weihai City", "weihai-city"),
    ])
    func regionNamesBecomePinyin(name: String, slug: String) {
        #expect(Slug.fromRegionName(name) == slug)
    }

    @Test func districtsArePrefixedByTheirParent() {
        #expect(Slug.forRegion("城关区", parent: "兰州市") == "lanzhou-chengguan")
        #expect(Slug.forRegion("兰州市", parent: nil) == "lanzhou")
    }

    @Test func validSlugs() {
        #expect(Slug.isValid("lanzhou-2024"))
        #expect(!Slug.isValid("兰州"))
        #expect(!Slug.isValid("../etc"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("-x"))
    }
}

@Suite struct ReportDocumentTests {
    @Test func parsesEveryField() throws {
        let text = """
        ---
        title: 标题
        region: 城关区
        province: 甘肃省
        parent: 兰州市
        level: district
        date: 2023-12-01
        period: 八五
        source: 法治甘肃网
        source_url: https://example.org/a
        summary: 导语。
        slug: chengguan-2023
        draft: false
        indicators:
          - {id: legal_understanders, label: 法律明白人, value: 2779, unit: 人, qualifier: approx_over}
        ---
        正文。
        """
        let (document, diagnostics) = ReportDocument.parse(text: text, path: "r.md")
        #expect(diagnostics.isEmpty)
        let frontMatter = try #require(document?.frontMatter)
        #expect(frontMatter.title == "标题")
        #expect(frontMatter.parent == "兰州市")
        #expect(frontMatter.level == .district)
        #expect(frontMatter.date?.description == "2023-12-01")
        #expect(frontMatter.effectiveYear == 2023)
        #expect(frontMatter.slug == "chengguan-2023")
        #expect(frontMatter.indicators.first?.value == 2779)
        #expect(frontMatter.indicators.first?.location.line == 15)
        #expect(document?.body == "正文。")
        #expect(document?.bodyStartLine == 17)
    }

    @Test func reportsEveryFieldProblemAtOnce() {
        let text = "---\ntitle: 标题\nregion: 兰州市\nlevel: town\nyear: twenty\nslug: 兰州\ndraft: maybe\n---\n"
        let (document, diagnostics) = ReportDocument.parse(text: text, path: "r.md")
        #expect(document == nil)
        #expect(diagnostics.map(\.location.line) == [4, 5, 6, 7])
    }

    /// What YAML would read as a number, a flag or null is the text as
    /// written; only `draft` is a flag, and a quoted one is text.
    @Test func valuesAreReadAsWrittenAndDraftOnlyAsAPlainFlag() throws {
        let text = "---\ntitle: 2023\nregion: ~\nsource: true\nperiod: 0x1F\nsummary: \"null\"\ndraft: yes\n---\n"
        let frontMatter = try #require(ReportDocument.parse(text: text, path: "r.md").0?.frontMatter)
        #expect([frontMatter.title, frontMatter.region, frontMatter.source, frontMatter.period, frontMatter.summary]
            == ["2023", "~", "true", "0x1F", "null"])
        #expect(frontMatter.draft)
        let quoted = ReportDocument.parse(text: "---\ntitle: 甲\nregion: 乙\ndraft: \"true\"\n---\n", path: "r.md")
        #expect(quoted.1.map(\.message) == ["'draft' must be true or false"])
    }

    @Test func aKeyGivenTwiceIsAnErrorAtItsLine() {
        let text = "---\ntitle: 甲\nregion: 乙\ntitle: 丙\n---\n正文\n"
        let (document, diagnostics) = ReportDocument.parse(text: text, path: "r.md")
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("title") == true, "\(diagnostics)")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: 标题\r\nregion: 兰州市\r\n---\r\n正文。\r\n".utf8)
        let (document, diagnostics) = ReportDocument.parse(bytes: bytes, path: "r.md")
        #expect(diagnostics.isEmpty)
        #expect(document?.body == "正文。\n")
    }

    @Test func onlyCarriageReturnsBeforeLineFeedsAreDropped() {
        #expect(UTF8Text.unixLineEnds(Array("甲\r\n乙\r丙\n\r\r\n".utf8)[...]) == "甲\n乙\r丙\n\r\n")
        #expect(UTF8Text.unixLineEnds(Array("末尾\r".utf8)[...]) == "末尾\r")
        #expect(UTF8Text.hasCarriageReturn(Array("\r末尾\r".utf8).dropFirst()))
        #expect(!UTF8Text.hasCarriageReturn(Array("\r末尾".utf8).dropFirst()))
        #expect(!UTF8Text.hasCarriageReturn([]))
    }

    /// `TextLines` finds lines on the bytes; they must be the lines a
    /// Character split gives, where "\r\n" is one Character and ends no line.
    @Test(arguments: [
        "", "\n", "a", "a\n", "\n\n", "---\ntitle: x\n---\nbody\n", "a\r\nb\nc", "\r\n", "x\n\r\ny",
        "\r\r\n\n", "兰州\n城关\u{301}\n\u{301}x", "last line without break",
    ])
    func linesAreTheLinesOfACharacterSplit(text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines = TextLines(text)
        var found: [String] = []
        while let line = lines.next() { found.append(String(line.text)) }
        #expect(found == expected)
    }

    @Test func frontMatterAndBodyAreSplitAtTheFences() throws {
        let cases: [(text: String, body: String, bodyStartLine: Int)] = [
            ("---\ntitle: 甲\nregion: 兰州市\n---\n正文\n", "正文\n", 5),
            ("---\ntitle: 甲\nregion: 兰州市\n...\n\n正文", "\n正文", 5),
            ("---\ntitle: 甲\nregion: 兰州市\n  ---  ", "", 5),
        ]
        for (text, body, bodyStartLine) in cases {
            let (document, diagnostics) = ReportDocument.parse(text: text, path: "r.md")
            let parsed = try #require(document, "\(diagnostics)")
            #expect(parsed.body == body)
            #expect(parsed.bodyStartLine == bodyStartLine)
            #expect(parsed.frontMatter.title == "甲")
        }
        let unclosed = ReportDocument.parse(text: "---\ntitle: 甲\n", path: "r.md")
        #expect(unclosed.0 == nil && unclosed.1.first?.message.contains("not closed") == true)
    }

    /// A fence is `---` with blanks around it, as Foundation trims them: tabs,
    /// space separators (the ideographic space among them), the zero width space.
    @Test(arguments: [
        ("\t---\u{3000}", true), ("\u{200B}---\u{A0}", true), (" --- ", true), ("---", true),
        ("-- -", false), ("---\r", false), ("----", false), ("--", false), (" ", false), ("---x", false),
    ])
    func fenceLinesMayHaveBlanksAround(fence: String, isFence: Bool) {
        let (document, diagnostics) = ReportDocument.parse(text: "---\ntitle: 甲\nregion: 兰州市\n\(fence)\n正文\n", path: "r.md")
        #expect((document?.body == "正文\n") == isFence, "\(diagnostics)")
        let opened = ReportDocument.parse(text: "\(fence)\ntitle: 甲\nregion: 兰州市\n---\n正文\n", path: "r.md")
        #expect((opened.0 != nil) == isFence)
    }

    @Test func dateValidation() {
        #expect(ReportDate(iso: "2024-02-29") != nil)
        #expect(ReportDate(iso: "2023-02-29") == nil)
        #expect(ReportDate(iso: "2024-1-05") == nil)
        #expect(ReportDate(iso: "２０２４-01-05") == nil)
    }
}

@Suite struct FrontMatterWriterTests {
    @Test func writtenFrontMatterReadsBackUnchanged() throws {
        let original = FrontMatter(
            title: "“八五”普法: 回顾 #1", region: "城关区", province: "甘肃省", parent: "兰州市", level: .district,
            year: 2023, period: "八五", source: "法治甘肃网", sourceURL: "https://example.org/a?b=c", summary: "- 导语"
        )
        let text = FrontMatterWriter.yaml(for: original) + "\n正文。\n"
        let (document, diagnostics) = ReportDocument.parse(text: text, path: "r.md")
        #expect(diagnostics.isEmpty)
        var parsed = try #require(document?.frontMatter)
        parsed.keyLocations = [:]
        #expect(parsed == original)
    }

    @Test func aYearBesideADateIsWrittenAndWinsOverTheDatesYear() throws {
        // A summary of 2023 published in January 2024.
        let original = FrontMatter(title: "2023年工作总结", region: "酒泉市", date: ReportDate(iso: "2024-01-15"), year: 2023)
        #expect(original.effectiveYear == 2023)
        #expect(FrontMatterWriter.yaml(for: original).contains("\nyear: 2023\n"))
        let (document, _) = ReportDocument.parse(text: FrontMatterWriter.yaml(for: original) + "\n正文。\n", path: "r.md")
        #expect(document?.frontMatter.date?.description == "2024-01-15")
        #expect(document?.frontMatter.effectiveYear == 2023)
        #expect(FrontMatter(title: "t", region: "r", date: ReportDate(iso: "2024-01-15")).effectiveYear == 2024)
    }
}

@Suite struct KnownRegionsTests {
    @Test func findsByNameOrQualifiedName() throws {
        let yaml = "regions:\n  - {name: 兰州市, province: 甘肃省, level: city}\n  - {name: 城关区, province: 甘肃省, parent: 兰州市, level: district}\n"
        let regions = try KnownRegions.parse(yaml: yaml, path: "regions.yml").get()
        #expect(regions.entry(named: "兰州市城关区")?.name == "城关区")
        #expect(regions.mentions(in: "兰州市城关区司法局").map(\.name) == ["城关区", "兰州市"])
    }

    @Test func aNameWinsOverAQualifiedNameAndTheFirstOfTwoWins() {
        var regions = KnownRegions(entries: [
            .init(name: "城关区", province: "甘肃省", parent: "兰州市"),
            .init(name: "兰州市城关区", province: "first"),
            .init(name: "兰州市城关区", province: "second"),
        ])
        #expect(regions.entry(named: "兰州市城关区")?.province == "first")
        #expect(regions.entry(named: "城关区")?.parent == "兰州市")
        #expect(regions.entry(named: "白银市") == nil)
        regions.entries.append(.init(name: "白银市", province: "甘肃省"))
        #expect(regions.entry(named: "白银市")?.province == "甘肃省", "a changed table is looked up afresh")
        regions.entries.removeFirst()
        #expect(regions.entry(named: "城关区") == nil)
    }
}
