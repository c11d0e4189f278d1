import Indicators
import Testing

/// Sentences written for these tests, not taken from the seed reports.
@Suite struct FactExtractorTests {
    let extractor: FactExtractor

    init() throws {
        extractor = FactExtractor(catalog: try TestFiles.catalog())
    }

    @Test func factCarriesQuoteClauseAndMark() throws {
        let block = "今年以来,我县持续加强基层治理。全县共培育学法用法示范户86户,覆盖所有乡镇。"
        let fact = try #require(extractor.facts(inBlock: block).first)
        #expect(fact.indicator == "model_households")
        #expect(fact.label == "学法用法示范户")
        #expect(fact.theme == .modelCreation)
        #expect(fact.clause == "全县共培育学法用法示范户86户")
        #expect(fact.quote == "全县共培育学法用法示范户86户,覆盖所有乡镇。")
        let marked = String(decoding: Array(block.utf8)[fact.utf8Range], as: UTF8.self)
        #expect(marked == "86户")
    }

    /// The label names the indicator; the subject says what this figure counts,
    /// so 法治动漫2部 and 法治微电影3部 are told apart though both are videos.
    @Test func subjectIsTheCountedNounWhateverTheIndicator() {
        let facts = extractor.facts(inBlock: "全市推荐法治动漫2部、法治微电影3部。")
        #expect(facts.map(\.indicator) == ["videos_produced", "videos_produced"])
        #expect(facts.map(\.subject) == ["法治动漫", "法治微电影"])
        let unclassified = extractor.facts(inBlock: "新建停车位300个。")
        #expect(unclassified.map(\.indicator) == [nil])
        #expect(unclassified.map(\.subject) == ["停车位"])
        #expect(unclassified.map(\.label) == unclassified.map(\.subject))
    }

    @Test func levelsChooseTheLevelIndicator() {
        let facts = extractor.facts(inBlock: "全区现有国家级民主法治示范社区3个、省级民主法治示范社区21个。")
        #expect(facts.map(\.indicator) == ["model_villages_national", "model_villages_provincial"])
        #expect(facts.map(\.scope) == [["全国"], ["省级"]])
        #expect(facts.map(\.level) == [.national, .provincial])
    }

    @Test func numberBeforeTheNounSharesTheListNoun() {
        let facts = extractor.facts(inBlock: "截至年底共建成1个国家级、7个省级、30个市级民主法治示范村。")
        #expect(facts.map(\.indicator) == ["model_villages_national", "model_villages_provincial", "model_villages_city"])
    }

    @Test func mixedLevelsGetTheGeneralIndicatorAndBothScopes() throws {
        let fact = try #require(extractor.facts(inBlock: "创建全国、省级民主法治示范村15个。").first)
        #expect(fact.indicator == "model_villages")
        #expect(fact.scope == ["全国", "省级"])
        #expect(fact.level == nil)
    }

    @Test func periodAndCumulativeScope() throws {
        let fact = try #require(extractor.facts(inBlock: "2023年上半年,全县累计调解矛盾纠纷412件,调解成功率97.2%。").first)
        #expect(fact.indicator == "mediation_cases")
        #expect(fact.scope == ["2023年度", "上半年", "累计"])
        let rate = try #require(extractor.facts(inBlock: "2023年上半年,全县累计调解矛盾纠纷412件,调解成功率97.2%。").last)
        #expect(rate.indicator == "mediation_success_rate")
        #expect(rate.value == 97.2)
    }

    @Test func aTargetIsScopedAsOneAndCountsForNoIndicator() throws {
        let block = "全市共培养“法律明白人”4562名。2024年,力争培养“法律明白人”5000名以上,目标是调解成功率达98%。"
        let facts = extractor.facts(inBlock: block)
        #expect(facts.map(\.text) == ["4562名", "5000名以上", "98%"])
        #expect(facts.map(\.indicator) == ["legal_understanding_persons", nil, nil])
        #expect(facts.map { $0.scope.last } == [nil, "目标", "目标"])
        #expect(facts[1].label == "法律明白人", "a target keeps the noun it counts")
        // Words that hold a goal word's characters, or say something else, leave a figure a result.
        for result in ["累计划拨普法经费50余万元。", "争取上级普法资金50万元。", "完成学法计划3项。"] {
            let fact = try #require(extractor.facts(inBlock: result).first)
            #expect(!fact.scope.contains("目标"), "\(result)")
        }
        // 下一步 opening a clause turns to what is to be done; inside one it names no goal.
        let next = try #require(extractor.facts(inBlock: "下一步,全市调解矛盾纠纷6723件。").first)
        #expect(next.indicator == nil && next.scope.last == "目标")
        let mediation = try #require(extractor.facts(inBlock: "为下一步打下基础,全市调解矛盾纠纷6723件。").first)
        #expect(mediation.indicator == "mediation_cases")
    }

