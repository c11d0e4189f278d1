import PropertyBased
import Testing
@testable import SiteBuilder

@Suite struct LeadTests {
    @Test func takesWholeSentencesUpToTheTargetLength() {
        let first = String(repeating: "普", count: 60) + "。"
        let second = String(repeating: "法", count: 50) + "！"
        let third = String(repeating: "治", count: 40) + "？"
        #expect(Lead.make(from: first + second + third) == first + second)
    }

    @Test func keepsAtLeastOneSentence() {
        let long = String(repeating: "普", count: 150) + "。"
        #expect(Lead.make(from: long + "短句。") == long)
    }

    @Test func anOverlongSentenceIsCutOutsideANumber() {
        let text = String(repeating: "普", count: 195) + "123456789个"
        let lead = Lead.make(from: text)
        #expect(lead == String(repeating: "普", count: 195) + "…", "never in the middle of 123456789")
    }

    /// The rule built the way it reads: sentence by sentence, appended while the lead
    /// stays within the target (the first always), then cut at the hard limit.
    static func reference(_ paragraph: String) -> String {
        let text = paragraph.replacingOccurrences(of: "\n", with: "")
        let ends: Set<Character> = ["。", "！", "？", "!", "?"]
        var lead = "", sentence = ""
        for character in text {
            sentence.append(character)
            guard ends.contains(character) else { continue }
            if !lead.isEmpty && lead.count + sentence.count > Lead.targetLength { break }
            lead += sentence
            sentence = ""
        }
        if lead.isEmpty { lead = sentence }
        guard lead.count > Lead.hardLimit else { return lead }
        var cut = lead.prefix(Lead.hardLimit)
        while let last = cut.last, last.isNumber || last == "." || last == "," { cut = cut.dropLast() }
        return cut + "…"
    }

    /// Sentence ends with combining marks after them, line breaks, digits, and runs long
    /// enough to reach both limits.
    @Test func madeAsTheRuleReads() async {
        let pieces = ["普法", "。", "！", "？", "!", "?", "\u{301}", "\n", "12", ".", ",", "e", String(repeating: "治", count: 40), "\r\n",
                      // Two of these end exactly at the target, four beyond the hard limit.
                      String(repeating: "法", count: 59) + "。"]
        await propertyCheck(count: 1500, input: Gen<String?>.element(of: pieces).array(of: 0...30)) { pieces in
            let paragraph = pieces.compactMap(\.self).joined()
            #expect(Lead.make(from: paragraph) == Self.reference(paragraph), "\(paragraph)")
        }
    }

    @Test func softLineBreaksDoNotReachTheLead() {
        #expect(Lead.make(from: "兰州市坚持\n普法。") == "兰州市坚持普法。")
    }
}
