import Indicators
import PropertyBased
import Testing

/// Reports are untrusted text: whatever a block holds, cut off anywhere, the
/// extractor reads it without trapping, and every fact marks text that is there.
@Suite struct ExtractorRobustnessTests {
    private static let pieces = [
        "3", "88", "1,2", "0.5", "2024年", "万", "至", "-", "—", "百分之", "三", "十", "点", "余", "近", "名",
        "场", "人次", "%", "个百分点", "、", "，", "。", "：", "；", "w", "+", "（", "）", "“", "”", "第", "约",
        " ", "其中", "共", "累计", "新增", "同比", "增长", "分别为", "培训", "法律明白人", "民主法治示范村",
        "调解", "成功率", "开展", "活动", "每", "人均", "力争", "元", "附表", "①", "[", "小计", "合计",
    ]

    @Test func anyRunOfPiecesIsRead() async throws {
        let extractor = FactExtractor(catalog: try TestFiles.catalog())
        await propertyCheck(count: 1000, input: Gen<String?>.element(of: Self.pieces).array(of: 0...24)) { chosen in
            let block = chosen.compactMap { $0 }.joined()
            let bytes = Array(block.utf8)
            for fact in extractor.facts(inBlock: block) {
                #expect(fact.utf8Range.upperBound <= bytes.count, "\(block)")
                let marked = fact.utf8Range.upperBound <= bytes.count ? bytes[fact.utf8Range] : []
                #expect(String(decoding: marked, as: UTF8.self) == fact.text, "\(block)")
            }
        }
    }
}
