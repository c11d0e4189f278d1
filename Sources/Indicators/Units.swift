/// Unit words that turn a number into a quantity, and how they normalise.
enum Units {
    struct Match: Sendable, Equatable {
        /// The normalised unit, e.g. "场次" for 场(次).
        var unit: String
        /// How many scalars the unit occupies in the text.
        var length: Int
        /// Powers of ten the unit itself carries: 万元 and 亿元 are counted in 元.
        var exponent: Int
    }

    private struct Entry: Sendable {
        var written: [Unicode.Scalar]
        var unit: String
        var exponent: Int
        /// Characters that, right after the unit, show it is the start of another word:
        /// 3人民…, 部署, 处罚, 条例, 期间.
        var blockedBy: Set<Unicode.Scalar>
        var condition: Condition
    }

    /// What a unit that is often something else needs around it.
    private enum Condition: Sendable {
        case none
        /// Digits right before it: 平均得分91.2分 (十分 is "very"), 雕塑12组 (二组 is a village's group).
        case digitsBefore
        /// Not right after 一: 答题1,200余道, but 人员一道 is "together".
        case notAfterOne
    }

    private static func entry(_ written: String, _ unit: String? = nil, exponent: Int = 0,
                              blockedBy: String = "", condition: Condition = .none) -> Entry {
        Entry(written: Array(written), unit: unit ?? written, exponent: exponent,
              blockedBy: Set(blockedBy.unicodeScalars), condition: condition)
    }