    @Test func aFigurePerUnitIsScopedAsOneAndCountsForNoIndicator() throws {
        let block = "全县培育“法律明白人”1360名,每个村（社区）配备“法律明白人”不少于5名,人均学法20学时。"
        let facts = extractor.facts(inBlock: block)
        #expect(facts.map(\.text) == ["1360名", "不少于5名", "20学时"])
        #expect(facts[0].indicator == "legal_understanding_persons")
        #expect(facts[1].indicator == nil)
        #expect(facts[1].scope == ["每个"])
        #expect(facts[1].label == "法律明白人")
        #expect(facts[2].scope == ["人均"])
        // 每年 is a period, 每逢 means whenever, and a quoted name is not a unit.
        let yearly = try #require(extractor.facts(inBlock: "每年调解矛盾纠纷500件。").first)
        #expect(yearly.indicator == "mediation_cases")
        #expect(yearly.scope == ["每年"])
        for result in ["每逢节假日开展法治宣传活动20场次。", "开展“每村一品”法治宣传活动30场次。"] {
            let fact = try #require(extractor.facts(inBlock: result).first)
            #expect(fact.indicator == "publicity_activities", "\(result)")
        }
    }

    @Test func theWordsAfterANounFirstItemNameTheNextItem() throws {
        let facts = extractor.facts(inBlock: "全市共有执业律师1200名、基层法律服务工作者380名、人民陪审员650名。")
        #expect(facts.map(\.indicator) == [nil, nil, nil], "people who serve, not consultations")
        let consultations = try #require(extractor.facts(inBlock: "基层法律服务工作者提供法律咨询2000人次。").first)
        #expect(consultations.indicator == "legal_consultations")
        let parks = extractor.facts(inBlock: "建成法治文化公园7个、法治长廊22条。")
        #expect(parks.map(\.indicator) == ["legal_culture_parks", "legal_culture_corridors"])
    }

    @Test func aListItemNamedInQuotesIsItsOwnThing() {
        let facts = extractor.facts(inBlock: "培育“法律明白人”1360名、“法治带头人”420名。")
        #expect(facts.map(\.indicator) == ["legal_understanding_persons", nil])
        #expect(facts.map(\.label) == ["法律明白人", "法治带头人"])
        // An item with only a level borrows the thing it counts from the item before.
        let villages = extractor.facts(inBlock: "新创建全国民主法治示范村2个、省级15个。")
        #expect(villages.map(\.indicator) == ["model_villages_national", "model_villages_provincial"])
    }

