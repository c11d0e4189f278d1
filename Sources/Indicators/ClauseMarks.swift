/// What the words of a figure's clause before it say about the figure, read in
/// one pass over them.
struct ClauseMarks: Equatable {
    /// 累计: a running total.
    var cumulative = false
    /// 新增, 新培养, 新建 …: what was added in the period, not the total.
    var added = false
    /// 其中: a part of a figure before it, not a total of its own; so is a
    /// figure in a parenthesis opened by 含 or 包括 (…412个（含行业性调解委员会23个）),
    /// or right after a figure (基地11个（省级1个、市级4个）).
    var subset = false
    /// A goal, not a result: 力争培养“法律明白人”5000名以上. Only words that say
    /// so in any report: 争取 also means won (争取资金50万元), 计划 and 目标
    /// are also nouns (学法计划, 目标任务), and 累计划拨 holds 计划.
    var target = false
    /// A number per unit, not the region's total, as written: 每个 in
    /// 每个村（社区）配备“法律明白人”不少于5名, 人均 in 人均学法20学时; so do
    /// the other averages (年均, 户均, 村均, 平均).
    /// 每 and the character after it, outside quotes and titles (“每村一品”).
    /// One item's figure, or the highest of them, is no total either:
    /// 单条视频最高播放量超300万 (单条, 单场, 单日 …, and 最高).
    var perUnit: String?

    private static let cumulativeWord: [Unicode.Scalar] = Array("累计")
    private static let addedWords: [[Unicode.Scalar]] = [
        "新增", "新培养", "新培育", "新建", "新创建", "新成立", "新组建", "新命名", "新聘", "新发展", "新招募", "新设立",
    ].map(Array.init)
    static let subsetWord: [Unicode.Scalar] = Array("其中")