    /// Longest first, so 人次 wins over 人 and 场(次) over 场.
    private static let entries: [Entry] = {
        let list: [Entry] = [
            // People and households.
            entry("人次"), entry("户次"), entry("家次"), entry("件次"),
            entry("人", blockedBy: "民大员们均"), entry("名", blockedBy: "单称义额次"),
            // 八个人 (eight people); not 个人 that begins a word (个人信息, 3个人民调解委员会).
            entry("个人", "人", blockedBy: "民大员们均信所账隐简资事身权名主防卫成荣计贷征工社"),
            entry("位", blockedBy: "于置列"), entry("户", blockedBy: "籍口外"),
            // Organisations and groups.
            entry("家", blockedBy: "庭长属乡园人"), entry("所", blockedBy: "有以属在得谓长"),
            entry("支", blockedBy: "持付部援出"), entry("部门"),
            entry("个", blockedBy: "别性案体"),
            // Events and rounds.
            entry("场(次)", "场次"), entry("场（次）", "场次"), entry("场次"),
            entry("场", blockedBy: "所地馆景合域面"), entry("次", blockedBy: "序要级"),
            entry("轮次"), entry("轮", blockedBy: "流换车"), entry("期", blockedBy: "间限望待刊"),
            entry("批次"), entry("批", blockedBy: "准评复示"), entry("班", blockedBy: "子级长"),
            // 谈了三回, in speech; not 回 that begins a word (两回事, 3回复).
            entry("回", blockedBy: "事应复访头家到归来去收馈顾报避升落声乡流族购望"),
            entry("组", blockedBy: "织成建合长委别件员团", condition: .digitsBefore),
            // Items, documents, cases, works.
            entry("件", blockedBy: "事"), entry("笔", blockedBy: "录试者记墨"), entry("起", blockedBy: "来草到诉"), entry("宗", blockedBy: "教旨"),
            entry("通", blockedBy: "过知报道讯信用俗畅"),
            entry("份"), entry("册"), entry("本", blockedBy: "地身着届次年领职季月周期轮单市县区级部"), entry("篇", blockedBy: "章幅"),
            entry("条", blockedBy: "件例款文"), entry("项", blockedBy: "目"), entry("部", blockedBy: "署分长队位"),
            entry("集", blockedBy: "中体团"), entry("首", blockedBy: "先要批届都"), entry("幅", blockedBy: "度"),
            entry("张"), entry("套", blockedBy: "餐"), entry("把", blockedBy: "手握关脉门持控"),
            // Couples (婚姻登记5,127对), not 1对1 or 对 that begins a word (对象, 对接, 对口).
            entry("对", blockedBy: "0123456789一象口接策应比照待外标话于"),
            // Stops on a tour (停靠48站), questions (答题1,200余道; not 道路, 道德), boats and voyages,
            // trees (株) and hectares.
            entry("站", blockedBy: "长点台岗稳立起"), entry("道", blockedBy: "路德理歉具教观家", condition: .notAfterOne), entry("艘"), entry("航次"),
            entry("株", blockedBy: "洲"), entry("公顷"), entry("台次"), entry("艘次"), entry("架次"),
            entry("台", blockedBy: "账阶上湾"),
            // Lamps, fish released (鱼苗2万尾; not 尾款, 尾声), walls and flags (浮雕墙1面; not
            // 面积, 面向, 四面八方), class periods in digits (主题班会1,260节; 三八节 is a day).
            // Pills seized (冰毒片剂7.9万粒), helmets given (头盔3,000顶; not 顶格, 顶层), a vehicle's trips.
            entry("粒"), entry("顶", blockedBy: "格层端尖级峰替住岗用"), entry("辆次"),
            entry("盏"), entry("尾", blockedBy: "声款号数部巴随"), entry("面", blockedBy: "积向对临貌料孔上前八"),
            entry("节", blockedBy: "日目约点能假庆", condition: .digitsBefore),
            entry("辆"), entry("块", blockedBy: "钱"), entry("座", blockedBy: "谈"), entry("栋", blockedBy: "梁楼"),
            entry("处", blockedBy: "罚理置长室"), entry("间", blockedBy: "隔"),
            entry("档", blockedBy: "案"), entry("卷次"), entry("卷", blockedBy: "宗入"),
            // Archives scanned (约1.2亿画幅).
            entry("画幅"),
            // Courses and their credits. Not 道 (人员一道, together) or 届 (十八届人大, a term).
            entry("门", blockedBy: "户类槛诊前口外店面"), entry("学分"),
            // Votes (赞成412票).
            entry("票", blockedBy: "据价房务证选箱数面"),
            // Time.
            entry("课时"), entry("个课时", "课时"), entry("学时"), entry("小时"), entry("个小时", "小时"),
            entry("个月", "个月"), entry("天", blockedBy: "下地然"), entry("分钟"), entry("秒"),
            entry("工作日"), entry("个工作日", "工作日"),
            entry("周", blockedBy: "年岁边末围期刊报全密到转详知"),
            // Money.
            entry("元", blockedBy: "旦素宵"), entry("万元", "元", exponent: 4), entry("亿元", "元", exponent: 8),
            // Proportions.
            entry("%"), entry("％", "%"), entry("‰"), entry("个百分点", "百分点"), entry("百分点"),
            entry("倍"),
            // Tenths (近三成, 六成左右), as a percentage; not 成 that begins a word (一成不变, 3成为).
            entry("成", "%", exponent: 1, blockedBy: "为立功效果员本绩熟长就片型交都语年人品份分规像不效"),
            // Size.
            entry("平方公里"), entry("平方米"), entry("公里"), entry("米", blockedBy: "粮"), entry("亩"), entry("吨"),
            entry("毫米"), entry("厘米"), entry("公斤"), entry("千克"),
            // Ages (男，54岁; 60周岁以上), not 岁月 or 岁末.
            entry("岁", blockedBy: "月末首"), entry("周岁"),
            // Scores (平均得分91.2分), after digits only: 十分 is "very".
            entry("分", blockedBy: "钟之局院会行类别管享批期层配析子数队区辨值", condition: .digitsBefore),
        ]
        return list.sorted { $0.written.count > $1.written.count }
    }()

    /// Abstract nouns after 个 that mark a slogan or a summary of a list, not a count of
    /// things: 四个方面, 三个关键点, 两个维护.
    private static let abstractNounsAfterGe: [[Unicode.Scalar]] = [
        "方面", "环节", "层面", "维度", "关键", "重点", "意识", "自信", "维护", "确立", "代表",
        "坚持", "必须", "结合", "到位", "统一", "优先", "原则", "步骤", "转变", "着力", "突破",
        "抓手", "方向", "聚焦", "一流", "更加", "全面", "字", "特点", "亮点",
    ].map { Array($0) }

