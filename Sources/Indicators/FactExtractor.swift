/// Turns the plain text of a Markdown block into facts.
public struct FactExtractor: Sendable {
    public let catalog: IndicatorCatalog
    private let normaliser: ScriptNormaliser
    private let matcher: IndicatorMatcher

    /// - Parameter normaliser: maps text to the script the rules and catalog terms use.
    ///   The default is ICU's Traditional → Simplified; offsets always refer to the original.
    public init(catalog: IndicatorCatalog, normaliser: ScriptNormaliser = .traditionalToSimplified) {
        self.catalog = catalog
        self.normaliser = normaliser
        self.matcher = IndicatorMatcher(catalog: catalog, normaliser: normaliser)
    }

    /// `text` is the plain text of one Markdown block (a paragraph, list item or heading);
    /// `inPlan` when the block stands in a section of work to come (`PlanSections`),
    /// where every figure is a target. `heading` is the heading the block stands under
    /// (`HeadingLabel`): it names the thing of a line of statistics that names none.
    /// A block with no Chinese in it (a paragraph's English translation under it) states
    /// no figure of the report: what it says, the Chinese says.
    public func facts(inBlock text: String, inPlan: Bool = false, under heading: String? = nil) -> [Fact] {
        guard text.unicodeScalars.contains(where: CharacterClass.isIdeograph) else { return [] }
        let own = facts(in: text, inPlan: inPlan)
        guard let heading, own.contains(where: { $0.indicator == nil }),
              let label = HeadingLabel(heading: heading, over: text) else { return own }
        return label.classify(own, by: facts(in: label.labelledText, inPlan: inPlan))
    }

