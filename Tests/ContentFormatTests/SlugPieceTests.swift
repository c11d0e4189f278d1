import Foundation
import PropertyBased
import Testing
@testable import ContentFormat

/// `Slug.make` transliterates a text piece by piece, cut at ASCII digits, spaces and
/// punctuation. Its slugs must be the ones the whole text gives.
@Suite struct SlugPieceTests {
    /// Han (polyphones among them), kana, Hangul, Cyrillic, Greek, combining and
    /// full-width marks, Latin with diacritics, and the ASCII the pieces are cut at.
    static let tokens = [
        "长", "城", "行", "银", "重", "庆", "乐", "安", "西", "测试", "市", "区", "普法", "依法治理", "鑫", "𠀋",
        "あ", "ん", "カ", "한", "Ш", "ж", "Я", "Σ", "ς", "α", "\u{301}", "，", "（", "）", "：", "、", "。",
        "é", "ü", "ǖ", "ß", "a", "Z", "n", "g", "0", "4", "2024", " ", "-", "'", ".", "(", ")", "_", "/",
    ]

    @Test func piecesSpellAsTheWholeText() async {
        await propertyCheck(count: 2000, input: Gen<String?>.element(of: Self.tokens).array(of: 1...12)) { tokens in
            let text = tokens.compactMap(\.self).joined()
            #expect(Slug.make(from: text) == Slug.folded(text, latin: Slug.latin), "\(text)")
        }
    }

    /// Slugs keep what Foundation calls alphanumeric among ASCII scalars, and only that.
    @Test func asciiWordCharactersAreFoundationsAlphanumerics() {
        for value in UInt32(0)...0x7F {
            let scalar = Unicode.Scalar(value)!
            #expect(Slug.isASCIIAlphanumeric(scalar) == CharacterSet.alphanumerics.contains(scalar), "\(value)")
        }
    }

    @Test func numbersCutTitlesIntoRecurringPieces() {
        #expect(Slug.make(from: "测试00042市普法依法治理工作报告") == "ceshi00042shipufayifazhiligongzuobaogao")
        #expect(Slug.make(from: "第4部分 工作举措") == "di4bufengongzuojucuo")
        #expect(Slug.latinByPieces("2024年度") == "2024" + Slug.latin("年度"))
    }

    /// ICU's Han rules read one space as context: 重 before 庆 is "chong" across it.
    @Test func aSpaceDoesNotCutAPolyphoneFromItsContext() {
        #expect(Slug.make(from: "重 庆") == "chongqing")
        #expect(Slug.make(from: "第4部分 重 庆") == Slug.folded("第4部分 重 庆", latin: Slug.latin))
    }
}

@Suite struct AutonomousAreaTests {
    @Test func shortNamesDropThePeoplesAndAutonomy() {
        #expect(AutonomousAreas.shortName(of: "临夏回族自治州") == "临夏州")
        #expect(AutonomousAreas.shortName(of: "积石山保安族东乡族撒拉族自治县") == "积石山县")
        #expect(AutonomousAreas.shortName(of: "黔东南苗族侗族自治州") == "黔东南州")
        #expect(AutonomousAreas.shortName(of: "兰州市") == nil)
        #expect(AutonomousAreas.shortName(of: "回族自治州") == nil, "no name before the peoples")
        #expect(Slug.fromRegionName("临夏回族自治州") == Slug.fromRegionName("临夏州"))
    }
}