    /// The entries as matching reads them: each entry's written form is a
    /// range of `writtenScalars`, and the entries starting with one scalar are
    /// a range of `matchOrder`. Reading an entry then copies no array, so no
    /// reference count shared by every core is written per number.
    private struct FlatEntry: Sendable {
        var written: Range<Int>
        var unit: String
        var exponent: Int
        var blockedBy: Set<Unicode.Scalar>
        var condition: Condition
        var isGe: Bool
        var isXiang: Bool
    }

    private struct Table: Sendable {
        /// The entries grouped by first scalar, each group longest first as `entries` is.
        var matchOrder: [FlatEntry] = []
        var writtenScalars: [Unicode.Scalar] = []
        var byFirst: ScalarTable<Range<Int>>

        init(_ entries: [Entry]) {
            var groups: [Unicode.Scalar: Range<Int>] = [:]
            for (first, group) in Dictionary(grouping: entries, by: { $0.written[0] }).sorted(by: { $0.key.value < $1.key.value }) {
                let start = matchOrder.count
                for entry in group {
                    let written = writtenScalars.count..<(writtenScalars.count + entry.written.count)
                    writtenScalars += entry.written
                    matchOrder.append(FlatEntry(written: written, unit: entry.unit, exponent: entry.exponent,
                                                blockedBy: entry.blockedBy, condition: entry.condition,
                                                isGe: entry.written == ["个"], isXiang: entry.written == ["项"]))
                }
                groups[first] = start..<matchOrder.count
            }
            byFirst = ScalarTable(groups)
        }
    }

    private static let table = Table(entries)

    /// The unit at `index`, if any.
    static func match(in text: AlignedText, at index: Int) -> Match? {
        guard let first = text[index], let group = table.byFirst[first] else { return nil }
        return table.writtenScalars.withUnsafeBufferPointer { scalars in
            for position in group {
                let written = UnsafeBufferPointer(rebasing: scalars[table.matchOrder[position].written])
                guard text.hasPrefix(written, at: index) else { continue }
                let entry = table.matchOrder[position]
                // 个案 is a case, but 147个案例 counts 案例.
                if let next = text[index + written.count], entry.blockedBy.contains(next),
                   !(entry.isGe && next == "案" && text[index + 2] == "例") { continue }
                if entry.isGe, isAbstractCount(in: text, after: index + 1) { return nil }
                if entry.isXiang, isNamedSetOfRules(in: text, unitAt: index) { return nil }
                switch entry.condition {
                case .none: break
                case .digitsBefore: if !CharacterClass.isDigit(text[index - 1]) { continue }
                case .notAfterOne: if text[index - 1] == "一" { continue }
                }
                return Match(unit: entry.unit, length: written.count, exponent: entry.exponent)
            }
            return nil
        }
    }

    private static func isAbstractCount(in text: AlignedText, after index: Int) -> Bool {
        guard let noun = abstractNounsAfterGe.first(where: { text.hasPrefix($0, at: index) }) else { return false }
        // 13个重点在建项目 counts projects: a word that may qualify a noun, in digits, before one.
        let qualifiesANoun = adjectivalAbstractNouns.contains(noun) && CharacterClass.isDigit(text[index - 2])
            && CharacterClass.isIdeograph(text[index + noun.count])
        return !qualifiesANoun
    }

    private static let adjectivalAbstractNouns: [[Unicode.Scalar]] = ["重点", "关键"].map { Array($0) }

    /// 中央八项规定: a set of rules known by its number, which is written in
    /// Chinese numerals, as a name is; 出台3项规定 counts rules.
    private static func isNamedSetOfRules(in text: AlignedText, unitAt index: Int) -> Bool {
        index > 0 && ChineseNumerals.digitValue(text[index - 1]) != nil && text.hasPrefix(rulesWord, at: index + 1)
    }

    private static let rulesWord: [Unicode.Scalar] = Array("规定".unicodeScalars)

    /// Units that count things, so a bare number continuing a list of them may borrow the unit.
    static func isCountUnit(_ unit: String) -> Bool {
        ["个", "家", "所", "处", "座", "支", "人", "名", "户", "件", "项", "条", "部", "场", "次", "场次", "期", "份", "册"]
            .contains(unit)
    }
}
