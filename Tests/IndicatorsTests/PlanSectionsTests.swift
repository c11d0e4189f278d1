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

    /// The heading the text stands under, which may name its lines' thing: never the title.
    @Test func theLastHeadingIsNeverTheTitle() {
        var sections = PlanSections(title: "民主法治示范村创建")
        #expect(sections.lastHeading == nil)
        sections.enter(heading: "② 民主法治示范村（社区）", level: 2)
        sections.enter(paragraph: "全国 2个")
        #expect(sections.lastHeading == "② 民主法治示范村（社区）")
    }

    @Test func aReportsSupportIsNoPlan() {
        var sections = PlanSections(title: "禾溪区民政局2024年婚姻家庭领域普法工作情况报告")
        sections.enter(heading: "三、保障措施", level: 2)
        #expect(!sections.isInPlan)
        sections.enter(heading: "四、下一步工作打算", level: 2)
        sections.enter(heading: "（二）强化保障措施", level: 3)
        #expect(sections.isInPlan, "under a plan's heading it keeps the plan's reading")
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

    /// What a meeting decided (二、会议议定事项) is to be done.
    @Test func aMeetingsDecisionsAreAPlan() {
        var sections = PlanSections(title: "潼湾区普法依法治理领导小组2024年度全体会议纪要")
        sections.enter(heading: "一、成员单位工作汇报", level: 2)
        #expect(!sections.isInPlan)
        sections.enter(heading: "二、会议议定事项", level: 2)
        #expect(sections.isInPlan)
    }

    @Test func anAppendixAfterThePlanIsNoPlan() {
        var sections = PlanSections(title: "湘岚区住房和城乡建设局2024年物业纠纷调解工作情况报告")
        sections.enter(heading: "六、存在的问题和下一步工作", level: 2)
        sections.enter(paragraph: "全年开展宣传活动不少于500场。")
        #expect(sections.isInPlan, "a paragraph of the plan leaves it as it is")
        sections.enter(paragraph: "附表：2024年物业纠纷调解主要数据")
        #expect(!sections.isInPlan)
        sections.enter(heading: "五、下一步工作", level: 2)
        sections.enter(paragraph: "附：2024年度森林法宣传教育工作主要数据统计")
        #expect(!sections.isInPlan)
        sections.enter(heading: "六、下一步工作", level: 2)
        sections.enter(paragraph: "附近村民踊跃参加。")
        #expect(sections.isInPlan, "附近 opens no appendix")
        var plan = PlanSections(title: "漳岭县2026年普法依法治理工作要点")
        plan.enter(paragraph: "附件1 2026年重点任务分工")
        #expect(plan.isInPlan, "a plan's appendix of tasks is still the plan")
        sections.enter(heading: "七、下一步工作", level: 2)
        sections.enter(paragraph: "附件：明年开展的活动一览表，共计120场，涵盖各乡镇、街道、社区和村，由司法所逐月汇总，报县普法办备案。")
        #expect(sections.isInPlan, "a sentence that starts with 附件 opens no appendix")
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