    /// An item that names a thing of its own (four characters or more besides a level)
    /// borrows no words from the items before it; a place and a level borrow.
    @Test func aListItemWithANounOfItsOwnIsItsOwnThing() {
        #expect(extractor.facts(inBlock: "全县建成法治长廊7条、法治书屋15个、法治文化广场3个。").map(\.indicator)
            == ["legal_culture_corridors", nil, "legal_culture_parks"])
        #expect(extractor.facts(inBlock: "新增省级民主法治示范村4个、台州市级11个。").map(\.indicator)
            == ["model_villages_provincial", "model_villages_city"])
        #expect(extractor.facts(inBlock: "建成省级民主法治示范村15个、市级示范村30个。").map(\.indicator)
            == ["model_villages_provincial", "model_villages_city"])
    }

    /// Words in parentheses gloss an item's noun: 省级示范村（社区） names its thing for short,
    /// as 市级示范村 does; 法治书屋（站） is a thing of its own still.
    @Test func aGlossInParenthesesIsNoNounOfItsOwn() {
        #expect(extractor.facts(inBlock: "其中全国民主法治示范村2个、省级示范村（社区）14个、市级示范村31个。").map(\.indicator)
            == ["model_villages_national", "model_villages_provincial", "model_villages_city"])
        #expect(extractor.facts(inBlock: "全县建成法治长廊7条、法治书屋（站）15个。").map(\.indicator)
            == ["legal_culture_corridors", nil])
    }

    /// 2021年1500名 after 2020年培训“法律明白人”1200名: the next year's count of the same thing.
    /// A change in a year (较上年增加490名) and a part (其中2024年成功1400件) are no such count.
    @Test func aYearAndAFigureCountTheThingNamedBefore() {
        #expect(extractor.facts(inBlock: "2020年，全市“法律明白人”1200名，2021年1500名，2022年为1860名，2023年达到2350名。").map(\.indicator)
            == Array(repeating: "legal_understanding_persons", count: 4))
        #expect(extractor.facts(inBlock: "全市开展法治宣传活动2,410场次，2023年较上年增加490场次。").map(\.indicator)
            == ["publicity_activities", nil])
        #expect(extractor.facts(inBlock: "2023年调解纠纷1200件，2024年1500件，其中2024年成功1400件。").map(\.indicator)
            == ["mediation_cases", "mediation_cases", nil])
    }

    /// 全省 names the area counted over: another level word names the thing's level.
    @Test func aLevelWordOutranksTheProvinceAsAWhole() {
        #expect(extractor.facts(inBlock: "目前全省有全国民主法治示范村（社区）58个。").map(\.indicator) == ["model_villages_national"])
        #expect(extractor.facts(inBlock: "全省有民主法治示范村30个。").map(\.scope) == [["省级"]])
    }

    @Test func catalogTermsFromReportsNotSeenBefore() throws {
        let fact = try #require(extractor.facts(inBlock: "全县共开展“送法下乡”活动86场次。").first)
        #expect(fact.indicator == "publicity_activities")
        let reached = extractor.facts(inBlock: "累计开展法治宣传活动2300余场次,覆盖群众达60余万人次。")
        #expect(reached.map(\.indicator) == ["publicity_activities", "audience"])
        let checkups = try #require(extractor.facts(inBlock: "开展法律体检服务企业320家次。").first)
        #expect(checkups.text == "320家次")
        #expect(checkups.unit == "家次")
        #expect(checkups.indicator == "enterprise_legal_checkups")
        let cases = try #require(extractor.facts(inBlock: "累计开展“以案释法”活动230余场次。").first)
        #expect(cases.indicator == "publicity_activities")
        let teams = try #require(extractor.facts(inBlock: "组建“法律明白人”宣讲队56支。").first)
        #expect(teams.indicator == "publicity_teams")
        let booklets = try #require(extractor.facts(inBlock: "发放宣传册1.2万册。").first)
        #expect(booklets.indicator == "materials_distributed")
        // A legal-service centre's premises are no media platform.
        let premises = try #require(extractor.facts(inBlock: "建成公共法律服务实体平台1362个。").first)
        #expect(premises.indicator == nil)
        let enforcement = try #require(extractor.facts(inBlock: "建立行政执法公示平台1个。").first)
        #expect(enforcement.indicator == nil)
        let responsible = try #require(extractor.facts(inBlock: "全市共有“谁执法谁普法”责任单位136家。").first)
        #expect(responsible.indicator == "responsibility_lists")
        let school = extractor.facts(inBlock: "开展“法治进校园”活动150场次,覆盖师生3.5万人次。")
        #expect(school.map(\.indicator) == ["publicity_activities", "audience"])
        // Terms the texts h31–h40 showed missing.
        #expect(extractor.facts(inBlock: "开展模拟法庭进校园活动30场次，吸引2100余名学生观摩。").map(\.indicator)
            == ["publicity_activities", "audience"])
        #expect(extractor.facts(inBlock: "组织各村开展“宪法早读”活动52场。").map(\.indicator) == ["publicity_activities"])
        #expect(extractor.facts(inBlock: "讲师团全年送教进村40次。").map(\.indicator) == ["lectures"])
        #expect(extractor.facts(inBlock: "在社区建成普法角18个。").map(\.indicator) == ["legal_culture_venues"])
        #expect(extractor.facts(inBlock: "调委会受理纠纷二十起，调成了十九起。").map(\.indicator) == ["mediation_cases", "mediation_cases"])
        #expect(extractor.facts(inBlock: "社区在普法上花了八千元左右。").map(\.indicator) == ["funding"])
        #expect(extractor.facts(inBlock: "开设普法专栏，全年推送内容36期。").map(\.indicator) == ["programmes_produced"])
        #expect(extractor.facts(inBlock: "全县41个部门单位在政府网站公布普法责任清单。").map(\.indicator)
            == ["responsibility_lists"], "the list outranks the site it is published on")
        #expect(extractor.facts(inBlock: "全市普法新媒体账号58个，其中微信公众号21个、视频号9个。").map(\.indicator)
            == ["media_platforms", nil, nil])
        #expect(extractor.facts(inBlock: "开通普法视频号13个，发布短视频260条。").map(\.indicator) == ["media_platforms", "videos_produced"])
        #expect(extractor.facts(inBlock: "发放答题证书3,000份。").map(\.indicator) == [nil])
        // Terms the texts h67–h76 showed missing or too wide.
        #expect(extractor.facts(inBlock: "组建宪法宣讲团,成员18名。").map(\.indicator) == ["rule_of_law_lecturers"])
        #expect(extractor.facts(inBlock: "由律师到企业授课，全年送课上门45次。").map(\.indicator) == ["lectures"])
        #expect(extractor.facts(inBlock: "投入普法阵地建设资金120万元，投入供水工程资金300万元。").map(\.indicator)
            == ["funding", nil])
        #expect(extractor.facts(inBlock: "全年召开依法治县委员会会议2次、守法普法协调小组会议3次。").map(\.indicator) == [nil, nil])
        #expect(extractor.facts(inBlock: "组织调解员参加心理疏导技能培训2期。").map(\.indicator) == [nil])
    }

    /// When the words right after a figure name its thing, a vetoing word before the
    /// figure is another thing's: here a mini-program's name.
    @Test func onlyTheNamingWordsAfterAFigureVetoIt() {
        #expect(extractor.facts(inBlock: "开通“江城公共法律服务”小程序等4个普法新媒体平台。").map(\.indicator)
            == ["media_platforms"])
        #expect(extractor.facts(inBlock: "建成4个公共法律服务实体平台。").map(\.indicator) == [nil])
    }

    @Test func aTotalAfterWhatWasAddedCountsTheSameThing() throws {
        let facts = extractor.facts(inBlock: "全市新增“法律明白人”500名,总数达到2100名。")
        #expect(facts.map(\.indicator) == ["legal_understanding_persons", "legal_understanding_persons"])
        #expect(facts.map(\.scope) == [["新增"], []])
        #expect(facts.map(\.subject) == ["法律明白人", "法律明白人"])
        // Only in the same sentence, and in the same unit.
        let apart = extractor.facts(inBlock: "全市新增“法律明白人”500名。总数达到2100名。")
        #expect(apart.last?.indicator == nil)
        let otherUnit = extractor.facts(inBlock: "全市新增“法律明白人”500名,总数达到2100人次。")
        #expect(otherUnit.last?.indicator == nil)
        let running = extractor.facts(inBlock: "选树“学法用法示范户”680户,全市累计达到2300户。")
        #expect(running.map(\.indicator) == ["model_households", "model_households"])
        #expect(running.map(\.scope) == [[], ["累计"]])
        // A verb that is no total's leaves the figure its own: 审结 counts other cases than 受理.
        let decided = extractor.facts(inBlock: "受理法律援助案件426件,审结400件。")
        #expect(decided.last?.indicator == nil)
    }

    @Test func aPartAfter其中CountsForNoIndicator() {
        let facts = extractor.facts(inBlock: "全市调解纠纷1.2万件,其中调解婚姻家庭纠纷2300件、邻里纠纷1800件。")
        #expect(facts.map(\.indicator) == ["mediation_cases", nil, nil])
    }

    /// A part breaks down the last whole in its own unit, not a rate said between them.
    @Test func aPartBelongsToTheWholeInItsUnit() {
        let facts = extractor.facts(inBlock: "全年调解矛盾纠纷2318件，调解成功率达到98.1%，其中化解重大疑难纠纷37件。")
        #expect(facts.map(\.indicator) == ["mediation_cases", "mediation_success_rate", nil])
        // 名 and 人 both count people.
        let people = extractor.facts(inBlock: "全县共有人民调解员512名，调解成功率97%，其中专职38人。")
        #expect(people.map(\.indicator) == ["people_mediators", "mediation_success_rate", nil])
        // A figure in another unit after the part is its own thing again.
        let other = extractor.facts(inBlock: "全市调解纠纷1200件，其中婚姻纠纷300件，培育法律明白人500名。")
        #expect(other.map(\.indicator) == ["mediation_cases", nil, "legal_understanding_persons"])
        // A sentence that opens with 其中 breaks down the sentence before.
        let next = extractor.facts(inBlock: "调解成功八十九件，成功率97.8%。其中婚姻家庭纠纷二十七件、邻里纠纷三十一件。")
        #expect(next.map(\.indicator) == ["mediation_cases", "mediation_success_rate", nil, nil])
        let unrelated = extractor.facts(inBlock: "调解成功八十九件。全市调解纠纷二十七件。")
        #expect(unrelated.map(\.indicator) == ["mediation_cases", "mediation_cases"])
    }

    /// A statistics line: the label before a colon names the thing, and the level,
    /// of figures that name none of their own; a figure that names its own keeps it.
    @Test func aLabelBeforeAColonNamesTheFigures() {
        let line = extractor.facts(inBlock: "法律明白人：3,216名")
        #expect(line.map(\.indicator) == ["legal_understanding_persons"])
        let levels = extractor.facts(inBlock: "市级民主法治示范村（社区）：新增15个，累计63个")
        #expect(levels.map(\.indicator) == ["model_villages_city", "model_villages_city"])
        #expect(levels.map(\.scope) == [["市级", "新增"], ["市级", "累计"]])
        let own = extractor.facts(inBlock: "另有：村级法治书屋126个。工作成效：培训骨干300名")
        #expect(own.map(\.indicator) == [nil, "trainees"])
        // A figure whose words name no indicator's thing takes the label's.
        let rate = extractor.facts(inBlock: "村（社区）法律顾问配备率：100%（共 245 个村〔社区〕）")
        #expect(rate.map(\.indicator) == [nil, "village_legal_advisers"])
        // A colon inside a quote introduces no label.
        let quoted = extractor.facts(inBlock: "加大“谢觉哉:新中国司法制度的奠基者”展览推广力度，共接受央视采访1次")
        #expect(quoted.map(\.indicator) == [nil])
        // A label with figures of its own is a clause, not a label.
        let clause = extractor.facts(inBlock: "全年开展普法活动300场：新增120场")
        #expect(clause.map(\.indicator) == ["publicity_activities", nil])
    }

    /// Two figures that each name their thing after them: the words between
    /// them are the first one's (…1,036名“法律明白人”和172名村（社区）法律顾问).
    @Test func theWordsBetweenTwoFiguresNamingTheirThingsAfterThemAreTheFirsts() {
        let facts = extractor.facts(inBlock: "依托全县1,036名“法律明白人”和172名村（社区）法律顾问，开展活动。")
        #expect(facts.map(\.indicator) == ["legal_understanding_persons", "village_legal_advisers"])
    }

    /// Spaces between a figure and its words (新增 35 个 法治文化阵地) are read past.
    @Test func aFigureSetApartBySpacesIsRead() {
        let facts = extractor.facts(inBlock: "新增 35 个 法治文化阵地，人民调解员 1,947 名")
        #expect(facts.map(\.value) == [35, 1947])
        #expect(facts.map(\.text) == ["35 个", "1,947 名"])
        #expect(facts.map(\.indicator) == ["legal_culture_venues", "people_mediators"])
        #expect(extractor.facts(inBlock: "2024 年 12 月").isEmpty, "a date stays a date")
    }

    /// 累计建成418个 after 新增35个法治文化阵地: the verb of a total names no other thing.
    @Test func aTotalsVerbAfterAnAdditionTotalsItsThing() {
        let facts = extractor.facts(inBlock: "新增法治文化阵地35个，累计建成418个。")
        #expect(facts.map(\.indicator) == ["legal_culture_venues", "legal_culture_venues"])
    }

    @Test func whatWasNewlyMadeIsScopedAsAdded() {
        let facts = extractor.facts(inBlock: "2023年新培养“法律明白人”2800名,全市“法律明白人”总数达到1.6万名。")
        #expect(facts.map(\.indicator) == ["legal_understanding_persons", "legal_understanding_persons"])
        #expect(facts.map(\.scope) == [["2023年度", "新增"], ["2023年度"]])
    }

    @Test func verbsAndAdverbsEndTheNounPhrase() throws {
        let added = try #require(extractor.facts(inBlock: "全市新增志愿者320名。").first)
        #expect(added.subject == "志愿者")
        let schools = try #require(extractor.facts(inBlock: "全市46所中小学全部配齐法治副校长。").first)
        #expect(schools.subject == "中小学")
        let offenders = try #require(extractor.facts(inBlock: "办理297名社区矫正对象的出入境备案。").first)
        #expect(offenders.subject == "社区矫正对象", "的 ends a noun phrase wherever it stands")
    }

    @Test func unmatchedFigureIsLabelledWithItsNoun() throws {
        let facts = extractor.facts(inBlock: "组织志愿者320名,维修路灯45盏,新建停车位60个。")
        let volunteers = try #require(facts.first)
        #expect(volunteers.indicator == nil)
        #expect(volunteers.label == "志愿者")
        #expect(facts.last?.label == "停车位", "新建 is the verb, as 组织 is")
    }

    @Test func numberFirstNounIsTheLabel() throws {
        let fact = try #require(extractor.facts(inBlock: "为1200余名外卖骑手提供岗前安全教育。").first)
        #expect(fact.label == "外卖骑手")
        #expect(fact.qualifier == .approxOver)
    }

    @Test func traditionalTextGetsTheSameIndicatorsAsSimplified() {
        let simplified = "全市培养“法律明白人”5120人,发放宣传资料3万余份,法治长廊18个。"
        let traditional = "全市培養「法律明白人」5120人,發放宣傳資料3萬余份,法治長廊18個。"
        let simplifiedFacts = extractor.facts(inBlock: simplified)
        let traditionalFacts = extractor.facts(inBlock: traditional)
        #expect(simplifiedFacts.map(\.indicator) == ["legal_understanding_persons", "materials_distributed",
                                                     "legal_culture_corridors"])
        #expect(traditionalFacts.map(\.indicator) == simplifiedFacts.map(\.indicator))
        #expect(traditionalFacts.map(\.value) == simplifiedFacts.map(\.value))
        // Text, clause and marks stay in the script the author used.
        #expect(traditionalFacts.map(\.text) == ["5120人", "3萬余份", "18個"])
        #expect(traditionalFacts.map { String(decoding: Array(traditional.utf8)[$0.utf8Range], as: UTF8.self) }
                == ["5120人", "3萬余份", "18個"])
        #expect(traditionalFacts.first?.quote == traditional)
    }

    @Test func peopleGroupOutranksTheActivityAroundIt() throws {
        let fact = try #require(extractor.facts(inBlock: "“法律明白人”线上培训平台注册450人。").first)
        #expect(fact.indicator == "legal_understanding_persons")
    }

    @Test func unitMustFitTheIndicator() throws {
        // 法律明白人 is named, but the figure counts sessions, not people.
        let fact = try #require(extractor.facts(inBlock: "开展“法律明白人”培训36场次。").first)
        #expect(fact.indicator == "training_sessions")
    }

    @Test func excludedSubsetIsNotTheTotal() {
        let facts = extractor.facts(inBlock: "全县共有人民调解员512名,其中专职人民调解员38名。")
        #expect(facts.map(\.indicator) == ["people_mediators", nil])
    }

    @Test func blockWithoutFiguresHasNoFacts() {
        #expect(extractor.facts(inBlock: "深入学习贯彻“八五”普法规划,落实“谁执法谁普法”责任制。").isEmpty)
        #expect(extractor.facts(inBlock: "").isEmpty)
    }
}

