import Indicators
import Testing

/// Text that contains digits or numerals but no quantity.
@Suite struct NotQuantities {
    @Test(arguments: [
        // Dates.
        "2024年,全市推进普法", "12月4日是国家宪法日", "发布时间:2022-12-16", "2020年7月建成投入使用",
        "7月份定为民法典宣传月", "二〇二四年工作要点", "“十四五”时期", "2021-2025年规划",
        // Ordinals.
        "第十七届人大常委会第二十四次会议", "入选第四批全国法治宣传教育基地", "排名第11", "第3名",
        // Phone numbers, codes, file names.
        "联系电话:0931-8159799", "1.jpg", "拨打12348法律援助热线", "“12345”热线", "A4纸", "5G网络",
        "“4.15国家安全日”", "“12·4”国家宪法日",
        // Slogan counts.
        "紧扣“三个关键点”推动工作", "紧扣三个关键点推动工作", "实施“五大工程”", "实施五大工程", "“三抓三促”行动",
        "落实“一月一法”学法制度", "一月一法", "构建五位一体闭合链", "两轻一免清单", "做好“三篇文章”",
        "深化“法律六进”", "万所联万会", "百家律所牵手万家企业", "千名律师进乡村", "围绕四个方面开展",
        "组织法治文艺演出数十场", "吸引几百人观看", "千人千面", "开展线上百家讲坛",
        "以网络、书面和现场三种方式", "严格执行中央八项规定精神", "党的二十大精神", "县十八届人大四次会议",
        "政协十三届二次全会", "十分重视普法工作", "全市普法工作呈现三个特点", "市县两级", "零距离感受", "一批特色阵地", "一系列活动",
        // Formulas.
        "“1+1+1+2N”基层普法队伍", "1+4+N联调机制", "依托“1+9+85+821”四级平台", "打造1+27机制",
        "“1+1+1+2N”(1名政法委员、1名司法所所长、N名法律明白人)",
        "依托“1+3+N”普法联动机制（1个司法所+3支专业队伍+N名普法志愿者）", "“1+N”阵地建设模式（1个主阵地＋N个服务点）",
        "推行“5+1+1”教育改造模式（5天劳动改造、1天课堂教育、1天休息）", "“2+N”工作法（2名律师、N名法律明白人）",
        // Rankings.
        "收视率稳居本地自办栏目前三名。", "位居全省前两位，", "进入全国前10名之列",
        // Section numbering.
        "一、强化普法工作", "(二)关注社会热点", "一是实施头雁工程", "二是实施中坚工程",
        // Bare numbers.
        "2", "共926", "编号123456",
        // Place names.
        "七里河区", "荣成市十里河法治文化公园", "五泉司法所",
    ])
    func noQuantity(text: String) {
        let found = QuantityParser.quantities(in: text)
        #expect(found.isEmpty, "read \(found.map(\.text)) in \(text)")
    }

    @Test func scoresTonnesAndMeetingsAreQuantities() {
        let found = QuantityParser.quantities(in: "平均得分91.2分，满分100分，总产量24.3万吨，召开3次会议，用时5分钟")
        #expect(found.map(\.value) == [91.2, 100, 243_000, 3, 5])
        #expect(found.map(\.unit) == ["分", "分", "吨", "次", "分钟"])
    }

    @Test func rulesCountedInDigitsAreQuantities() {
        #expect(QuantityParser.quantities(in: "出台3项规定").map(\.value) == [3])
        #expect(QuantityParser.quantities(in: "完成八项任务").map(\.value) == [8])
    }

    @Test func unclosedQuoteDoesNotHideTheFigure() {
        // Reports leave quotes open; the figure after one is real.
        let found = QuantityParser.quantities(in: "创建“全国民主法治示范村(社区)12个,“全省示范村”129个")
        #expect(found.map(\.value) == [12, 129])
    }

    @Test func listItemWithDroppedUnitBorrowsIt() {
        let found = QuantityParser.quantities(in: "建成法治广场3个,法治长廊24个,法治书屋92。")
        #expect(found.map(\.value) == [3, 24, 92])
        #expect(found.last?.unit == "个")
    }

