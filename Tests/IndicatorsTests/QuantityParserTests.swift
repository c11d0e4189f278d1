import Indicators
import Testing

/// One quantity expected in a text.
private func single(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
    let found = QuantityParser.quantities(in: text)
    #expect(found.count == 1, "expected one quantity in \(text), found \(found.map(\.text))",
            sourceLocation: sourceLocation)
    return found.first
}

@Suite struct ArabicNumbers {
    @Test func decimalsWithMultiplier() throws {
        let quantity = try #require(single("培训时长总计39.36万课时。"))
        #expect(quantity.value == 393_600)
        #expect(quantity.unit == "课时")
        #expect(quantity.text == "39.36万课时")
        #expect(quantity.qualifier == .exact)
    }

    /// New media's shorthand: w and W for 万, k for 千 before +; a code's letters stay a code's.
    @Test func newMediaShorthand() throws {
        let views = try #require(single("阅读量10w+的文章"))
        #expect(views.value == 100_000)
        #expect(views.qualifier == .approxOver)
        #expect(try #require(single("粉丝2.6W，")).value == 26_000)
        let fans = try #require(single("新增粉丝3k+"))
        #expect(fans.value == 3_000)
        #expect(fans.qualifier == .approxOver)
        #expect(QuantityParser.quantities(in: "采用5W1H写作法，4K超清画面，覆盖3km，5G基站").isEmpty)
    }

    /// A range's joiner or 百分之 that ends the text has no number after it to read.
    @Test func textEndingWhereANumberWouldFollow() throws {
        for text in ["转发88-", "转发 88—", "调解88至", "满意率达到百分之"] {
            #expect(QuantityParser.quantities(in: text).allSatisfy { $0.value == 88 }, "\(text)")
        }
        #expect(try #require(single("转发88次-")).value == 88)
    }

    @Test func thousandsSeparators() throws {
        #expect(try #require(single("共有12,000人参加")).value == 12_000)
        #expect(try #require(single("惠及1,234,567人次")).value == 1_234_567)
    }

    @Test func fullWidthDigits() throws {
        let quantity = try #require(single("发放资料１２３份"))
        #expect(quantity.value == 123)
        #expect(quantity.text == "１２３份")
    }

    /// A change given with its sign keeps it, the minus in the figure's text.
    @Test func minusSignBeforeDigits() throws {
        let change = try #require(single("调解案件同比-2.8%。"))
        #expect(change.value == -2.8)
        #expect(change.text == "-2.8%")
        let row = QuantityParser.quantities(in: "人民调解员 1,642名 －4.5% 1,677名")
        #expect(row.map(\.value) == [1642, -4.5, 1677])
        #expect(row.map(\.text) == ["1,642名", "－4.5%", "1,677名"])
    }

    /// A hyphen after a digit or a Latin letter is no sign (a range, a code), nor is a dash.
    @Test func hyphenAfterADigitOrLetterIsNoSign() throws {
        let found = QuantityParser.quantities(in: "编号A-12人，组织3-5场，开展—6次")
        #expect(found.map(\.text) == ["12人", "3-5场", "6次"])
        #expect(found.map(\.value) == [12, 3, 6])
    }

    /// A finance document's amounts: in capital numerals down to 角 and 分, and after ¥.
    @Test func yuanWithItsTenthsAndASign() throws {
        let capital = try #require(single("实际支出人民币肆拾叁万壹仟捌佰陆拾元伍角。"))
        #expect(capital.value == 431_860.5)
        #expect(capital.text == "肆拾叁万壹仟捌佰陆拾元伍角")
        #expect(try #require(single("结余贰万零陆拾元零伍分。")).value == 20_060.05)
        let signed = try #require(single("较上年增加（¥62,000.00）"))
        #expect(signed.value == 62_000 && signed.unit == "元" && signed.text == "¥62,000.00")
        #expect(QuantityParser.quantities(in: "考核得分10分，奖励5元。").map(\.unit) == ["分", "元"])
    }

    @Test func hundredMillionMultiplier() throws {
        let money = try #require(single("投入资金1.2亿元"))
        #expect(money.value == 120_000_000)
        #expect(money.unit == "元")
        let bare = try #require(single("阅读量达1.2亿,"))
        #expect(bare.value == 120_000_000)
        #expect(bare.unit == "")
    }

    @Test func approximateMultiplierWithoutUnit() throws {
        let quantity = try #require(single("总播放量1700余万,形成新模式"))
        #expect(quantity.value == 17_000_000)
        #expect(quantity.qualifier == .approxOver)
        #expect(quantity.unit == "")
        #expect(quantity.text == "1700余万")
    }