/// A clause that names only a level after a figure of a thing counted by level.
@Suite struct LevelAloneTests {
    let extractor: FactExtractor

    init() throws {
        extractor = FactExtractor(catalog: try TestFiles.catalog())
    }

    @Test func aLevelAloneCountsTheThingNamedBeforeAtItsLevel() {
        let facts = extractor.facts(inBlock: "成功创建全国民主法治示范村1个、省级民主法治示范村（社区）4个，市级12个。")
        #expect(facts.map(\.indicator) == ["model_villages_national", "model_villages_provincial", "model_villages_city"])
        #expect(facts.map(\.scope) == [["全国"], ["省级"], ["市级"]])
    }

    @Test func aChainOfLevelsKeepsTheThingOfTheFirst() {
        let facts = extractor.facts(inBlock: "新增国家级民主法治示范村2个，自治区级9个，市级15个。")
        #expect(facts.map(\.indicator) == ["model_villages_national", "model_villages_provincial", "model_villages_city"])
    }

    @Test func aLevelWithNoIndicatorOfItsOwnIsNoTotal() {
        let facts = extractor.facts(inBlock: "全县共创建省级民主法治示范村7个，市级民主法治示范村23个，县级31个。")
        #expect(facts.map(\.indicator) == ["model_villages_provincial", "model_villages_city", nil])
        let parks = extractor.facts(inBlock: "建成省级法治文化公园2个，市级5个。")
        #expect(parks.map(\.indicator) == ["legal_culture_parks", "legal_culture_parks"])
    }

