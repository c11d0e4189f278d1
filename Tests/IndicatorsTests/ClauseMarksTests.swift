@testable import Indicators
import PropertyBased
import Testing

/// The words before a figure are read in one pass; what it finds must be what
/// looking for each kind of word in a pass of its own finds.
@Suite struct ClauseMarksTests {
    /// The words' characters, words that hold them, quotes and fillers, run together at random.
    static let pieces = [
        "累计", "累", "计划", "新增", "新", "新培养", "新建", "新闻", "其中", "其", "力争", "力", "目标是", "目标为", "目标",
        "每个", "每年", "每逢", "每",
        "村", "人均", "人", "均", "“", "”", "，", "3", "名", "法治", "年均", "平", "户",
    ]

    @Test func onePassFindsWhatSeparatePassesFind() async {
        let text = Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 1000, input: text) { text in
            let aligned = AlignedText(text, normaliser: .identity)
            let masked = Exclusions.maskedPositions(in: aligned)
            for end in 0...aligned.count {
                let range = 0..<end
                #expect(ClauseMarks.read(range, in: aligned, masked: masked) == Self.readInSeparatePasses(range, aligned, masked),
                        "\(text) up to \(end)")
            }
        }
    }

    @Test func theFirstWordPerUnitIsTakenAsWritten() {
        let text = AlignedText("每個村（社區）每名", normaliser: .traditionalToSimplified)
        let marks = ClauseMarks.read(0..<text.count, in: text, masked: Exclusions.maskedPositions(in: text))
        #expect(marks.perUnit == "每個")
    }

    /// Each kind of word looked for in a pass of its own, as the rules were first written.
    static func readInSeparatePasses(_ range: Range<Int>, _ text: AlignedText, _ masked: [Bool]) -> ClauseMarks {
        func contains(_ word: String) -> Bool {
            let word = Array(word.unicodeScalars)
            return range.contains { $0 + word.count <= range.upperBound && text.hasPrefix(word, at: $0) }
        }
        var marks = ClauseMarks()
        marks.cumulative = contains("累计")
        marks.added = ["新增", "新培养", "新培育", "新建", "新创建", "新成立", "新组建", "新命名", "新聘", "新发展", "新招募", "新设立"]
            .contains(where: contains)
        marks.subset = contains("其中")
        marks.target = contains("力争") || contains("目标是") || contains("目标为")
            || range.contains { position in
                position + 2 <= range.upperBound && position + 2 < text.count && text.hasPrefix(Array("目标".unicodeScalars), at: position)
                    && CharacterClass.isDigit(text.scalars[position + 2])
            }
        for position in range where position + 1 < range.upperBound && !masked[position] {
            let scalar = text.scalars[position], next = text.scalars[position + 1]
            let perUnit = scalar == "每" && !"年月季周天日逢学半".unicodeScalars.contains(next) && CharacterClass.isIdeograph(next)
            if perUnit || "人年户村平".unicodeScalars.contains(scalar) && next == "均" {
                marks.perUnit = text.originalText(position..<(position + 2))
                break
            }
        }
        return marks
    }
}