    /// A speech's 突破了 and 超过了 bound the figure as 突破 and 超过 do.
    @Test func aBoundWithItsPerfectiveParticle() throws {
        let quantity = try #require(single("抖音号的粉丝数突破了4.8万"))
        #expect(quantity.qualifier == .approxOver)
        #expect(quantity.value == 48_000)
        #expect(try #require(single("参与群众超过了3000人")).qualifier == .approxOver)
    }

    @Test func tenThousandYuanIsNormalisedToYuan() throws {
        let quantity = try #require(single("划拨经费50余万元"))
        #expect(quantity.value == 500_000)
        #expect(quantity.unit == "元")
        #expect(quantity.text == "50余万元")
        #expect(quantity.qualifier == .approxOver)
    }

    @Test func decimalMoneyKeepsItsDigits() throws {
        #expect(try #require(single("执行金额96656.4万元")).value == 966_564_000)
    }
}

@Suite struct ChineseNumeralQuantities {
    /// A number is written in one form: 伍 (five, in the financial form) before
    /// 十六 ends the word 队伍.
    @Test func aFinancialNumeralBeforeACommonOneEndsAWord() throws {
        let teams = try #require(single("组建普法宣传队伍十六支。"))
        #expect(teams.value == 16)
        #expect(teams.text == "十六支")
        #expect(try #require(single("拨付经费壹佰伍拾万元")).value == 1_500_000)
    }

    @Test(arguments: [
        ("三千二百人", 3200.0), ("十二个", 12), ("两千名", 2000), ("一百零五件", 105), ("三十万元", 300_000),
        ("九个", 9), ("二十场", 20), ("一千零一户", 1001), ("三亿五千万元", 350_000_000), ("五万余人", 50_000),
        ("一百余万人次", 1_000_000), ("〇点五万人", 5000),
    ])
    func reads(text: String, value: Double) throws {
        #expect(try #require(single("共有" + text + "参加")).value == value)
    }

    @Test(arguments: [
        ("举办讲座百余场", 100.0, "百余场", Qualifier.approxOver), ("调解纠纷千余件", 1000, "千余件", .approxOver),
        ("受教育群众近千名", 1000, "近千名", .approx), ("参与群众上万人次", 10_000, "上万人次", .approxOver),
        ("惠及近百万人次", 1_000_000, "近百万人次", .approx), ("投入千余万元", 10_000_000, "千余万元", .approxOver),
        ("培训人员逾千人", 1000, "逾千人", .approxOver), ("参与人数十余名", 10, "十余名", .approxOver),
    ])
    func aNumeralLedByItsUnitIsACountWhenItsWordsSaySo(text: String, value: Double, written: String, qualifier: Qualifier) throws {
        let quantity = try #require(single(text))
        #expect(quantity.value == value)
        #expect(quantity.text == written)
        #expect(quantity.qualifier == qualifier)
    }

    /// One event held (做了一场专题讲座) is a count, as one thing made is; 老一套 is a word.
    @Test func oneEventHeldIsACount() throws {
        #expect(try #require(single("请律师来做了一场普法讲座")).value == 1)
        #expect(try #require(single("社区举办了一场法治集市")).unit == "场")
        #expect(QuantityParser.quantities(in: "宣传方式还是老一套").isEmpty)
        #expect(QuantityParser.quantities(in: "打赢了一场硬仗").isEmpty, "not an event the text counts")
    }

    @Test func percentInWords() throws {
        let quantity = try #require(single("覆盖率达到百分之九十"))
        #expect(quantity.value == 90)
        #expect(quantity.unit == "%")
        #expect(quantity.text == "百分之九十")
        let all = try #require(single("帮教率百分之百。"))
        #expect(all.value == 100 && all.unit == "%" && all.text == "百分之百")
    }

    /// 5.12个县直部门 opening a line: item 5., then 12个; a unit of whole things takes no fraction.
    @Test func anItemNumberGluedToAFigure() {
        #expect(QuantityParser.quantities(in: "5.12个县直部门联合组建小分队").map(\.value) == [12])
        #expect(QuantityParser.quantities(in: "开展活动。\n2.22个乡镇全部建成").map(\.value) == [22])
        #expect(QuantityParser.quantities(in: "新建5.12个站点").map(\.value) == [5.12], "inside a sentence it is as written")
        #expect(QuantityParser.quantities(in: "3.5万人参加").map(\.value) == [35000])
        #expect(QuantityParser.quantities(in: "2.5%的增幅").map(\.value) == [2.5])
    }
}