    @Test func aLevelWithWordsOfItsOwnOrInAnotherSentenceBorrowsNothing() {
        let ownWords = extractor.facts(inBlock: "创建省级民主法治示范村4个，市级停车场12个。")
        #expect(ownWords.map(\.indicator) == ["model_villages_provincial", nil])
        let nextSentence = extractor.facts(inBlock: "创建省级民主法治示范村4个。市级12个。")
        #expect(nextSentence.map(\.indicator) == ["model_villages_provincial", nil])
        let goal = extractor.facts(inBlock: "创建省级民主法治示范村4个，力争市级12个。")
        #expect(goal.map(\.indicator) == ["model_villages_provincial", nil])
    }

    /// A clause of a place's name and a figure is that place's count of the thing named
    /// before, in a unit of its own if the thing takes it; never in a part's breakdown.
    @Test func aPlaceAloneCountsTheThingNamedBefore() {
        let parks = extractor.facts(inBlock: "分镇看，石桥镇建成法治文化公园5个，河口镇2个，松岭乡1座。")
        #expect(parks.map(\.indicator) == ["legal_culture_parks", "legal_culture_parks", "legal_culture_parks"])
        let parts = extractor.facts(inBlock: "全县培育法律明白人900名，其中石桥镇210名，河口镇150名。")
        #expect(parts.map(\.indicator) == ["legal_understanding_persons", nil, nil])
        let ownWords = extractor.facts(inBlock: "石桥镇建成法治文化公园5个，河口镇停车场2个。")
        #expect(ownWords.map(\.indicator) == ["legal_culture_parks", nil])
    }
}

