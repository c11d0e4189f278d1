import Indicators
import Testing

/// What a figure counts when its sentence breaks a whole into parts, turns to
/// goals, or names only a total. Sentences written for these tests, in the
/// shapes the held-out texts h7–h10 showed (not taken from them).
@Suite struct PartsGoalsAndTotalsTests {
    let extractor: FactExtractor

    init() throws {
        extractor = FactExtractor(catalog: try TestFiles.catalog())
    }

    func indicators(_ block: String) -> [String?] {
        extractor.facts(inBlock: block).map(\.indicator)
    }

    /// A converter's pinyin inside a term (經(jīng)費) no longer hides it; the figure's text stays as written.
    @Test func pinyinGlossesInsideTerms() throws {
        let facts = extractor.facts(inBlock: "全年區(qū)級財政安排普法專項經(jīng)費86萬元,全區(qū)人民調(diào)解員930名。")
        #expect(facts.map(\.indicator) == ["funding", "people_mediators"])
        #expect(facts.map(\.text) == ["86萬元", "930名"])
        #expect(facts.first?.quote.contains("經(jīng)費") == true)
        #expect(indicators("提供法律諮詢2.4萬人次") == ["legal_consultations"])
    }

    @Test func aPartAtALevelIsThatLevelsTotal() {
        #expect(indicators("建成民主法治示范村(社区)52个,其中全国级1个、省级9个。")
            == ["model_villages", "model_villages_national", "model_villages_provincial"])
        #expect(indicators("全市民主法治示范村（社区）80个，其中国家级、省级、市级分别为3、17、41个，县级19个。")
            == ["model_villages", "model_villages_national", "model_villages_provincial", "model_villages_city", nil])
        let respective = extractor.facts(inBlock: "其中国家级、省级分别为3、17个。")
        #expect(respective.map(\.value) == [3, 17])
        #expect(respective.map(\.unit) == ["个", "个"])
    }

    /// A parenthesis of figures right after a figure breaks it down, as 其中 does: its
    /// levels do not level the whole, its first item is read as a list's first, and its
    /// parts of the whole's own thing are no total.
    @Test func aParenthesisOfFiguresBreaksTheFigureBeforeItDown() {
        #expect(indicators("累计创建民主法治示范村（社区）57个（全国级2个、省级12个、市级43个）。")
            == ["model_villages", "model_villages_national", "model_villages_provincial", "model_villages_city"])
        let parts = extractor.facts(inBlock: "受教育群众达52.6万人次（线下38.1万人次、线上14.5万人次），人民调解员1,506名（专职调解员92名）。")
        #expect(parts.map(\.indicator) == ["audience", nil, nil, "people_mediators", nil])
        #expect(parts.map(\.label).dropFirst().first == "线下")
        #expect(indicators("建成法治文化阵地326个（法治文化公园（广场）18个、法治长廊64条）。")
            == ["legal_culture_venues", "legal_culture_parks", "legal_culture_corridors"])
        #expect(indicators("全县“法律明白人”4,862名（城关镇612名、石桥镇587名）。") == ["legal_understanding_persons", nil, nil])
    }

    /// What is no breakdown: a parenthesis of words, one set apart from the figure, a
    /// figure that a parenthesis encloses with its noun, the figures after it closes, and
    /// a parenthesis that writes the figure again in digits.
    @Test func whatIsNoBreakdown() {
        #expect(indicators("全县选聘法治副校长156名（覆盖全县中小学），开展法治讲座312场。") == ["rule_of_law_vice_principals", "lectures"])
        #expect(indicators("培育“法律明白人”4,862名（截至11月底），开展法治宣传活动1,326场次。")
            == ["legal_understanding_persons", "publicity_activities"])
        #expect(indicators("新建法治文化公园（2024年新建4个），法治长廊64条。") == ["legal_culture_parks", "legal_culture_corridors"])
        #expect(indicators("人民调解员1,506名（专职调解员92名），调解矛盾纠纷3,412件。") == ["people_mediators", nil, "mediation_cases"])
        #expect(indicators("各乡镇自筹普法经费合计叁万贰仟元（¥32,000.00）。") == ["funding", "funding"])
    }

    /// Parts of the whole's own thing are no total; parts that are another
    /// indicator's thing are its total.
    @Test func partsCountOnlyAsAnotherThing() {
        #expect(indicators("全年开设法治课412场次，其中入监教育法治课96场。") == ["lectures", nil],
                "场 and 场次 count the same events")
        #expect(indicators("发放普法资料一万二千余份，其中民法典口袋书3000册。") == ["materials_distributed", nil],
                "份 and 册 count the same copies")
        #expect(indicators("今年新建法治文化阵地共25处，其中法治文化广场6个、法治长廊9条。")
            == ["legal_culture_venues", "legal_culture_parks", "legal_culture_corridors"])
        #expect(indicators("全县人民调解组织310个,其中乡镇人民调解委员会18个、村人民调解委员会270个,企业人民调解委员会22个。")
            == ["mediation_organisations", nil, nil, nil])
        #expect(indicators("全县建成人民调解委员会305个（含专业性调解委员会19个）。") == ["mediation_organisations", nil])
        #expect(indicators("现有法治宣传教育基地9个（省级2个、市级3个）。") == ["education_bases", nil, nil])
        #expect(indicators("建成省级法治文化公园2个，市级5个。") == ["legal_culture_parks", "legal_culture_parks"],
                "items at a level of a thing named at a level stay")
        #expect(indicators("全区860名人民调解员(其中专职调解员41名)参与排查。") == ["people_mediators", nil])
    }

    /// A part that names a period the whole does not is that period's total.
    @Test func aRegionsTotalAfterTheYearsNewOnes() {
        #expect(indicators("今年新培育“法律明白人”两千三百余名，全市总数已经超过一万一千名。")
            == ["legal_understanding_persons", "legal_understanding_persons"])
        #expect(indicators("全县新增学法用法示范户120户，全县总数已达1860户。") == ["model_households", "model_households"])
        #expect(indicators("今年新培育“法律明白人”2300名，全市总数已经超过一万一千人次。")
            == ["legal_understanding_persons", nil], "a total in another unit totals something else")
    }

    @Test func whatTheSpeakerOfADutyReportDidInPerson() {
        let own = extractor.facts(inBlock: "本人深入机关、学校讲授法治课4场，听课干部群众共620余人次。")
        #expect(own.map(\.indicator) == [nil, nil])
        #expect(own.allSatisfy { $0.scope.contains("本人") })
        #expect(indicators("三是本人带头参加集中宣传活动5次。") == [nil], "after an item's 三是")
        #expect(indicators("全县开展法治讲座120场，本人讲授4场。").first == "lectures",
                "only a sentence whose subject is the speaker")
    }

    @Test func aLevelAndThoseAboveItIsNoSingleLevel() {
        let facts = extractor.facts(inBlock: "全市累计创建市级以上民主法治示范村（社区）286个。")
        #expect(facts.map(\.indicator) == ["model_villages"])
        #expect(facts.first?.level == nil)
        #expect(facts.first?.scope.first == "市级以上")
        #expect(indicators("省级及以上民主法治示范村12个，市级民主法治示范村30个。") == ["model_villages", "model_villages_city"])
    }

    @Test func aPartInAPeriodOfItsOwnIsThatPeriodsTotal() {
        let facts = extractor.facts(inBlock: "规划期内全市累计投入普法经费1.36亿元，其中2025年投入普法经费2860万元。")
        #expect(facts.map(\.indicator) == ["funding", "funding"])
        #expect(facts.last?.scope.contains("2025年度") == true)
        #expect(indicators("2025年全市投入普法经费1.36亿元，其中市级投入普法经费2860万元。") == ["funding", nil],
                "a part in the whole's own period is still a part")
    }

    @Test func goalsFromWhereTheSentenceTurnsToThem() {
        #expect(indicators("力争到2026年，全县“法律明白人”总数达到4000名以上；普法讲师团扩充至60人左右。") == [nil, nil])
        #expect(indicators("二是提升阵地建设，计划新建法治文化公园6个、法治长廊15条，推动省级民主法治示范村达到20个。")
            == [nil, nil, nil])
        #expect(indicators("按照年度学法计划开展法治讲座36场。") == ["lectures"], "a plan named is no goal")
        #expect(indicators("下一步，街道将新建法治文化公园6个。") == [nil])
        #expect(indicators("为下一步工作打下基础，全年开展法治宣传活动12场。") == ["publicity_activities"])
        #expect(indicators("每年开展“法治进企业”宣讲不少于80场。") == [nil], "a norm per year")
        #expect(indicators("每年组织服刑人员参加法律常识考试两次。") == [nil], "how often, in a year")
        #expect(indicators("每年开展法治宣传活动300余次。") == ["publicity_activities"], "how much, in a year")
        let each = extractor.facts(inBlock: "溪口镇、城东街道参加知识竞赛人数均突破5000人，全县参赛4.3万人。")
        #expect(each.map(\.indicator) == [nil, "audience"], "均: each place's count, not their total")
        #expect(each.first?.scope == ["均"])
        let bound = extractor.facts(inBlock: "每个行政村至少培育学法用法示范户8户。")
        #expect(bound.map(\.qualifier) == [.atLeast], "至少 before the verb and its object")
        #expect(bound.map(\.indicator) == [nil])
        #expect(indicators("全年开展法治宣传活动230场。") == ["publicity_activities"])
    }

    @Test func totalsAndStartingPoints() {
        #expect(indicators("全县38所中小学全部配齐法治副校长,共41名。") == [nil, "rule_of_law_vice_principals"])
        #expect(indicators("新遴选“法律明白人”320名，使总数达到2980名。")
            == ["legal_understanding_persons", "legal_understanding_persons"])
        #expect(indicators("县普法讲师团成员由规划初期的18人调整充实至27人。") == [nil, "rule_of_law_lecturers"])
        #expect(indicators("单条视频最高播放量超200万，全年总播放量达1.4亿次。") == [nil, "media_reach"])
        #expect(indicators("律师一天最多接待了60多人次的咨询，全年解答法律咨询1,470人次。") == [nil, "legal_consultations"])
        #expect(indicators("纳入清单管理的单位达47家。") == ["responsibility_lists"])
        #expect(indicators("从船老大中选育“渔民法律明白人”，目前全县已培育268名。") == ["legal_understanding_persons"],
                "a clause of a time, the region and a verb counts what the clause before named")
        #expect(extractor.facts(inBlock: "督促整改问题案卷23卷。").map(\.unit) == ["卷"])
    }

    /// What there is now, said in a goal as where it starts, counts: 现有 before the
    /// figure with no word of change between.
    @Test func aGoalsStartingPointIsWhatThereIsNow() {
        #expect(indicators("力争到2026年，全县示范户在现有2,140户的基础上再提升一步。") == ["model_households"])
        #expect(indicators("力争到2026年，讲师团成员在现有基础上再增加50名。") == [nil], "what is added is the goal")
        #expect(extractor.facts(inBlock: "全区现有1,846名法律明白人。", inPlan: true).map(\.indicator) == ["legal_understanding_persons"])
        // Under next year's demands, what is already done (已经) is this year's figure.
        let done = extractor.facts(inBlock: "今年已经聘任法治副校长58名，明年要做到每月到校授课1次。", inPlan: true)
        #expect(done.map(\.indicator) == ["rule_of_law_vice_principals", nil])
        #expect(extractor.facts(inBlock: "明年再聘任法治副校长20名。", inPlan: true).map(\.indicator) == [nil])
    }

    /// 其中 alone in its clause makes the parts after it parts, as in their own clause.
    @Test func aLonePartWordOpensTheParts() {
        #expect(indicators("全县共有人民调解组织1,210个。其中，村（社区）人民调解委员会1,050个；乡镇人民调解委员会88个。")
            == ["mediation_organisations", nil, nil])
    }

    /// A clause of a period and a verb names no thing: the clause before does.
    @Test func anActsClauseCountsTheThingOfTheClauseBefore() {
        #expect(indicators("区财政把普法经费列入预算，全年安排62万元。") == ["funding"])
        #expect(indicators("调解员参加了三期培训，一共二十四人次。") == ["training_sessions", "trainees"])
        #expect(indicators("各乡镇深入开展法治宣传，全年开展320场。") == ["publicity_activities"])
        #expect(indicators("全县深入开展法治宣传，参观人数1200人。") == ["audience"], "a clause that names its own thing keeps it")
        #expect(indicators("全镇现有“法律明白人”402名，今年新培育了61名。") == ["legal_understanding_persons", "legal_understanding_persons"],
                "新, like 共 and 已, is the verb's")
    }

    /// A part under 其中 counted in 起 breaks down a whole counted in 件: both count cases.
    @Test func casesCountedInJianOrQiAreOneKind() {
        #expect(indicators("全镇调解纠纷388件，其中化解重大疑难纠纷十二起。") == ["mediation_cases", nil])
    }

    /// A sentence that breaks a thing down by kind (从…看, 按…分) lists its parts: figures of
    /// one indicator there count for none; figures of different ones keep theirs.
    @Test func aBreakdownByKindListsParts() {
        #expect(indicators("从纠纷类型看，婚姻家庭纠纷1,210件，占20.5%；邻里纠纷980件；其他纠纷430件。") == [nil, nil, nil, nil])
        #expect(indicators("从活动类型看，开展法治讲座86场、宣传活动210场。") == ["lectures", "publicity_activities"])
        #expect(indicators("按组织类别分，村（社区）调委会310个，企业调委会25个。") == [nil, nil])
        #expect(indicators("按纠纷类别（赡养纠纷计入婚姻家庭类）：婚姻家庭18件；邻里纠纷23件；其他6件。") == [nil, nil, nil])
        #expect(indicators("按月统计，1月调解纠纷12件，2月调解纠纷9件。") == [nil, nil])
    }

    /// A figure whose clause ends in 中 (among) is the whole of the figures after it.
    @Test func aFigureAmongWhichOthersAreParts() {
        #expect(indicators("全市受理的2.6万件矛盾纠纷中，有3,100件由“法律明白人”参与化解。") == ["mediation_cases", nil])
        #expect(indicators("全市230个法治宣传教育基地中，青少年法治教育基地有41个。") == ["education_bases", nil])
    }

    @Test func aFigureNamedAsAGoalIsOne() {
        let facts = extractor.facts(inBlock: "实现了法律明白人总数突破2,500名的目标。")
        #expect(facts.map(\.indicator) == [nil])
        #expect(facts.map(\.scope) == [["目标"]])
    }

    /// Places that lack a thing (尚未, 没有) do not count it; 未成年人 denies nothing.
    @Test func placesThatLackAThingDoNotCountIt() {
        #expect(indicators("全县还有18个村尚未创建民主法治示范村。") == [nil])
        #expect(indicators("全县创建民主法治示范村18个，未成年人法治教育基地3个。") == ["model_villages", "education_bases"])
    }

    /// A colon after 包括 or 如下 leads a list of kinds, and names none of them.
    @Test func aColonAfterIncludesIsNoLabel() {
        #expect(indicators("服务团提供的服务主要包括：解答法律咨询1,600人次；代理诉讼案件25件。") == ["legal_consultations", nil])
    }

    /// A speech's "we must" (a sentence that opens with 要) and a clause that opens with 确保
    /// state goals; 确保 only for its own clause.
    @Test func whatASpeechSaysMustBeDoneIsAGoal() {
        #expect(indicators("要聚焦重点人群，年内组织法治宣传活动不少于900场，调解成功率保持在95%以上。") == [nil, nil])
        #expect(indicators("将普法列入年度目标考核，确保普法专项经费不少于120万元。") == [nil])
        #expect(indicators("确保人员选得准、用得上；全区共建成省级民主法治示范村12个。") == ["model_villages_provincial"])
        #expect(indicators("要求各单位开展法治讲座40场。") == ["lectures"], "要求 is no must")
    }

    /// Only a change stands in a clause of a verb of change and a figure after a figure of
    /// the same unit (a table's row: 2023年14个，2024年17个，增加3个); a plus sign is no formula.
    @Test func aChangeAfterTheFiguresItCompares() {
        #expect(indicators("法治文化公园：2023年11个，2024年15个，增加4个。") == ["legal_culture_parks", "legal_culture_parks", nil])
        #expect(indicators("全区新建法治长廊8条，增加法治文化公园3个。") == ["legal_culture_corridors", "legal_culture_parks"])
        let signed = extractor.facts(inBlock: "法治宣传活动：2023年980场，2024年1,120场，增减+14.3%。")
        #expect(signed.map(\.text) == ["980场", "1,120场", "14.3%"])
    }

    /// 每月 (每周, 每季度) before a figure: a frequency at any bound, never a year's total.
    @Test func aFigurePerMonthIsAFrequency() {
        #expect(indicators("乡镇卫生院每周开展2次法治讲座，全年开展法治讲座48场。") == [nil, "lectures"])
        #expect(indicators("每年开展法治讲座24场。") == ["lectures"], "每年 at no bound may be the year's total")
        #expect(extractor.facts(inBlock: "兼职法治辅导员每学期进校讲课不少于2次。").map(\.scope) == [["每学期"]])
    }

    /// An act's clause with the speaker or 了 (我们去了2期, 全年推了52期) names no thing either,
    /// and may count the thing named two clauses before when neither clause holds a figure.
    @Test func anActsClauseLooksPastAClauseThatNamesNothing() {
        #expect(indicators("区里办的调解员培训，我们参加了2期。") == ["training_sessions"])
        #expect(indicators("村里办了个“田坎说法”广播栏目，逢集播出，全年播出了36期。") == ["programmes_produced"])
        #expect(indicators("社区开展法治讲座6场，每周更新，全年推了48期。") == ["lectures", nil],
                "not past a clause with a figure")
        #expect(indicators("在单位内刊开设“以案说法”专栏，全年刊发24期。") == ["programmes_produced"], "刊发, issued")
        #expect(indicators("开设《法槌说》普法栏目，全年更新52期，拍摄短视频38部。") == ["programmes_produced", "videos_produced"],
                "更新, updated")
        #expect(indicators("各单位制定普法责任清单，已向社会公布46个。") == ["responsibility_lists"], "向社会公布, made public")
        #expect(indicators("各单位制定普法责任清单，已向社会公布典型案例12个。") == [nil], "not when the act names its own thing")
    }

    /// 报告会: a talk to an audience, as a lecture is (以案释法报告会).
    @Test func aTalkIsALecture() {
        #expect(indicators("开展法治讲座、以案释法报告会5,800余场，发放各类普法资料186.4万份。")
            == ["lectures", "materials_distributed"])
    }

    /// A line of statistics under a heading that names its thing (② 民主法治示范村 / 全国 3个)
    /// takes the heading as its label; a figure that names its own thing keeps it.
    @Test func aHeadingNamesTheThingOfTheLinesUnderIt() throws {
        func under(_ heading: String, _ line: String) -> [String?] {
            extractor.facts(inBlock: line, under: heading).map(\.indicator)
        }
        #expect(indicators("省级 9个") == [nil])
        #expect(under("② 民主法治示范村（社区）", "省级 9个") == ["model_villages_provincial"])
        #expect(under("民主法治示范村", "2025年新增国家级示范村 1个") == ["model_villages_national"])
        #expect(under("村（社区）法律顾问", "覆盖318个村（社区）") == ["village_legal_advisers"])
        #expect(under("① 法律明白人", "新培育 520名") == ["legal_understanding_persons"])
        #expect(under("① 法律明白人", "法治文化公园 4个") == ["legal_culture_parks"], "its own thing")
        #expect(under("03 民主法治示范村", "省级 9个") == [nil], "a heading with a figure names none")
        #expect(under("民主法治示范村", "今年以来，全县扎实推进示范创建，省级新增9个，成效明显。") == [nil],
                "a sentence, not a line of statistics")
        // What a reader is shown is the line's own words, and its figure's place in them.
        let line = "全国 2个"
        let fact = try #require(extractor.facts(inBlock: line, under: "民主法治示范村").first)
        #expect(fact.quote == line)
        #expect(String(decoding: Array(line.utf8)[fact.utf8Range], as: UTF8.self) == "2个")
    }

    /// A label that ends in 目标 before a colon sets goals (a task list's 目标 column); the
    /// result beside it does not.
    @Test func aLabelEndingInAGoalSetsGoals() {
        #expect(indicators("法治文化阵地建设的目标：新建法治长廊3条。法治文化阵地建设的完成情况：建成法治长廊4条。")
            == [nil, "legal_culture_corridors"])
        #expect(indicators("年度目标：开展法治宣传活动300场。") == [nil])
        #expect(indicators("目标任务完成情况：开展法治宣传活动320场。") == ["publicity_activities"], "目标 inside the label")
    }

    /// A year's target beside what was done (326场次（年度目标不少于300场次）) is a goal.
    @Test func aYearsTargetBesideTheResultIsAGoal() {
        #expect(indicators("开展法治宣传活动326场次（年度目标不少于300场次）。") == ["publicity_activities", nil])
        #expect(indicators("完成年度各项任务，开展法治宣传活动326场次。") == ["publicity_activities"])
    }

    /// In a table's row written out (柘塘社区：参训学员18名，考核合格17名), a figure whose
    /// column names nothing takes no thing from another column; a statistics line's figures
    /// after 新增 or 累计 still take the label's (示范村：新增15个，累计63个).
    @Test func aRowsColumnsDoNotLendTheirThings() {
        #expect(indicators("柘塘社区：参训学员18名，考核合格17名。") == ["trainees", nil])
        #expect(indicators("市级民主法治示范村（社区）：新增15个，累计63个。") == ["model_villages_city", "model_villages_city"])
        #expect(indicators("峤东区：调解组织214个，调解员1326人，受理案件3842件。")
                == ["mediation_organisations", "people_mediators", "mediation_cases"])
    }

    /// A sentence that opens with 其中 and a colon (a table's sub-row written out) holds parts.
    @Test func aSubRowAfterItsWholeIsAPart() {
        #expect(indicators("法律援助案件：本季度1,127件，累计3,264件。其中：刑事法律援助：本季度412件，累计1,198件。")
                == ["legal_aid_cases", "legal_aid_cases", nil, nil])
    }

    /// 吸收…29名 after a group formed counts its members.
    @Test func membersTakenIntoTheGroupTheClauseBeforeFormed() {
        #expect(indicators("组建青年普法讲师团，招募法律专业志愿者34名。") == ["rule_of_law_lecturers"])
    }

    @Test func membersOfTheGroupTheClauseBeforeMade() {
        #expect(indicators("全市组建普法讲师团41个，成员960名，开展宣讲300场。")
            == [nil, "rule_of_law_lecturers", "publicity_activities"])
        #expect(indicators("组建普法宣传队12支，队员230人。") == ["publicity_teams", nil],
                "members of a publicity team are no indicator's people")
        #expect(indicators("市级普法讲师团是我们的专业队伍，现在成员有一百二十名，基本上都是法官。") == ["rule_of_law_lecturers"],
                "as said aloud: the time it stands at, and 有")
    }

    /// 涉及…单位: the offices the act of the clause before involves.
    @Test func theOfficesAnActInvolves() {
        #expect(indicators("禾田县公布年度普法责任清单，涉及县直单位58家。") == ["responsibility_lists"])
        #expect(indicators("禾田县开展普法宣传，涉及县直单位58家。") == [nil], "an act that counts no offices")
        #expect(indicators("公布普法责任清单，涉及群众3万人。") == [nil], "those it involves are no offices")
    }

    /// 总共, like 一共: a total of the thing the clause before named.
    @Test func altogetherCountsTheThingNamedBefore() {
        #expect(indicators("全市中小学都配了法治副校长，总共九百八十多名，覆盖率是百分之百。") == ["rule_of_law_vice_principals", nil])
        #expect(indicators("全市开展普法活动，总共发放资料3万份。") == ["materials_distributed"], "a clause that names its own thing keeps it")
        #expect(indicators("今年村里红白喜事简办的，示范户带头，一共有二十三户。") == [nil],
                "一共有 after a clause that only leads: the families of the clause before that")
    }

    /// A performance table's row written out: the target is the first item's, the result counts.
    @Test func aTargetValueBesideWhatWasDone() {
        let facts = extractor.facts(inBlock: "产出指标、数量指标、法治宣传活动场次：指标值≥60场次，完成值78场次，得分10分。")
        #expect(facts.map(\.indicator) == [nil, "publicity_activities", nil])
        #expect(facts.first?.qualifier == .atLeast, "≥ is a lower bound")
        #expect(facts.first?.scope.contains("目标") == true)
        #expect(indicators("年度指标值为≥60场次，实际完成值为78场次。") == [nil, nil])
    }

    /// 共配备436名 after 全部配备法治副校长: the act names no thing, the clause before does.
    @Test func assignedAloneCountsTheThingNamedBefore() {
        #expect(indicators("全市412所中小学全部配备法治副校长，共配备436名。") == [nil, "rule_of_law_vice_principals"])
    }

    /// 已达 alone after the clause that names the thing: its total.
    @Test func reachedAloneTotalsTheThingNamedBefore() {
        #expect(indicators("目前，全县普法宣传队伍，已达67支。") == ["publicity_teams"])
        #expect(indicators("已达67支。") == [nil], "nothing before it names a thing")
    }

    /// 目标 right before a figure makes it a target (a dashboard's progress: 已完成…｜目标…);
    /// 完成目标任务 is a noun, and the figure after it counts.
    @Test func aTargetRightBeforeItsFigure() {
        #expect(indicators("法律明白人：已完成12,486人 ｜ 目标13,000人 ｜ 完成率96.0%") == ["legal_understanding_persons", nil, nil])
        #expect(indicators("全面完成目标任务，开展法治宣传活动120场。") == ["publicity_activities"])
    }

    /// A table's row written with its number (8、…：目标值2个，完成值1个): the number is the
    /// row's, the label before the colon still names the thing. A year before a colon is no such number.
    @Test func aRowsNumberBeforeItsLabel() {
        #expect(indicators("8、创建省级民主法治示范村（社区）：目标值2个，完成值1个，完成率50.0%。")
            == [nil, "model_villages_provincial", nil])
        #expect(indicators("13、微信公众号粉丝数：目标值5万，完成值5.8万。") == [nil, "media_followers"])
        #expect(indicators("2024年：完成值356场。") == [nil])
        // A performance table's row, its groups before its own name, too long together for a label.
        #expect(indicators("产出指标、数量指标、创建省级民主法治示范村（社区）：年度指标值1个，实际完成值1个，分值4，得分4。")
            == [nil, "model_villages_provincial"])
        #expect(indicators("本县召开会议、部署工作、开展督导检查、组织学习交流：共计12场。") == [nil],
                "a clause of acts, not a row's groups, names no thing")
    }

    /// 各 before a verb: each one's figure; 各级, 各类: every level or kind, whose total counts.
    @Test func eachOfThoseNamedAndEveryKind() {
        #expect(indicators("对在校学生2000人以上的13所学校各配备2名法治副校长。") == [nil, nil, nil])
        #expect(indicators("各类法治宣传活动1,200场次。") == ["publicity_activities"])
        #expect(indicators("全县各级人民调解组织236个。") == ["mediation_organisations"])
        #expect(indicators("每学年至少参加1次学校安全工作会议。") == [nil], "a norm per school year")
    }

    /// Works made for the new media are no platforms.
    @Test func newMediaWorksAreVideos() {
        #expect(indicators("实际制作普法短视频、微动漫等新媒体作品31个。") == ["videos_produced"])
        #expect(indicators("全区共建成普法新媒体平台26个。") == ["media_platforms"])
    }

    /// Those present at an event are its audience; those a consultation served are not.
    @Test func thosePresentAreTheAudience() {
        #expect(indicators("县直机关干部80余人现场观礼。") == ["audience"])
        #expect(indicators("举办坝坝会，现场群众300余人。") == ["audience"])
        #expect(indicators("全乡1,460名学生齐声诵读宪法序言。") == ["audience"])
        #expect(indicators("现场解答群众法律咨询230余人次。") == ["legal_consultations"])
        #expect(indicators("举办领导干部法治专题讲座4期，听讲领导干部860余人次。") == ["lectures", "audience"])
    }

    /// A city's statistics beside its 普法 figures: those enrolled in an insurance are no
    /// audience and research money is no 普法 funding. A Party lesson on the law is a lecture.
    @Test func otherFieldsPeopleAndMoney() {
        #expect(indicators("年末全市参加城镇职工基本养老保险人数86.35万人。") == [nil])
        #expect(indicators("全年全市研究与试验发展（R&D）经费投入28.4亿元。") == [nil])
        #expect(indicators("县财政安排普法专项经费86.5万元。") == ["funding"])
        #expect(indicators("县委主要负责同志带头讲授法治专题党课2场次。") == ["lectures"])
        #expect(indicators("组织专题党课2场次。") == [nil], "a Party lesson on anything else")
        #expect(indicators("排查教职员工、校外培训机构从业人员3,400余人。") == [nil], "no trainees")
    }

    /// A page's note that breaks down the figure its mark stands after (① 含…, [3] 其中…)
    /// lists parts; a note that says something else is read as any sentence.
    @Test func aNoteOfPartsCountsNothing() {
        #expect(indicators("① 含在市委党校集中轮训的处级干部148名。") == [nil])
        #expect(indicators("[3] 其中线上培训6,300人次。") == [nil])
        #expect(indicators("③ 全年另举办法治讲座12场。") == ["lectures"])
    }

    /// A banner's whole (全旗) and a verb of naming (命名) name no thing: the count is of what
    /// the clause before named. A block of streets given to the law is a venue, no corridor.
    @Test func aWholeBannersCountOfWhatWasNamed() {
        #expect(indicators("在宝日罕苏木试点评选命名“学法用法示范户”，全旗共命名420户，其中牧户310户。") == ["model_households", nil])
        #expect(indicators("建成法治长廊210条、法治文化街区9处。") == ["legal_culture_corridors", "legal_culture_venues"])
    }

    /// A net change needs no word of comparison; a unit that begins a word (本季度) is none.
    @Test func aNetChangeAndAWordAfterAFigure() {
        #expect(indicators("粉丝总数达12.8万，本季度净增9,600余人。") == ["media_followers", nil])
        #expect(QuantityParser.quantities(in: "12.8万本季度").first?.unit == "")
        #expect(QuantityParser.quantities(in: "发放读本1,200本。").first?.unit == "本")
    }
}