@Suite struct Percentages {
    @Test func plain() throws {
        let quantity = try #require(single("出庭应诉率达100%。"))
        #expect(quantity.value == 100)
        #expect(quantity.unit == "%")
    }

    @Test func atLeast() throws {
        let quantity = try #require(single("调解成功率达99%以上,"))
        #expect(quantity.value == 99)
        #expect(quantity.qualifier == .atLeast)
        #expect(quantity.text == "99%以上")
    }

    @Test func fullWidthPercentSign() throws {
        #expect(try #require(single("占比42％")).unit == "%")
    }
}

@Suite struct QualifierWords {
    @Test(arguments: [
        ("开展活动300余场次", Qualifier.approxOver), ("100多家企业参与", .approxOver), ("惠及超200万人次", .approxOver),
        ("参与超过50人", .approxOver), ("逾3000人参加", .approxOver),
        ("接受培训1轮次以上", .atLeast), ("每年至少4个课时", .atLeast), ("不少于3次", .atLeast), ("漏了不下五回水", .atLeast),
        ("受教育近10万次", .approx), ("约20人参加", .approx), ("100人左右", .approx),
        ("参与人数达42万人次", .exact), ("共9个文件", .exact), ("累计8081件", .exact), ("发放3万份", .exact),
        ("粉丝总数四十八万多，", .approxOver), ("惠及群众三万余人次", .approxOver), ("纠纷约占43%", .approx),
        ("参训人员约为1200人", .approx), ("占比43%", .exact),
        ("全县约有外来务工人员3.5万人", .approx), ("座谈会大约进行90分钟", .approx),
        ("签约律师有120名", .exact), ("节约为民办事经费20万元", .exact),
        ("审查村规民约14份", .exact), ("签订公约3份", .exact), ("全村居民约3000人", .approx),
        ("到场的群众大概900人次", .approx), ("来的人差不多300人", .approx), ("受理纠纷二十几件", .approxOver),
        ("来了十几位老人", .approxOver), ("开展各类活动1200+场", .approxOver), ("播放量560万+次", .approxOver),
    ])
    func qualifier(text: String, expected: Qualifier) throws {
        #expect(try #require(single(text)).qualifier == expected)
    }

    @Test func approximatingVerbStaysOutOfTheText() throws {
        let quantity = try #require(single("邻里纠纷约占43%。"))
        #expect(quantity.text == "43%")
        #expect(quantity.value == 43)
    }

    @Test func prefixBelongsToTheMarkedText() throws {
        let text = "受教育师生近10万次。"
        let quantity = try #require(single(text))
        #expect(quantity.text == "近10万次")
        #expect(quantity.markedText(in: text) == "近10万次")
    }
}

@Suite struct Ranges {
    @Test func arabicRange() throws {
        let quantity = try #require(single("每次3至5场"))
        #expect(quantity.value == 3)
        #expect(quantity.upperValue == 5)
        #expect(quantity.unit == "场")
    }

    @Test func multiplierAppliesToBothEnds() throws {
        let quantity = try #require(single("观众3-5万人"))
        #expect(quantity.value == 30_000)
        #expect(quantity.upperValue == 50_000)
    }

    @Test func chineseRange() throws {
        let quantity = try #require(single("每村三到五个"))
        #expect(quantity.value == 3)
        #expect(quantity.upperValue == 5)
    }

    @Test func moneyRangeIsInYuan() throws {
        let quantity = try #require(single("奖励2~3万元"))
        #expect(quantity.value == 20_000)
        #expect(quantity.upperValue == 30_000)
        #expect(quantity.unit == "元")
    }
}

@Suite struct UnitWords {
    @Test(arguments: [
        ("人", "人"), ("名", "名"), ("人次", "人次"), ("场", "场"), ("场次", "场次"), ("次", "次"), ("件", "件"),
        ("个", "个"), ("户", "户"), ("家", "家"), ("所", "所"), ("支", "支"), ("部", "部"), ("期", "期"),
        ("篇", "篇"), ("份", "份"), ("册", "册"), ("课时", "课时"), ("小时", "小时"), ("元", "元"), ("%", "%"),
        ("场(次)", "场次"), ("个课时", "课时"), ("个百分点", "百分点"), ("处", "处"), ("项", "项"), ("条", "条"),
    ])
    func unit(written: String, normalised: String) throws {
        let quantity = try #require(single("共完成12" + written + "。"))
        #expect(quantity.unit == normalised)
        #expect(quantity.text == "12" + written)
    }