/// Words of other regions' reports: 宗 counts cases, as 件 and 起 do; a period ends a label.
@Suite struct RegionalWordingTests {
    let extractor: FactExtractor

    init() throws {
        extractor = FactExtractor(catalog: try TestFiles.catalog())
    }

    @Test func casesCountedIn宗() {
        let facts = extractor.facts(inBlock: "全年办理法律援助案件2,413宗，调解矛盾纠纷8,756宗。")
        #expect(facts.map(\.indicator) == ["legal_aid_cases", "mediation_cases"])
        #expect(facts.map(\.unit) == ["宗", "宗"])
    }

    /// Meetings that study the publicity work are no publicity activity.
    @Test func meetingsOnTheWorkAreNoActivity() {
        let facts = extractor.facts(inBlock: "区委常委会会议专题研究普法工作3次，开展普法宣传活动210场次。")
        #expect(facts.map(\.indicator) == [nil, "publicity_activities"])
        let meeting = extractor.facts(inBlock: "召开全区普法工作推进会2次。")
        #expect(meeting.map(\.indicator) == [nil])
    }

    /// A clause that names only a total counts the thing the sentence named before it.
    @Test func aTotalOfTheThingNamedEarlierInTheSentence() {
        let facts = extractor.facts(inBlock: "全区43个乡镇（街道）、452个村（社区）全部配备“法律明白人”，总数达到2,712名。")
        #expect(facts.map(\.indicator) == [nil, nil, "legal_understanding_persons"])
        // Another unit, or a total in another sentence, takes nothing.
        let otherUnit = extractor.facts(inBlock: "全部配备“法律明白人”，总数达到52个。")
        #expect(otherUnit.map(\.indicator) == [nil])
        let otherSentence = extractor.facts(inBlock: "全部配备“法律明白人”。总数达到2,712名。")
        #expect(otherSentence.map(\.indicator) == [nil])
    }