    private func facts(in text: String, inPlan: Bool) -> [Fact] {
        let aligned = AlignedText(text, normaliser: normaliser)
        let masked = Exclusions.maskedPositions(in: aligned)
        let quantities = QuantityParser.scan(aligned, masked: masked)
        guard !quantities.isEmpty else { return [] }
        let segmentation = Segmentation(aligned, masked: masked)
        let contexts = FactContext.contexts(for: quantities, in: aligned, segmentation: segmentation)

        var facts: [Fact] = []
        facts.reserveCapacity(quantities.count)
        var previousLevels: [(shown: String, level: AdministrativeLevel?)] = []
        // Figures of one sentence share one copy of it: a site keeps every quote until it is written.
        var previousQuote: (sentence: Range<Int>, text: String)?
        var sentencePeriods: (sentence: Range<Int>, periods: SentencePeriods)?
        var goalStart: Int?
        // Where the sentence's colons are: a label before one names the figures after it.
        var colons: [Int] = []
        var speakersOwn = false
        // The last figure that named its own thing (its index in `contexts` and `facts`), for
        // clauses that name only a level.
        var naming: (sentence: Range<Int>, index: Int)?
        // The figures counted in the sentence, the last first to be asked: a part (其中…) belongs
        // to the last of them in its unit (纠纷2318件，调解成功率98.1%，其中疑难纠纷37件).
        var counted: [(id: String, periods: [String], unit: String)] = []
        var countedSentence: Range<Int>?
        // Those of the sentence before, for a sentence that opens with 其中: 调解成功八十九件。
        // 其中婚姻家庭纠纷二十七件、….
        var countedBefore: [(id: String, periods: [String], unit: String)] = []
        // The whole a 其中 breaks down, for the rest of its sentence.
        var enumerating: (sentence: Range<Int>, whole: String)?
        // A sentence that breaks a thing down by kind (从纠纷类型看，…), and its classified figures.
        var breakdown = Breakdown()
        // Where the figure before stands (it is `facts.last`), for one that only states its change
        // (2024年17个，增加3个) and for a clause that looks past the clause before.
        var previousFigure: (sentence: Range<Int>, numberStart: Int)?
        for (scanned, found) in zip(quantities, contexts) {
            // 由2023年的2,146名增至2,611名: the figure a rise ends at is its clause's, read as if the
            // starting point were not there; the starting point's period is not its.
            let risesFrom = ClauseMarks.risesFrom(found, in: aligned, masked: masked)
            let context = risesFrom == nil ? found : found.widenedToClauseStart(in: aligned)
            var levels = ScopeReader.levels(for: context, in: aligned, previous: previousLevels)
            previousLevels = levels
            // 全国级、省级、市级分别为2、13、38个: each figure at its own level.
            if let respectively = scanned.respectively, levels.count == respectively.count {
                levels = [levels[respectively.index]]
            }
            // The one level all of them give, if they give one: asked for every figure, without making a set.
            var level = levels.allSatisfy { $0.level == levels[0].level } ? levels.first?.level : nil
            let sentence = segmentation.sentence(containing: scanned.range.lowerBound)
            var scope = levels.map(\.shown)
            if sentencePeriods?.sentence != sentence {
                sentencePeriods = (sentence, SentencePeriods(sentenceStart: sentence.lowerBound, in: aligned, masked: masked))
                Self.resolveBreakdown(&breakdown, in: &facts)
                breakdown.opened = ClauseMarks.opensWithABreakdown(sentence, of: aligned)
                goalStart = ClauseMarks.goalStart(in: sentence, of: aligned, masked: masked)
                speakersOwn = ClauseMarks.isTheSpeakersOwn(sentence, of: aligned)
                // Not one inside a quote or a title (“谢觉哉:新中国司法制度的奠基者”).
                segmentation.colons(in: sentence, of: aligned, into: &colons)
            }
            let periods = sentencePeriods!.periods.periods(clauseStart: context.clause.lowerBound,
                                                           numberStart: risesFrom ?? context.numberStart)
            scope += periods
            var marks = ClauseMarks.read(before: context, in: aligned, masked: masked)
            if inPlan || goalStart.map({ $0 < context.numberStart }) == true
                || ClauseMarks.opensWithAnAssurance(context.clause, in: aligned) { marks.target = true }
            // 年度目标：新建法治文化公园2个: a label that ends in 目标 sets goals after its colon.
            if !marks.target, let colon = colons.last(where: { $0 < context.numberStart }),
               ClauseMarks.labelEndsInAGoal(colon: colon, in: aligned) { marks.target = true }
            // A goal's starting point is what there is now: 力争…在现有21.4万户的基础上再提升.
            if marks.target, ClauseMarks.isWhatThereIsNow(context, in: aligned, masked: masked)
                || ClauseMarks.saysItIsDone(context, in: aligned, masked: masked) { marks.target = false }
            // 实现了…总数突破1,800名的目标: the figure names a goal, met or not.
            if !marks.target, ClauseMarks.namesAGoalAfter(context, in: aligned) { marks.target = true }
            if !marks.subset, context.inBreakdown || ClauseMarks.followsALonePartWord(context.clause, in: sentence, of: aligned)
                || ClauseMarks.opensWithALabelledPart(sentence, of: aligned) { marks.subset = true }
            if marks.cumulative { scope.append("累计") }
            if marks.added { scope.append("新增") }
            if marks.target { scope.append("目标") }
            if let perUnit = marks.perUnit { scope.append(perUnit) }
            if speakersOwn { scope.append("本人") }

            let quantity = scanned.quantity
            // 每年…不少于100场 is a norm per year; 每月开展1次 is one at any bound, as a month,
            // a week or a term holds no year's total; so is 每年组织考试两次, how often a thing is done.
            if marks.perUnit == nil, quantity.qualifier == .atLeast || context.clauseScalars.mayContain("每"),
               let period = ClauseMarks.perPeriod(before: context, in: aligned, masked: masked),
               quantity.qualifier == .atLeast || period != "每年" || Self.isAFrequency(quantity) {
                marks.perUnit = period
                if !scope.contains(period) { scope.append(period) }
            }
            // 两镇参赛人数均突破5000人: each place's; 安置率、帮教率均达100% is each rate's value, a rate anyway.
            if marks.perUnit == nil, let each = ClauseMarks.eachOfThoseNamed(context, in: aligned, masked: masked),
               !quantity.unit.utf8.elementsEqual("%".utf8) {
                marks.perUnit = each
                scope.append(each)
            }
            // Indicators count what a region did in all: not a goal, a number per unit, what the
            // speaker did in person, a part or a change. A part is still the total of another
            // thing: 阵地19处，其中法治文化广场7个, or 示范村74个，其中全国级2个; not of the
            // whole's (其中街道人民调解委员会25个).
            let mayCount = !marks.target && marks.perUnit == nil && !speakersOwn
                && !ClauseMarks.deniesItsThing(context, in: aligned)
                && !ClauseMarks.statesAChange(before: context, in: aligned)
                && !(ClauseMarks.isALoneChange(context, in: aligned)
                     && previousFigure?.sentence == sentence && facts.last?.unit == quantity.unit)
                && !ClauseMarks.isAStartingPoint(context, in: aligned, masked: masked)
                && !ClauseMarks.opensANoteOfParts(sentence, of: aligned)
            var definition = mayCount ? matcher.match(unit: quantity.unit, context: context, level: level, in: aligned) : nil
            let named = Labels.namedPhrase(for: context, in: aligned)
            var subject = named ?? Labels.clauseLabel(for: context, in: aligned)
            // 法律明白人：3,216名, 示范村（社区）：新增15个: the label before a colon names the
            // thing, and the level, of a figure that names neither or names no indicator's thing
            // (法律顾问配备率：100%（共245个村）), before any word after it (法治副校长：156名（覆盖…）);
            // 人均普法经费：1.2元 is a figure per head.
            // Asked only in a sentence with a colon before the figure: most have none.
            if mayCount, let colon = colons.last(where: { $0 < context.numberStart }),
               definition == nil || context.before.allSatisfy({ CharacterClass.isSpace(aligned.scalars[$0]) })
                || named.map({ Self.isATotalWord($0) || ClauseMarks.isAddedWord($0) }) ?? true,
               let labelled = context.widened(toLabelBeforeColon: colon, in: sentence, of: aligned, segmentation: segmentation) {
                if levels.isEmpty {
                    levels = ScopeReader.levels(for: labelled, in: aligned, previous: [])
                    level = levels.count == 1 ? levels[0].level : nil
                    scope.insert(contentsOf: levels.map(\.shown), at: 0)
                }
                // The label's own words: not those of the items between it and the figure
                // (法治宣传活动场次：指标值≥60场次，完成值78场次: the target is the first item's only).
                let labelMarks = ClauseMarks.read(labelled.clause.lowerBound..<min(colon, labelled.numberStart),
                                                  in: aligned, masked: masked)
                if let perUnit = labelMarks.perUnit {
                    scope.append(perUnit)
                    definition = nil
                } else if labelMarks.target {
                    scope.append("目标")
                    definition = nil
                } else if let labelsThing = matcher.match(unit: quantity.unit, context: labelled, level: level, in: aligned),
                          !(countedSentence == sentence && counted.contains(where: { $0.id == labelsThing.id })
                            && context.followsAnItemNamingItsOwnThing(afterColon: colon, in: aligned, segmentation: segmentation)) {
                    // Not the thing of another column of a table's row (柘塘社区：参训学员18名，
                    // 考核合格17名): the words between hold the other's name.
                    definition = labelsThing
                }
            }
            // A part that names a period of its own is that period's total: 累计投入经费1.36亿元，
            // 其中2025年投入2860万元.
            if countedSentence != sentence {
                countedSentence = sentence
                swap(&counted, &countedBefore)
                counted.removeAll(keepingCapacity: true)
            }
            let opensWithAPart = marks.subset && counted.isEmpty && ClauseMarks.opensWithAPart(sentence, of: aligned)
            let whole = (opensWithAPart ? countedBefore : counted).last { Self.sameUnit($0.unit, quantity.unit) }
                .flatMap { $0.periods == periods || periods.isEmpty ? $0.id : nil }
            if marks.subset, let whole { enumerating = (sentence, whole) }
            // An item of the breakdown after a comma is a part still: 其中街道人民调解委员会25个、
            // 村(社区)人民调解委员会175个,各类行业性专业性人民调解委员会25个.
            let partOf = marks.subset ? whole : enumerating.flatMap { $0.sentence == sentence ? $0.whole : nil }
            if let found = definition, found.id == partOf { definition = nil }
            if let definition { counted.append((definition.id, periods, quantity.unit)) }
            // 全省调解的38.4万件矛盾纠纷中，有4.7万件…: the figures after it in the sentence are its parts.
            if let definition, ClauseMarks.introducesItsParts(context, in: aligned) { enumerating = (sentence, definition.id) }
            if definition != nil {
                naming = (sentence, facts.count)
            } else if mayCount, let level, let naming, naming.sentence == sentence,
                      scanned.respectively != nil || ScopeReader.namesOnlyALevel(context, in: aligned) {
                definition = Self.atLevel(level, of: facts[naming.index].indicator,
                                          namedAtALevel: facts[naming.index].level != nil, isPart: marks.subset,
                                          matcher.match(unit: quantity.unit, context: contexts[naming.index], level: level, in: aligned))
            } else if mayCount, !marks.subset, let naming, naming.sentence == sentence,
                      ScopeReader.namesOnlyAPlace(context, in: aligned) || ScopeReader.namesOnlyAYear(context, in: aligned) {
                // 青石镇建成法治文化公园4个，沙河镇3个: the next place's count of the same thing;
                // 2021年1500名, the next year's.
                definition = matcher.match(unit: quantity.unit, context: contexts[naming.index],
                                           level: facts[naming.index].level, in: aligned)
                if definition?.id == partOf { definition = nil }
            }
            let sentenceQuote = previousQuote.flatMap { $0.sentence == sentence ? $0.text : nil }
            let onlyATotal = mayCount && definition == nil
                && (Self.isATotalWord(subject) || Self.namesOnlyATotal(context, in: aligned))
            let totalOf = onlyATotal && sentenceQuote != nil ? Self.figureTotalled(unit: quantity.unit, before: facts.last) : nil
            if let totalOf { subject = totalOf.subject }
            if totalOf == nil, context.before.lowerBound == context.clause.lowerBound,
               onlyATotal || mayCount && definition == nil
                && (risesFrom != nil || Self.namesOnlyAnAct(context, in: aligned)
                    || Self.recruitsMembers(context, unit: quantity.unit, in: aligned)) {
                // …全部配备“法律明白人”，总数达到2712名: the total of the thing the clause before named;
                // so is what a clause of a period and a verb did (将普法经费纳入年度预算，全年安排85万元).
                let widened = context.widened(toClauseBefore: sentence, in: aligned, segmentation: segmentation)
                definition = matcher.match(unit: quantity.unit, context: widened, level: level, in: aligned)
                // …小栏目，每周更新，全年推了52期: past a clause between that names nothing, when
                // neither holds a figure.
                if definition == nil, widened.clause.lowerBound > sentence.lowerBound {
                    let wider = widened.widened(toClauseBefore: sentence, in: aligned, segmentation: segmentation)
                    if previousFigure.map({ $0.sentence != sentence || $0.numberStart < wider.clause.lowerBound }) ?? true {
                        definition = matcher.match(unit: quantity.unit, context: wider, level: level, in: aligned)
                    }
                }
                if definition?.id == partOf { definition = nil }
            }
            let quote = sentenceQuote ?? aligned.trimmedOriginal(sentence, dropTrailingPunctuation: false)
            previousQuote = (sentence, quote)
            previousFigure = (sentence, context.numberStart)
            if breakdown.opened, definition != nil { breakdown.classified.append(facts.count) }
            facts.append(Fact(
                value: quantity.value, upperValue: quantity.upperValue, unit: quantity.unit,
                qualifier: quantity.qualifier, text: quantity.text,
                clause: aligned.trimmedOriginal(context.clause, dropTrailingPunctuation: true),
                quote: quote,
                utf8Range: quantity.utf8Range, indicator: definition?.id ?? totalOf?.indicator,
                label: definition?.label ?? totalOf?.label ?? subject, subject: subject,
                scope: scope, level: level, theme: definition?.theme ?? totalOf?.theme))
        }
        Self.resolveBreakdown(&breakdown, in: &facts)
        return facts
    }