    /// Departments are counted by 个 like other things (52个部门单位); 票 counts votes.
    @Test func departmentsAndVotes() throws {
        let departments = try #require(single("推动全县37个部门单位公布责任清单"))
        #expect(departments.unit == "个")
        #expect(departments.text == "37个")
        #expect(try #require(single("6部门联合印发")).unit == "部门")
        #expect(try #require(single("以412票赞成通过")).unit == "票")
        #expect(QuantityParser.quantities(in: "报销12票据").first?.unit != "票")
    }

    /// Tenths (三成) are a percentage; 成 that begins a word is no unit. Areas and buildings.
    @Test func tenthsAreasAndBuildings() throws {
        let tenths = try #require(single("女性调解员占到了近四成"))
        #expect((tenths.value, tenths.unit, tenths.qualifier) == (40, "%", .approx))
        #expect(try #require(single("满意度在六成左右")).value == 60)
        #expect(QuantityParser.quantities(in: "发展会员3成为骨干").allSatisfy { $0.unit != "%" })
        #expect(QuantityParser.quantities(in: "工作一成不变").isEmpty)
        #expect(try #require(single("辖区面积1.2平方公里")).unit == "平方公里")
        #expect(try #require(single("共有居民楼24栋")).unit == "栋")
        #expect(QuantityParser.quantities(in: "调处了8栋楼上下层的漏水纠纷").isEmpty, "building No. 12")
        #expect(QuantityParser.quantities(in: "开设课程9门，修读3学分").map(\.unit) == ["门", "学分"])
        #expect(QuantityParser.quantities(in: "与县公安局选派人员一道，贯彻县十八届人大四次会议精神").isEmpty)
        #expect(QuantityParser.quantities(in: "3门户网站").isEmpty)
    }

    /// Seconds, transactions, sets, working days and weeks; people counted with 个 in speech.
    @Test func timesSetsAndSpokenPeople() throws {
        #expect(QuantityParser.quantities(in: "平均等候9秒，拦截转账47笔").map(\.unit) == ["秒", "笔"])
        #expect(try #require(single("设置法治雕塑9组")).unit == "组")
        #expect(QuantityParser.quantities(in: "在三组和五组路口立牌").isEmpty, "a village's group, by its number")
        #expect(QuantityParser.quantities(in: "共成立6组织").isEmpty)
        let days = try #require(single("办理时限压缩至5个工作日"))
        #expect((days.value, days.unit, days.text) == (5, "工作日", "5个工作日"))
        #expect(try #require(single("集中宣传为期三周")).unit == "周")
        #expect(QuantityParser.quantities(in: "迎来建站20周年").isEmpty)
        let people = try #require(single("我们村里九个人报了名"))
        #expect((people.value, people.unit) == (9, "人"))
        #expect(QuantityParser.quantities(in: "建成15个人民调解委员会").map(\.unit) == ["个"])
        #expect(QuantityParser.quantities(in: "保护3个人信息").first?.unit != "人")
    }

    /// 回 and 把 in speech: 谈了三回, 四十来把塑料椅; not 两回事 or 一把手.
    @Test func spokenTimesAndChairs() {
        #expect(QuantityParser.quantities(in: "前后谈了三回，搬来四十来把塑料椅").map(\.unit) == ["回", "把"])
        #expect(QuantityParser.quantities(in: "这是两回事，3回复，5把关").isEmpty)
    }