    /// A change against an earlier figure is no total.
    @Test func aChangeIsNoTotal() {
        let facts = extractor.facts(inBlock: "公众号关注人数较年初增加4000余人，总数突破3.6万人。")
        #expect(facts.map(\.indicator) == [nil, "media_followers"])
        let noComparison = extractor.facts(inBlock: "全年新增法律明白人320名。")
        #expect(noComparison.map(\.indicator) == ["legal_understanding_persons"])
        let contest = extractor.facts(inBlock: "普法竞赛比赛增加12场。")
        #expect(contest.map(\.indicator) == ["publicity_activities"], "比赛 compares nothing")
    }

    /// 至少培养5名: a lower bound before the verb of its number.
    @Test func aBoundBeforeTheVerb() {
        let facts = extractor.facts(inBlock: "每个村(社区)至少培养5名“法律明白人”，全年不少于开展12场。")
        #expect(facts.map(\.qualifier) == [.atLeast, .atLeast])
        #expect(extractor.facts(inBlock: "至今培养5名。").map(\.qualifier) == [.exact])
    }

    /// Words the held-out texts used: 巡讲 for lectures, 参考 for those who sat an exam, 法治文化一条街.
    @Test func lectureToursExamTakersAndStreets() {
        let facts = extractor.facts(inBlock: "开展“法治进校园”巡讲110场，组织法律知识考试2场，参考96人，打造“法治文化一条街”4条。")
        #expect(facts.map(\.indicator) == ["lectures", nil, "audience", "legal_culture_corridors"])
    }