    /// Whether the figure is what there is now, said in a goal as its starting
    /// point: 在现有21.4万户的基础上再提升一步, 现有1,846名法律明白人. 现有 before
    /// it in its clause, with no word of change or of 基础 between them.
    static func isWhatThereIsNow(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> Bool {
        guard context.clauseScalars.mayContain(all: nowWord) else { return false }
        var position = context.numberStart - nowWord.count
        while position >= context.clause.lowerBound {
            if !masked[position], text.hasPrefix(nowWord, at: position) {
                let between = (position + nowWord.count)..<context.numberStart
                return !between.contains { notNowBetween.contains(text.scalars[$0]) }
            }
            position -= 1
        }
        return false
    }

    /// Whether the label before a colon ends in 目标 (年度目标：, a task list's 目标 column
    /// written as …的目标：): the figures after the colon are goals.
    static func labelEndsInAGoal(colon: Int, in text: AlignedText) -> Bool {
        var end = colon
        while end > 0, CharacterClass.isSpace(text.scalars[end - 1]) { end -= 1 }
        return end >= goalWord.count && text.hasPrefix(goalWord, at: end - goalWord.count)
    }

    /// Whether the clause says, before the figure, that it is already done: in a speech's
    /// demands for next year, 今年我们已经聘任了法治副校长71名 is this year's figure.
    static func saysItIsDone(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> Bool {
        guard context.clauseScalars.mayContain(all: doneWord) else { return false }
        var position = context.clause.lowerBound
        while position + doneWord.count <= context.numberStart {
            if !masked[position], text.hasPrefix(doneWord, at: position) { return true }
            position += 1
        }
        return false
    }

    private static let doneWord: [Unicode.Scalar] = Array("已经".unicodeScalars)

    private static let nowWord: [Unicode.Scalar] = Array("现有".unicodeScalars)
    /// 现有基础上再增加500名: the figure is what is added, not what there is.
    private static let notNowBetween = ScalarBits("基增达再新到至升扩加".unicodeScalars)


    /// Whether the words right after the figure make it a goal: 实现了…总数突破1,800名的目标.
    static func namesAGoalAfter(_ context: FactContext, in text: AlignedText) -> Bool {
        var position = context.quantityEnd
        while position < context.after.upperBound, CharacterClass.isSpace(text.scalars[position]) { position += 1 }
        // Asked of every figure: most have neither 的 nor 目 after them.
        guard let next = text[position], next == "的" || next == "目" else { return false }
        return goalAfterWords.contains { text.hasPrefix($0, at: position) }
    }

    private static let goalAfterWords: [[Unicode.Scalar]] = ["的目标", "的任务", "目标"].map(Array.init)

    /// Whether the clause says its places lack the thing: 还有26个村（社区）尚未创建…示范村.
    /// Read at 未 and 没 only: 尚未, 还未, 仍未, 均未, 未能, 没有 deny (未成年人 and 未来 do not).
    static func deniesItsThing(_ context: FactContext, in text: AlignedText) -> Bool {
        guard context.clauseScalars.mayContain("未") || context.clauseScalars.mayContain("没") else { return false }
        let clause = context.clause.clamped(to: 0..<text.count)
        for position in clause {
            switch text.scalars[position] {
            case "未":
                if let before = text[position - 1], deniedBefore未.contains(before) { return true }
                if text[position + 1] == "能" { return true }
            case "没":
                if text[position + 1] == "有" { return true }
            default:
                continue
            }
        }
        return false
    }

    private static let deniedBefore未 = ScalarBits("尚还仍均".unicodeScalars)

    /// Whether a label is only a word of addition (新增 in 新增15个), which names no thing.
    static func isAddedWord(_ label: String) -> Bool {
        label.unicodeScalars.count <= 3 && addedWords.contains { $0.elementsEqual(label.unicodeScalars) }
    }
    private static let includingWord: [Unicode.Scalar] = Array("包括")
    /// 指标值, 目标值: the value a performance target sets (年度指标值为≥60场次), beside what was done.
    private static let targetWords: [[Unicode.Scalar]] = ["力争", "目标是", "目标为", "目标值", "指标值"].map(Array.init)
    /// 年度目标: a year's target set beside what was done (326场次（年度目标不少于300场次）);
    /// 目标 alone is also a noun (完成目标任务).
    private static let goalWord: [Unicode.Scalar] = Array("目标".unicodeScalars)
    private static let yearWord: [Unicode.Scalar] = Array("年度".unicodeScalars)
    /// What an average is taken over: 人均, 年均, 户均, 村均, 平均, 日均 (not 5日均, 当日均: a day's all).
    private static let averagedOver = ScalarBits("人年户村平日".unicodeScalars)
    private static let notADayAverage = ScalarBits("当每次同".unicodeScalars)
    /// 每 before a period word (每年, 每季度) makes a period, and 每逢 means whenever.
    private static let notPerUnit = ScalarBits("年月季周天日逢学半".unicodeScalars)
    /// 单 before a unit of one item: 单条, 单场, 单日 (not 单位).
    private static let singleItems = ScalarBits("条个场篇期次日月部集".unicodeScalars)
    /// 最高人民法院 and 最高人民检察院 are courts, not a highest figure.
    private static let highestWord: [Unicode.Scalar] = Array("最高".unicodeScalars)
    /// 一天最多接待了60多人次: the most in one go, no total.
    private static let mostWord: [Unicode.Scalar] = Array("最多".unicodeScalars)
    private static let notHighest = ScalarBits("人法检".unicodeScalars)
    /// The first scalars of all the words: most positions start none.
    private static let starts = ScalarBits("累新其含包力目指每人年户村平日单最".unicodeScalars)

    /// The marks of a figure's clause up to its number.
    static func read(before context: FactContext, in text: AlignedText, masked: [Bool]) -> ClauseMarks {
        read(context.clause.lowerBound..<context.numberStart, in: text, masked: masked)
    }

    /// The marks of the words in `range`; a word counts only if it ends inside it.
    static func read(_ range: Range<Int>, in text: AlignedText, masked: [Bool]) -> ClauseMarks {
        var marks = ClauseMarks()
        let end = range.upperBound
        // Read once here, not at each position.
        let starts = starts, addedWords = addedWords, targetWords = targetWords, notPerUnit = notPerUnit
        let averagedOver = averagedOver, singleItems = singleItems, notHighest = notHighest
        func has(_ word: [Unicode.Scalar], at position: Int) -> Bool {
            position + word.count <= end && text.hasPrefix(word, at: position)
        }
        var position = range.lowerBound
        var inBreakdown = false
        while position < end {
            let scalar = text.scalars[position]
            if scalar == "(" || scalar == "（" {
                inBreakdown = position - 2 >= range.lowerBound && figureUnits.contains(text.scalars[position - 1])
                    && (CharacterClass.isDigit(text.scalars[position - 2]) || numeralEnds.contains(text.scalars[position - 2]))
            } else if scalar == ")" || scalar == "）" {
                inBreakdown = false
            }
            if starts.contains(scalar) {
                switch scalar {
                case "累": marks.cumulative = marks.cumulative || has(cumulativeWord, at: position)
                case "新": marks.added = marks.added || addedWords.contains { has($0, at: position) }
                case "其": marks.subset = marks.subset || has(subsetWord, at: position)
                case "含", "包" where position > range.lowerBound && (text.scalars[position - 1] == "(" || text.scalars[position - 1] == "（"):
                    marks.subset = marks.subset || scalar == "含" || has(includingWord, at: position)
                case "力", "目", "指":
                    // 年度目标, or 目标 right before a figure (已完成12,486人 目标13,000人).
                    marks.target = marks.target || targetWords.contains { has($0, at: position) }
                        || has(goalWord, at: position)
                        && (text.hasSuffix(yearWord, before: position)
                            || position + goalWord.count < text.count && CharacterClass.isDigit(text.scalars[position + goalWord.count]))
                case "每" where marks.perUnit == nil && !masked[position] && position + 1 < end:
                    let next = text.scalars[position + 1]
                    if !notPerUnit.contains(next) && CharacterClass.isIdeograph(next) {
                        marks.perUnit = text.originalText(position..<(position + 2))
                    }
                case "单" where marks.perUnit == nil && !masked[position] && position + 1 < end
                    && singleItems.contains(text.scalars[position + 1]):
                    marks.perUnit = text.originalText(position..<(position + 2))
                case "最" where marks.perUnit == nil && !masked[position]
                    && (has(highestWord, at: position) && !(position + 2 < end && notHighest.contains(text.scalars[position + 2]))
                        || has(mostWord, at: position)):
                    marks.perUnit = text.originalText(position..<(position + 2))
                case _ where averagedOver.contains(scalar) && marks.perUnit == nil && !masked[position]
                    && position + 1 < end && text.scalars[position + 1] == "均"
                    && !(scalar == "日" && position > 0 && isNoDayAverage(after: text.scalars[position - 1])):
                    marks.perUnit = text.originalText(position..<(position + 2))
                default:
                    break
                }
            }
            position += 1
        }
        marks.subset = marks.subset || inBreakdown
        return marks
    }

    /// The unit a figure ends with, and what may stand before it, to tell a
    /// parenthesis that breaks a figure down: 11个（, 1,200名（, 十二个（.
    private static let figureUnits = ScalarBits("个名件场次处家人户条所支期部份座起宗".unicodeScalars)
    /// 5日均, 当日均, 每日均: a date's or a day's 日 before 均 (all), not 日均 (a daily average).
    private static func isNoDayAverage(after before: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(before) || numeralEnds.contains(before) || notADayAverage.contains(before)
    }

    private static let numeralEnds = ScalarBits("十百千万亿两一二三四五六七八九零余多".unicodeScalars)

    /// 本人讲授法治课4场: a sentence whose subject is the speaker of a duty
    /// report (述职报告), after an item's 一是 if any, counts what the speaker did
    /// in person, not what the region did in all.
    static func isTheSpeakersOwn(_ sentence: Range<Int>, of text: AlignedText) -> Bool {
        var start = sentence.lowerBound
        while start < sentence.upperBound, CharacterClass.isSpace(text.scalars[start]) { start += 1 }
        if start + 1 < sentence.upperBound, ChineseNumerals.digitValue(text.scalars[start]) != nil || text.scalars[start] == "十",
           text.scalars[start + 1] == "是" {
            start += 2
        }
        return text.hasPrefix(speakerWord, at: start)
    }

    private static let speakerWord: [Unicode.Scalar] = Array("本人".unicodeScalars)

    /// Where a sentence turns to its goals: at a word that says so in any
    /// report (力争), or at 计划, 预计 or 下一步 opening a clause (…，计划新建公园5个),
    /// where they mean "plan to" and not a plan (按照学法计划开展学习). Every
    /// figure after it in the sentence is a goal:
    /// 力争到2025年，全县“法律明白人”总数达到3000名以上 … ；普法讲师团扩充至50人左右.
    /// So is every figure of a sentence that opens with 要, a speech's "we must"
    /// (要针对不同群体需求，全年开展法治宣传活动不少于2,500场次).
    static func goalStart(in sentence: Range<Int>, of text: AlignedText, masked: [Bool]) -> Int? {
        var position = text.firstNonSpace(in: sentence) ?? sentence.upperBound
        if position + 1 < sentence.upperBound, text.scalars[position] == "要", !notAModal.contains(text.scalars[position + 1]) {
            return position
        }
        while position + 1 < sentence.upperBound {
            let scalar = text.scalars[position]
            if (scalar == "力" || scalar == "计" || scalar == "预" || scalar == "下"), !masked[position] {
                if text.hasPrefix(strivingWord, at: position) { return position }
                if plannedWords.contains(where: { text.hasPrefix($0, at: position) }), opensAClause(position, in: sentence, of: text) {
                    return position
                }
            }
            position += 1
        }
        return nil
    }

    private static let strivingWord: [Unicode.Scalar] = Array("力争")
    /// 下一步 opening a clause: what is to be done next (下一步，街道计划再新建法治小院6个).
    private static let plannedWords: [[Unicode.Scalar]] = ["计划", "预计", "下一步"].map(Array.init)
    /// 要求, 要点, 要素, 要闻, 要案: 要 as a noun's first character, not "must".
    private static let notAModal = ScalarBits("求点素闻案件情害地道务职".unicodeScalars)

    /// Whether the clause opens with 确保, a goal for its own clause only
    /// (…纳入绩效考核，确保普法经费不低于350万元；…): the sentence may go on
    /// to what was done (确保人员选得准…；…共建成2个国家级…示范村).
    static func opensWithAnAssurance(_ clause: Range<Int>, in text: AlignedText) -> Bool {
        guard let start = text.firstNonSpace(in: clause) else { return false }
        return start + assuranceWord.count <= clause.upperBound && text.hasPrefix(assuranceWord, at: start)
    }

    private static let assuranceWord: [Unicode.Scalar] = Array("确保")

    /// Words that may stand before 计划 at a clause's start: 还计划, 并计划, 今年计划.
    private static let beforePlan = ScalarBits("还并再另将年".unicodeScalars)

    private static func opensAClause(_ position: Int, in sentence: Range<Int>, of text: AlignedText) -> Bool {
        var before = position - 1
        if before >= sentence.lowerBound, beforePlan.contains(text.scalars[before]) { before -= 1 }
        while before >= sentence.lowerBound, CharacterClass.isSpace(text.scalars[before]) { before -= 1 }
        guard before >= sentence.lowerBound else { return true }
        let scalar = text.scalars[before]
        return CharacterClass.isClauseEnd(scalar) || CharacterClass.isSentenceEnd(scalar) || scalar == "：" || scalar == ":"
    }

    /// Whether the figure is where a change started: 讲师团成员由规划初期的24人
    /// 调整充实至31人. 由 before it in its clause, and 至 or 到 after it, before
    /// the next figure.
    static func isAStartingPoint(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> Bool {
        guard context.clauseScalars.mayContain(all: fromWord),
              context.before.contains(where: { text.scalars[$0] == "由" && !masked[$0] }) else { return false }
        return context.after.contains { text.scalars[$0] == "至" || text.scalars[$0] == "到" }
    }

    private static let fromWord: [Unicode.Scalar] = ["由"]

    /// Where 由 stands when the figure ends a rise or fall from the figure before it in its
    /// clause (由2023年的2,146名增至2,611名, 由上年的97.2%提高到98.4%): the words between
    /// the two are a verb ending in 至 or 到; nil for any other figure.
    static func risesFrom(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> Int? {
        guard context.before.lowerBound > context.clause.lowerBound, context.before.count <= longestRiseVerb,
              let last = text.lastNonSpace(in: context.before), text.scalars[last] == "至" || text.scalars[last] == "到",
              context.before.allSatisfy({ CharacterClass.isIdeograph(text.scalars[$0]) || CharacterClass.isSpace(text.scalars[$0]) }),
              context.clauseScalars.mayContain(all: fromWord) else { return nil }
        return (context.clause.lowerBound..<context.before.lowerBound).last { text.scalars[$0] == "由" && !masked[$0] }
    }

    /// 调整充实至: the longest verb of a rise, in scalars.
    private static let longestRiseVerb = 6

    /// 均 or 各 (each) right before the figure's verb, or nil: 溪口镇、城东街道参赛人数均突破5000人
    /// and 对13所学校各配备2名 are each one's count, not their total. Not 人均 or 平均, an average,
    /// nor 各级 or 各类 (of every level, of every kind), which a total may follow.
    static func eachOfThoseNamed(_ context: FactContext, in text: AlignedText, masked: [Bool]) -> String? {
        let earliest = max(context.clause.lowerBound, context.numberStart - longestEachVerb - 1)
        for position in earliest..<context.numberStart where !masked[position] {
            switch text.scalars[position] {
            case "均" where position == context.clause.lowerBound || !averagedOver.contains(text.scalars[position - 1]):
                return "均"
            case "各" where !everyKind.contains(text.scalars[position + 1]):
                return "各"
            default:
                continue
            }
        }
        return nil
    }

    /// 各级, 各类, 各地, 各乡镇: every level, kind or place, not each of those named.
    private static let everyKind = ScalarBits("级类地种项个界部乡镇村县区市校单".unicodeScalars)

    /// 均突破: the longest verb between 均 and the figure it qualifies.
    private static let longestEachVerb = 2

    /// 每年 (每季度, 每月, 每学期 …) before a bound: a norm per period, no total
    /// (每年开展宣讲不少于100场). The period, or nil.
    static func perPeriod(before context: FactContext, in text: AlignedText, masked: [Bool]) -> String? {
        var position = context.clause.lowerBound
        while position + 1 < context.numberStart {
            if text.scalars[position] == "每", !masked[position] {
                if periods.contains(text.scalars[position + 1]) { return text.originalText(position..<(position + 2)) }
                if let word = periodWords.first(where: { text.hasPrefix($0, at: position + 1) }) {
                    return text.originalText(position..<(position + 1 + word.count))
                }
            }
            position += 1
        }
        return nil
    }

    private static let periods = ScalarBits("年月季周天日".unicodeScalars)
    /// Periods of two characters: 每学期, 每学年, 每半年.
    private static let periodWords: [[Unicode.Scalar]] = ["学期", "学年", "半年"].map(Array.init)

    /// Whether the figure is a change against an earlier one (关注人数较年初增加4000余人,
    /// 比上年减少12件): a word of comparison in its clause, and a verb of change
    /// right before its number.
    static func statesAChange(before context: FactContext, in text: AlignedText) -> Bool {
        var end = context.numberStart
        while end > context.clause.lowerBound, let last = text[end - 1], fillers.contains(last) { end -= 1 }
        // Asked of every figure: most end no verb of change, and are passed over at one bit test.
        guard let last = text[end - 1], changeVerbEnds.contains(last),
              changeVerbs.contains(where: { text.hasSuffix($0, before: end) }) else { return false }
        // 本季度净增9,600余人: a net change needs no word of comparison.
        if netChangeVerbs.contains(where: { text.hasSuffix($0, before: end) }) { return true }
        let clause = context.clause.lowerBound..<end
        return comparisonWords.contains { word in
            clause.contains { $0 + word.count <= clause.upperBound && text.hasPrefix(word, at: $0) }
        }
    }

    /// Whether the figure's clause is nothing but a verb of change before it (…2024年17个，增加3个):
    /// the change of the figure before, when that one is of the same thing.
    static func isALoneChange(_ context: FactContext, in text: AlignedText) -> Bool {
        var end = context.numberStart
        while end > context.clause.lowerBound, let last = text[end - 1], fillers.contains(last) { end -= 1 }
        let start = text.firstNonSpace(in: context.clause.lowerBound..<end) ?? end
        guard end - start == 2 || end - start == 1, let last = text[end - 1], changeVerbEnds.contains(last) else { return false }
        return changeVerbs.contains { $0.count == end - start && text.hasPrefix($0, at: start) }
    }

    private static let changeVerbs: [[Unicode.Scalar]] = ["增加", "增长", "减少", "下降", "提高", "提升", "上升", "增", "减", "多", "少"]
        .map(Array.init)
    private static let changeVerbEnds = ScalarBits(changeVerbs.map { $0[$0.count - 1] })
    private static let netChangeVerbs: [[Unicode.Scalar]] = ["净增", "净增加", "净减少", "净减"].map(Array.init)
    /// 较, and 比 only where it compares (比上年, not 比赛 or 比例).
    private static let comparisonWords: [[Unicode.Scalar]] = ["较", "同比", "环比", "相比", "比上年", "比去年", "比年初", "比上半年"]
        .map(Array.init)
    /// Between the verb and the number: 增加了, 提高达.
    private static let fillers = ScalarBits("了达约近".unicodeScalars)
}