    /// A numeral of two characters ends a list as digits do, and two such items in
    /// one block each borrow from the figure before them, not from each other.
    @Test func listItemsInChineseNumeralsBorrowTheUnit() {
        let found = QuantityParser.quantities(in: "婚姻纠纷二十七件、其他纠纷十五。法治书屋二十个、宣传栏三十五。")
        #expect(found.map(\.value) == [27, 15, 20, 35])
        #expect(found.map(\.unit) == ["件", "件", "个", "个"])
        #expect(QuantityParser.quantities(in: "广场3个,长廊24个。书屋92,宣传栏5个,书架12。").map(\.value) == [3, 24, 5, 12],
                "a bare number after a sentence's end borrows nothing")
        #expect(QuantityParser.quantities(in: "实际完成值36场，分值4，得分3。").map(\.text) == ["36场"],
                "a score counts nothing and borrows no unit")
        #expect(QuantityParser.quantities(in: "法治长廊224个,法治书屋926。").map(\.value) == [224, 926])
    }

    /// 一 and its unit count one thing after the noun it counts, or under a bound;
    /// elsewhere 一 is an article (一批, 一系列, 上一篇) or part of a word (唯一一个).
    @Test func oneCountsAfterItsNounOrUnderABound() {
        #expect(QuantityParser.quantities(in: "新建法治文化广场一个，改造长廊两条。").map(\.value) == [1, 2])
        #expect(QuantityParser.quantities(in: "政法专项编制一名、公益性岗位两名").map(\.value) == [1, 2])
        #expect(QuantityParser.quantities(in: "正中设置宪法宣誓墙一面（花岗岩材质）").map(\.text) == ["一面"])
        #expect(QuantityParser.quantities(in: "每年至少组织一次集中轮训").map(\.qualifier) == [.atLeast])
        #expect(QuantityParser.quantities(in: "至少建成一个法治文化公园").map(\.value) == [1])
        // A thing made or appointed (配了, 修成了) and counted by a unit of one thing.
        #expect(QuantityParser.quantities(in: "社区聘了一名法律顾问，去年建成了一条法治长廊。").map(\.text) == ["一名", "一条"])
        for text in ["建成一个法治文化公园", "培育一批法律明白人", "开展一系列活动", "上一篇", "下一篇", "统一个人信息", "是全省唯一一个示范点",
                     "我们和市教育局一起，", "实现了一条普法信息四级推广的模式", "成为了一名法律明白人", "建成了一批示范点"] {
            #expect(QuantityParser.quantities(in: text).isEmpty, "read a figure in \(text)")
        }
    }

    @Test func figuresAfterATimeEndingIn前StillCount() {
        #expect(QuantityParser.quantities(in: "截至目前3名。此前5名，").map(\.value) == [3, 5])
        #expect(QuantityParser.quantities(in: "评选前10名优秀调解员").map(\.value) == [10], "the clause goes on: a count")
    }

    @Test func aParenthesisFarFromAFormulaWithoutPlusSignsCounts() {
        #expect(QuantityParser.quantities(in: "“1+3+N”普法联动机制（共有队员36名）").map(\.value) == [36])
        #expect(QuantityParser.quantities(in: "“3+1”模式（3名律师、2名调解员）").map(\.value) == [3, 2],
                "items whose numbers are not the formula's terms say more than it")
        #expect(QuantityParser.quantities(in: "“3+1”模式（3名律师）").map(\.value) == [3])
    }

    @Test func bareNumberAfterUnrelatedClauseStaysBare() {
        #expect(QuantityParser.quantities(in: "举办讲座5场。编号926").map(\.value) == [5])
    }

    /// 公园（二期）, 二期工程: a project's phase; 培训班3期 still counts.
    @Test func aProjectsPhaseIsNoCount() {
        #expect(QuantityParser.quantities(in: "法治文化公园（二期）建成开放，二期工程竣工").isEmpty)
        #expect(QuantityParser.quantities(in: "举办培训班3期（每期2天）").map(\.text) == ["3期", "2天"])
    }

    @Test func majorCountWithArabicDigits() {
        let found = QuantityParser.quantities(in: "服务全市9大园区")
        #expect(found.map(\.value) == [9])
        #expect(found.first?.unit == "个")
    }
}
