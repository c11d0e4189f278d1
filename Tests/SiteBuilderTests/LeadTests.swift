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

    @Test func softLineBreaksDoNotReachTheLead() {
        #expect(Lead.make(from: "兰州市坚持\n普法。") == "兰州市坚持普法。")
    }
}