    /// Couples, stops, questions, boats, voyages, trees and hectares.
    @Test func couplesStopsQuestionsAndBoats() {
        #expect(QuantityParser.quantities(in: "登记5,127对，停靠48站，答题1,200余道，走访渔船2,146艘，巡航218航次，补种2.1万株，覆盖10.1万公顷")
            .map(\.unit) == ["对", "站", "道", "艘", "航次", "株", "公顷"])
        #expect(QuantityParser.quantities(in: "开展1对1帮扶，3对象，人员一道，2道路").isEmpty)
    }

    /// Ages, weights and lengths, fish released, lamps, walls, class periods and trips of a
    /// vehicle or boat; a case study (147个案例) counts, 个案 alone is a word.
    @Test func agesWeightsLampsWallsAndPeriods() {
        #expect(QuantityParser.quantities(in: "被告人（男，54岁），60周岁以上，渔获物36.5公斤，放流鱼苗2万尾，路灯46盏，浮雕墙1面，厚12毫米，主题班会1,260节，车辆130台次，船艇8艘次")
            .map(\.unit) == ["岁", "周岁", "公斤", "尾", "盏", "面", "毫米", "节", "台次", "艘次"])
        #expect(QuantityParser.quantities(in: "3岁月，2尾款，四面八方，3面积，三八节").isEmpty)
        #expect(QuantityParser.quantities(in: "报送的147个案例").map(\.unit) == ["个"])
        #expect(QuantityParser.quantities(in: "开展3个案研判").isEmpty)
    }

    /// Pills seized, helmets given, trips of vehicles, cases screened, archives lent and scanned;
    /// 三轮车 is a vehicle, and 为期一个月 a duration.
    @Test func pillsHelmetsTripsAndArchives() {
        #expect(QuantityParser.quantities(in: "冰毒片剂7.9万粒，发放头盔3,000顶，检查车辆23.8万辆次，排查纠纷5,020件次，提供档案4.2万卷次，数字化成果1.2亿画幅")
            .map(\.unit) == ["粒", "顶", "辆次", "件次", "卷次", "画幅"])
        #expect(QuantityParser.quantities(in: "面包车、三轮车违法载人，3顶格").isEmpty)
        #expect(QuantityParser.quantities(in: "开展为期一个月的宣传月活动").map(\.text) == ["一个月"])
    }

    /// 及以上 after the unit is a lower bound, as 以上 is.
    @Test func andAboveIsALowerBound() throws {
        let score = try #require(single("得分90分及以上"))
        #expect((score.value, score.qualifier, score.text) == (90, .atLeast, "90分及以上"))
    }

    /// Two neighbouring digits are an estimate, a range (五六次: 5 to 6), with the
    /// units they share (两三百人: 200 to 300); never a number read place by place (56).
    @Test func neighbouringDigitsAreAnEstimate() throws {
        let times = try #require(single("全年学法七八次"))
        #expect((times.value, times.upperValue) == (7, 8))
        let people = try #require(single("每场来了两三百人"))
        #expect((people.value, people.upperValue, people.text) == (200, 300, "两三百人"))
        let money = try #require(single("花了一两万元"))
        #expect((money.value, money.upperValue) == (10_000, 20_000))
        #expect(try #require(single("开展三四十场")).value == 30)
        #expect(QuantityParser.quantities(in: "纪念一二·九运动").isEmpty)
        #expect(try #require(single("二〇二四年培训三百人")).value == 300)
    }

    /// 来 between a numeral and its unit is "about": 八十来场, 二十来个人.
    @Test func laiIsAbout() throws {
        let about = try #require(single("这一年讲了八十来场"))
        #expect((about.value, about.qualifier, about.text) == (80, .approx, "八十来场"))
        #expect(try #require(single("来了三十来个人")).value == 30)
    }

    /// 重点 and 关键 before a noun, after digits, count that noun: 9个重点企业. Alone, or after
    /// a numeral, they name a list's points (抓住三个重点，做好4个重点。).
    @Test func keyThingsCountedInDigits() throws {
        #expect(try #require(single("走访9个重点企业")).text == "9个")
        #expect(try #require(single("覆盖14个关键岗位")).value == 14)
        #expect(QuantityParser.quantities(in: "抓住三个重点任务，做好4个重点。").isEmpty)
    }

    @Test func tenThousandPersonTimes() throws {
        let quantity = try #require(single("接待参观2万余人次"))
        #expect(quantity.value == 20_000)
        #expect(quantity.unit == "人次")
    }
}

@Suite struct TraditionalScript {
    @Test func readsTraditionalAndKeepsOriginalText() throws {
        let text = "該競賽活動訪問量達7萬余人次,發放宣傳資料4萬余份。"
        let found = QuantityParser.quantities(in: text)
        #expect(found.map(\.value) == [70_000, 40_000])
        #expect(found.map(\.unit) == ["人次", "份"])
        #expect(found.map(\.text) == ["7萬余人次", "4萬余份"])
        #expect(found.map { $0.markedText(in: text) } == ["7萬余人次", "4萬余份"])
    }

    @Test func callerSuppliedNormaliser() throws {
        let tenThousand = ScriptNormaliser { $0.replacingOccurrences(of: "萬", with: "万") }
        let found = QuantityParser.quantities(in: "觀看量3萬人次", normaliser: tenThousand)
        #expect(found.map(\.value) == [30_000])
    }

    @Test func normaliserThatChangesLengthStillMarksTheOriginal() throws {
        // A normaliser that expands one character into two must not shift the marks.
        let expanding = ScriptNormaliser { $0.replacingOccurrences(of: "★", with: "**") }
        let text = "★★共培训300余人次★"
        let quantity = try #require(QuantityParser.quantities(in: text, normaliser: expanding).first)
        #expect(quantity.markedText(in: text) == "300余人次")
        #expect(quantity.value == 300)
    }
}