    /// The figures of a sentence that breaks a thing down by kind.
    private struct Breakdown {
        var opened = false
        var classified: [Int] = []
    }

    /// 从纠纷类型看，婚姻家庭纠纷4,128件；邻里纠纷3,597件…: kinds of one thing, whose
    /// total is said elsewhere. Two or more figures of one indicator there are its parts,
    /// and count for none; a single one, or one of another indicator, keeps its own.
    private static func resolveBreakdown(_ breakdown: inout Breakdown, in facts: inout [Fact]) {
        defer { breakdown = Breakdown() }
        guard breakdown.classified.count >= 2 else { return }
        let ids = breakdown.classified.map { facts[$0].indicator }
        for (index, id) in zip(breakdown.classified, ids) where ids.count(where: { $0 == id }) >= 2 {
            facts[index].unclassify()
        }
    }

    /// Whether a part in `part` may break down a whole counted in `whole`: 名 and 人 both count
    /// people, 场次 and 场 both events (法治课412场次，…其中入监教育法治课96场), 份, 册 and 本 copies,
    /// 件, 起 and 宗 cases (纠纷412件，…其中重大疑难纠纷十七起).
    private static func sameUnit(_ whole: String, _ part: String) -> Bool {
        let family = unitFamily(whole)
        if family != .other { return family == unitFamily(part) }
        // Compared as bytes: String's == checks normalisation when two units differ.
        return whole.utf8.elementsEqual(part.utf8)
    }