    /// 授课: lessons given are lectures, whoever gave them.
    @Test func lessonsGivenAreLectures() {
        #expect(extractor.facts(inBlock: "法治副校长累计授课3,560场次，覆盖师生逾百万人次。").map(\.indicator)
            == ["lectures", "audience"])
    }

    @Test func callsToTheHotlineAreConsultations() {
        #expect(extractor.facts(inBlock: "全年接听12348热线来电1900余通。").map(\.indicator) == ["legal_consultations"])
        #expect(extractor.facts(inBlock: "季度接听量：8,650通").map(\.indicator) == ["legal_consultations"])
        #expect(extractor.facts(inBlock: "开设社区矫正对象心理服务热线1条。").map(\.indicator) == [nil], "a line is no call")
    }

    /// An average (年均, 户均, 平均) is a figure per unit, as 人均 is: no indicator.
    @Test func averagesAreFiguresPerUnit() {
        let facts = extractor.facts(inBlock: "累计投入普法经费380万元，年均76万元。")
        #expect(facts.map(\.indicator) == ["funding", nil])
        #expect(facts.last?.scope == ["年均"])
        let daily = extractor.facts(inBlock: "热线全年接听来电3.1万通，日均接听85通；当日均办结咨询12件。")
        #expect(daily.map(\.indicator) == ["legal_consultations", nil, "legal_consultations"])
        #expect(daily[1].scope.contains("日均"))
    }

    /// 专兼职 is full-time and part-time together: the whole, where either alone is a part.
    @Test func fullAndPartTimeTogetherAreTheWhole() {
        let facts = extractor.facts(inBlock: "专兼职调解员1,024人，其中兼职调解员800人，专职调解员224人。")
        #expect(facts.map(\.indicator) == ["people_mediators", nil, nil])
    }

    /// 通 counts calls; 成千上万 is "countless", no figure.
    @Test func callsAndCountlessPeople() {
        let facts = extractor.facts(inBlock: "全市公共法律服务热线共接听咨询电话4.2万通，成千上万的群众受益，通过网络答题3万人次。")
        #expect(facts.map(\.text) == ["4.2万通", "3万人次"])
        #expect(facts.first?.indicator == "legal_consultations")
    }

    /// A 、 inside parentheses lists what the noun covers; 讨回 ends a noun; 观众 are an
    /// audience; what is handed out (发放) and books sent are materials.
    @Test func parenthesesVerbsAudiencesAndMaterials() {
        let centres = extractor.facts(inBlock: "全市法律服务中心（站、室）达到1,402个。")
        #expect(centres.first?.subject == "法律服务中心（站、室）")
        let wages = extractor.facts(inBlock: "为120名农民工讨回欠薪860余万元。")
        #expect(wages.map(\.subject) == ["农民工", "欠薪"])
        let show = extractor.facts(inBlock: "举办普法文艺汇演15场，观众达1.2万人次；发放普法年画、台历等2万份，配送法律图书1.2万册。")
        #expect(show.map(\.indicator) == ["publicity_activities", "audience", "materials_distributed", "materials_distributed"])
    }

    /// Those who came to a training are its trainees, whatever else they are; volunteers of
    /// several trades are no mediators; an open day is a publicity event, a quiz's answers
    /// its audience, a public-service advert in 部 a video, and a stage show an event.
    @Test func trainingsOpenDaysQuizzesAndShows() {
        #expect(extractor.facts(inBlock: "312名“法律明白人”骨干参加培训。").map(\.indicator) == ["trainees"])
        #expect(extractor.facts(inBlock: "各乡镇调委会主任、村（社区）调解员210余人参训。").map(\.indicator) == ["trainees"])
        #expect(extractor.facts(inBlock: "组织律师、公证员、人民调解员等法律服务志愿者60余名走进社区。").map(\.indicator) != ["people_mediators"])
        #expect(extractor.facts(inBlock: "开展“检察开放日”活动8次。").map(\.indicator) == ["publicity_activities"])
        #expect(extractor.facts(inBlock: "参与答题群众达4.37万人，累计答题10.2万人次。").map(\.indicator) == ["audience", "audience"])
        #expect(extractor.facts(inBlock: "涉及集资参与人2,170余人。").map(\.indicator) == [nil])
        #expect(extractor.facts(inBlock: "制作网络安全公益广告3部。").map(\.indicator) == ["videos_produced"])
        #expect(extractor.facts(inBlock: "演出防非主题文艺节目48场。").map(\.indicator) == ["publicity_activities"])
    }

    /// A team that talks about the fire law is a publicity team, a fire brigade is not; the
    /// people a publicity reached are its audience.
    @Test func fireLawTeamsAndThePeopleAPublicityReached() {
        #expect(extractor.facts(inBlock: "组建“消防法”宣讲小分队12支，志愿消防队58支。").map(\.indicator) == ["publicity_teams", nil])
        #expect(extractor.facts(inBlock: "“法律明白人”入户开展法治宣传1.1万余人次。").map(\.indicator) == ["audience"])
        #expect(extractor.facts(inBlock: "配备法治宣传员120名。").map(\.indicator) == [nil])
    }

    /// An office's running costs in its accounts are no 普法 funding; files read in an
    /// inspection are no materials handed out.
    @Test func runningCostsAndFilesReadAreNoIndicators() {
        #expect(extractor.facts(inBlock: "基本支出820.36万元，其中：人员经费702.18万元，公用经费118.18万元。").map(\.indicator) == [nil, nil, nil])
        #expect(extractor.facts(inBlock: "“三公”经费支出决算为12.36万元，机关运行经费支出118.18万元。").map(\.indicator) == [nil, nil])
        #expect(extractor.facts(inBlock: "其中普法宣传专项经费86.30万元。").map(\.indicator) == ["funding"])
        #expect(extractor.facts(inBlock: "验收组查阅了工程技术资料183份。").map(\.indicator) == [nil])
    }

    @Test func aPeriodWordEndsALabel() {
        let facts = extractor.facts(inBlock: "全市1360个人民调解委员会上半年共调解纠纷2,856件。")
        #expect(facts.first?.subject == "人民调解委员会")
    }

    /// A paragraph's English translation under it repeats its figures; the Chinese states them.
    @Test func aBlockWithNoChineseStatesNoFigures() {
        #expect(extractor.facts(inBlock: "Mediation reached a success rate of 98.0%, up 8.6% year on year.").isEmpty)
        #expect(extractor.facts(inBlock: "调解成功率98.0%（success rate）。").map(\.indicator) == ["mediation_success_rate"])
    }
}
