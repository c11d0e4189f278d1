/// The words before a figure that name no thing of their own: a total's (总数达到,
/// 全市累计) and an act's (全年安排, 今年新培育了, 吸收…). Such a figure counts the
/// thing named before it, in the figure or the clause before (`FactExtractor`).
extension FactExtractor {
    /// Labels that name no thing but the total of one: 总数达到2100名, the
    /// verbs of a total when the clause names nothing else (全市累计达到2300户),
    /// and the members of the group the clause before made (组建普法讲师团132个，成员3860名;
    /// as said aloud, 成员有120名). Not 一共有 alone: 红白喜事简办的，示范户带头，一共有二十三户
    /// counts the families of the clause before that.
    private static let totalWords: Set<String> = [
        "总数", "总量", "总人数", "总计", "合计", "共计", "总和", "总规模", "达到", "达", "共有", "现有", "累计", "共", "一共", "总共",
        "成员", "队员", "成员有",
    ]

    /// Whether a label is one of `totalWords`: most are longer, and are passed over without hashing.
    static func isATotalWord(_ label: String) -> Bool {
        label.utf8.count <= longestTotalWordBytes && totalWords.contains(label)
    }

    private static let longestTotalWordBytes = totalWords.map(\.utf8.count).max() ?? 0

    /// Whether the words before the number name only a total, with its verb:
    /// ，共47名 or, after a figure, ，使总数达到4125名 (使, bringing, leads it).
    /// Asked of every unclassified figure: most have longer words, and are
    /// passed over at a length test.
    static func namesOnlyATotal(_ context: FactContext, in text: AlignedText) -> Bool {
        guard context.before.count <= longestTotalPhrase else { return false }
        var words = context.before.map { text.scalars[$0] }
            .filter { CharacterClass.isIdeograph($0) }[...]
        if let leading = totalLeads.first(where: { words.starts(with: $0) }) { words = words.dropFirst(leading.count) }
        // 全市总数: the whole of the region the report is about.
        if words.count > 2, words.first == "全", let area = words.dropFirst().first, wholeAreas.contains(area) {
            words = words.dropFirst(2)
        }
        if let verb = totalVerbs.first(where: { words.count > $0.count && words.reversed().starts(with: $0.reversed()) }) {
            words = words.dropLast(verb.count)
            // …普法宣传队伍，已达67支: the verb and its time alone, after the clause that names the thing.
            if totalAdverbs.contains(where: { $0.elementsEqual(words) }) { return true }
        }
        // 总数已经(达到): the time of the verb.
        if let adverb = totalAdverbs.first(where: { words.count > $0.count && words.reversed().starts(with: $0.reversed()) }) {
            words = words.dropLast(adverb.count)
        }
        return totalWordScalars.contains { $0.elementsEqual(words) }
    }

    /// Whether the words before the number are a verb of doing or spending, and at most a
    /// period or the speaker before it (全年安排, 共投入, 今年开展, 全年推了, 我们去了):
    /// they name no thing.
    static func namesOnlyAnAct(_ context: FactContext, in text: AlignedText) -> Bool {
        guard context.before.count <= longestActPhrase else { return false }
        var words = context.before.map { text.scalars[$0] }.filter { CharacterClass.isIdeograph($0) }[...]
        // 公布普法责任清单，涉及县直单位58家: the offices the act before involves.
        if words.starts(with: involving), words.count <= involving.count + longestOffices,
           organisations.contains(where: { words.reversed().starts(with: $0.reversed()) }) { return true }
        if words.last == "了" { words = words.dropLast() }
        guard let verb = actVerbs.first(where: { words.count >= $0.count && words.reversed().starts(with: $0.reversed()) })
        else { return false }
        words = words.dropLast(verb.count)
        // 共培育, 已培育, 新培育了: the verb's adverb names no thing either.
        if words.last == "共" || words.last == "已" || words.last == "新" { words = words.dropLast() }
        if let speaker = speakers.first(where: { words.starts(with: $0) }) { words = words.dropFirst(speaker.count) }
        // 目前全县已培育268名: a time and the whole region before the verb name no thing either.
        while let lead = actLeads.first(where: { words.starts(with: $0) }) { words = words.dropFirst(lead.count) }
        return words.isEmpty
    }

