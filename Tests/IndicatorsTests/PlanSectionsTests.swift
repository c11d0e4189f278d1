import Indicators
import Testing

/// Sections of work to come: every figure under them is a target.
@Suite struct PlanSectionsTests {
    @Test func aPlansTitleMakesAllOfItAPlanButItsReview() {
        var sections = PlanSections(title: "漳岭县2026年普法依法治理工作要点")
        #expect(sections.isInPlan)
        sections.enter(heading: "一、2025年工作回顾", level: 2)
        #expect(!sections.isInPlan)
        sections.enter(heading: "（一）强化组织领导", level: 3)
        #expect(!sections.isInPlan, "a heading that names neither keeps its section's reading")
        sections.enter(heading: "二、重点任务", level: 2)
        #expect(sections.isInPlan)
        sections.enter(heading: "（一）突出宪法宣传", level: 3)
        #expect(sections.isInPlan)
    }

    @Test func mainArrangementsAreAPlan() {
        var sections = PlanSections(title: "澄岭县2024年法治政府建设年度报告")
        sections.enter(heading: "四、2025年推进法治政府建设的主要安排", level: 2)
        #expect(sections.isInPlan)
    }

    @Test func aReportsPlansAreASectionOfTheirOwn() {
        var sections = PlanSections(title: "关于2025年普法工作情况和2026年工作打算的报告")
        #expect(!sections.isInPlan, "a report on what was done")
        sections.enter(heading: "一、主要工作及成效", level: 2)
        #expect(!sections.isInPlan)
        sections.enter(heading: "三、下一步工作打算", level: 2)
        #expect(sections.isInPlan)
        sections.enter(heading: "四、附件", level: 2)
        #expect(!sections.isInPlan, "a section after the plan is back to the report's reading")
        #expect(!PlanSections().isInPlan)
    }

    @Test func everyFigureOfAPlanIsATarget() throws {
        let extractor = FactExtractor(catalog: try TestFiles.catalog())
        let sentence = "全年开展宪法主题宣传活动120场，新建法治文化公园3个。"
        #expect(extractor.facts(inBlock: sentence).map(\.indicator) == ["publicity_activities", "legal_culture_parks"])
        let planned = extractor.facts(inBlock: sentence, inPlan: true)
        #expect(planned.map(\.indicator) == [nil, nil])
        #expect(planned.allSatisfy { $0.scope.contains("目标") })
    }
}
