import Testing
@testable import SiteBuilder

/// Fields as spreadsheets read them: RFC 4180 quoting, and no formulas.
@Suite struct CSVTests {
    private func field(_ text: String) -> String {
        var out: [UInt8] = []
        CSV.appendField(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [
        ("兰州市", "兰州市"), ("", ""), ("a,b", "\"a,b\""), ("说\"好\"", "\"说\"\"好\"\"\""),
        ("一\n二", "\"一\n二\""), ("一\r二", "\"一\r二\""),
    ])
    func quotedOnlyWhenNeeded(text: String, written: String) {
        #expect(field(text) == written)
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1 (555)", "'+1 (555)"), ("-x", "'-x"), ("@人", "'@人"),
        ("=a,b", "\"'=a,b\""),
        // Numbers stay numbers.
        ("-5", "-5"), ("+2.5", "+2.5"),
        // Not a leading = to a spreadsheet: the mark makes it another character.
        ("=\u{301}x", "=\u{301}x"), ("x=1", "x=1"),
    ])
    func formulasAreDefused(text: String, written: String) {
        #expect(field(text) == written)
    }

    @Test func rowsEndInCRLF() {
        var out: [UInt8] = []
        CSV.append(["a", "b,c", ""], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "a,\"b,c\",\r\n")
    }
}