    private static let actVerbs: [[Unicode.Scalar]] = ["安排", "投入", "落实", "拨付", "下拨", "开展", "举办", "组织", "受理", "办理", "有",
                                                       "推送", "推", "发布", "播出", "刊发", "刊出", "编发", "参加", "去", "培育", "培养",
                                                       "选育", "命名", "评选", "配备", "更新", "向社会公布", "公布"]
        .map { Array($0.unicodeScalars) }
    private static let involving = Array("涉及".unicodeScalars)
    private static let organisations: [[Unicode.Scalar]] = ["单位", "部门"].map { Array($0.unicodeScalars) }
    /// 县直单位, 市直部门: the offices an act involves, in a few characters.
    private static let longestOffices = 4

    /// Who speaks, before the act (我们去了2期).
    private static let speakers: [[Unicode.Scalar]] = ["我们", "我局", "我院"].map { Array($0.unicodeScalars) }

    /// Whether the figure's clause opens with a verb of taking people in (组建…普法讲师团，
    /// 吸收…业务骨干29名): it counts the members of what the clause before formed.
    static func recruitsMembers(_ context: FactContext, unit: String, in text: AlignedText) -> Bool {
        var start = context.before.lowerBound
        while start < context.before.upperBound, !CharacterClass.isIdeograph(text.scalars[start]) { start += 1 }
        guard start + 1 < context.before.upperBound, text.scalars[start] == "吸" || text.scalars[start] == "招",
              unit == "名" || unit == "人" else { return false }
        return recruitingVerbs.contains { text.hasPrefix($0, at: start) }
    }

    private static let recruitingVerbs: [[Unicode.Scalar]] = ["吸收", "吸纳", "招募", "招收"].map { Array($0.unicodeScalars) }
    /// What may stand before an act's verb and name no thing: a period, or now and the whole region.
    private static let actLeads: [[Unicode.Scalar]] = ["全年", "今年", "当年", "年内", "本年度", "上半年", "下半年", "累计",
                                                       "截至目前", "目前", "全县", "全市", "全区", "全镇", "全乡", "全旗", "全州", "全盟"]
        .map { Array($0.unicodeScalars) }
    /// ，今年上半年共开展: the longest words (with punctuation and spaces) of a period and a verb.
    private static let longestActPhrase = 10

    private static let wholeAreas = ScalarBits("市县区省州盟旗镇乡".unicodeScalars)
    private static let totalAdverbs: [[Unicode.Scalar]] = ["已经", "已"].map { Array($0.unicodeScalars) }

    /// `totalWords` as scalars, compared with a clause's words without making a String of them.
    private static let totalWordScalars: [[Unicode.Scalar]] = totalWords.sorted().map { Array($0.unicodeScalars) }

    /// 使得, 并, and the time the total stands at (现在成员有120名, 目前总数达到…).
    private static let totalLeads: [[Unicode.Scalar]] = ["使得", "使", "并", "现在", "目前"].map { Array($0.unicodeScalars) }
    /// The verbs of a total: 达到 its size, or 建成 (累计建成418个) the things it counts.
    private static let totalVerbs: [[Unicode.Scalar]] = ["达到", "达", "为", "增至", "增加到", "建成", "创建", "培育", "培养", "组建"]
        .map { Array($0.unicodeScalars) }
    /// ，使得总人数增加到: the longest words (with the punctuation and spaces around them) that name only a total.
    private static let longestTotalPhrase = 12

    /// The figure before, of the same sentence, that a figure naming only a
    /// total totals, when the two share a unit: 新增“法律明白人”500名,总数达到2100名.
    static func figureTotalled(unit: String, before previous: Fact?) -> Fact? {
        guard let previous, previous.indicator != nil, previous.unit == unit else { return nil }
        return previous
    }
}