    private enum UnitFamily { case people, events, copies, cases, other }

    /// Read from the unit's first scalar: asked for every figure against each counted before it.
    private static func unitFamily(_ unit: String) -> UnitFamily {
        var scalars = unit.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return .other }
        let single = scalars.next() == nil
        switch first {
        case "名", "人": return single ? .people : .other
        case "场": return .events
        case "份", "册", "本": return single ? .copies : .other
        case "件", "起", "宗": return single ? .cases : .other
        default: return .other
        }
    }

    /// How many times a thing is done in a period, not how much was done: 两次 a year,
    /// not 300余次.
    private static func isAFrequency(_ quantity: Quantity) -> Bool {
        quantity.unit.utf8.elementsEqual("次".utf8) && quantity.value <= largestFrequency
    }

    /// Monthly, at most.
    private static let largestFrequency = 12.0

    /// 省级民主法治示范村4个，市级12个: the thing named before, at the level of a
    /// clause that names only a level: its own indicator at that level, or the
    /// same indicator when the thing is not counted by level and was named at a
    /// level too (省级法治文化公园2个，市级5个). Never one that counts the thing
    /// at no level (县级31个 is no total of 示范村), nor a part of a total named
    /// at none (基地11个（省级1个、市级4个）).
    private static func atLevel(_ level: AdministrativeLevel, of named: String?, namedAtALevel: Bool, isPart: Bool,
                                _ matched: IndicatorDefinition?) -> IndicatorDefinition? {
        guard let matched, counts(matched, at: level) || namedAtALevel && !isPart && matched.id == named else { return nil }
        return matched
    }

    /// Whether the indicator counts its thing at this level (省级民主法治示范村).
    private static func counts(_ definition: IndicatorDefinition, at level: AdministrativeLevel?) -> Bool {
        guard let level else { return false }
        return definition.match.contains { $0.level == level }
    }
}
