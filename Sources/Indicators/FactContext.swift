/// The words around one quantity that say what it counts.
///
/// Chinese puts the counted noun on either side: 培育学法用法示范户598户 (noun first) or
/// 5个大型法治宣传教育基地 (number first). Each quantity owns the words between it and its
/// neighbours in the clause; the side its noun is on is the primary side.
struct FactContext: Sendable {
    let clause: Range<Int>
    /// Clause start (or the previous quantity's end) up to the number.
    let before: Range<Int>
    /// After the quantity, up to the next quantity or the clause end.
    let after: Range<Int>
    /// In 1个国家级、7个省级、30个市级民主法治示范村 the earlier figures share the noun of
    /// the last: the words after each following quantity, while the words end in 、.
    let sharedAfter: [Range<Int>]
    let numberStart: Int
    let quantityEnd: Int
    /// True for 5个大型基地 (noun after), false for 示范户598户 (noun before).
    let numberFirst: Bool
    /// True when this figure continues a list with 、: 市级示范村35个、民主法治社区8个.
    let continuesList: Bool
    /// True for a list item that names its own thing in quotes before its number
    /// (“法律明白人”1360名、“法治带头人”420名): a quoted name is whole, so the
    /// item borrows no words from the items before it, as 省级15个 does. So does a
    /// noun of four characters or more besides a level (法治长廊7条、法治书屋15个):
    /// a thing of its own, which 社区8个 or 市级示范村30个 is not.
    let namesItsOwnThing: Bool
    /// True when the figure's noun is before it and a 、 follows it: the words
    /// after the 、 name the next item (执业律师1200名、基层法律服务工作者380名).
    let afterNamesTheNextItem: Bool
    /// True for 172名村（社区）法律顾问 after 1,036名“法律明白人”和: both figures name
    /// their things after them, and a word that joins items stands between, so the
    /// words before this one are the other's.
    var beforeIsTheFigureBefores = false
    /// True for a figure inside a parenthesis that opens right after another figure and
    /// breaks it down (57个（全国级2个、省级12个）, 52.6万人次（线下38.1万人次、线上14.5万人次）):
    /// a part of that figure, as one after 其中 is.
    var inBreakdown = false
    /// The scalars of the clause, which holds every range a term is looked for in.
    let clauseScalars: ScalarFilter

    static func contexts(for quantities: [ScannedQuantity], in text: AlignedText,
                         segmentation: Segmentation) -> [FactContext] {
        // Quantities come in text order, so those of one clause are neighbours: its
        // scalars are filtered once for all of them (a run-on clause can hold dozens).
        var lastClause: (range: Range<Int>, scalars: ScalarFilter)?
        var previousNamedAfter: (clause: Range<Int>, end: Int)?
        var breakdownEnd: Int?
        return quantities.indices.map { index in
            let range = quantities[index].range
            let clause = segmentation.clause(containing: range.lowerBound)
            let previousEnd = index > 0 && clause.contains(quantities[index - 1].range.upperBound - 1)
                ? quantities[index - 1].range.upperBound : clause.lowerBound
            let nextStart = index + 1 < quantities.count && clause.contains(quantities[index + 1].range.lowerBound)
                ? quantities[index + 1].range.lowerBound : clause.upperBound
            let before = min(previousEnd, range.lowerBound)..<range.lowerBound
            let after = cutAtBreakdown(range.upperBound..<max(nextStart, range.upperBound), in: text)
            var sharedAfter: [Range<Int>] = []
            var segment = after
            var following = index + 1
            while following < quantities.count, segment.upperBound < clause.upperBound,
                  let last = text.lastNonSpace(in: segment), text.scalars[last] == "、" {
                let start = quantities[following].range.upperBound
                let end = following + 1 < quantities.count && clause.contains(quantities[following + 1].range.lowerBound)
                    ? quantities[following + 1].range.lowerBound : clause.upperBound
                segment = start..<max(end, start)
                sharedAfter.append(segment)
                following += 1
            }
            let firstBefore = text.firstNonSpace(in: before)
            // The first part of a breakdown opens its list, as an item after 、 continues one.
            let opensBreakdown = previousEnd > clause.lowerBound
                && firstBefore.map { namesAPartBeforeAFigure(from: $0, in: text) } == true
            if opensBreakdown, let open = firstBefore { breakdownEnd = closing(open, in: text) }
            let continuesList = opensBreakdown || firstBefore.map { text.scalars[$0] == "、" } ?? false
            let numberFirst = startsWithWords(after, text: text)
            let clauseScalars: ScalarFilter
            if let lastClause, lastClause.range == clause {
                clauseScalars = lastClause.scalars
            } else {
                clauseScalars = ScalarFilter(text.scalars[clause.clamped(to: 0..<text.count)])
                lastClause = (clause, clauseScalars)
            }
            var context = FactContext(
                clause: clause, before: before, after: after, sharedAfter: sharedAfter,
                numberStart: range.lowerBound, quantityEnd: range.upperBound,
                numberFirst: numberFirst, continuesList: continuesList,
                namesItsOwnThing: continuesList && !numberFirst
                    && (before.contains { quoteOpeners.contains(text.scalars[$0]) } || namesAThingOfItsOwn(before, text: text)),
                afterNamesTheNextItem: !numberFirst && text.firstNonSpace(in: after).map { text.scalars[$0] == "、" } ?? false,
                clauseScalars: clauseScalars)
            context.beforeIsTheFigureBefores = numberFirst && previousNamedAfter.map { $0.clause == clause && $0.end == before.lowerBound } == true
                && joinsTwoItems(before, text: text)
            previousNamedAfter = numberFirst ? (clause, range.upperBound) : nil
            context.inBreakdown = breakdownEnd.map { range.lowerBound < $0 } ?? false
            return context
        }
    }

    /// The same figure read as if its clause began where the clause before it
    /// does, in its sentence: for a clause that names only a total
    /// (…全部配备“法律明白人”，总数达到2712名), whose thing the clause before names.
    func widened(toClauseBefore sentence: Range<Int>, in text: AlignedText, segmentation: Segmentation) -> FactContext {
        let previous = clause.lowerBound > sentence.lowerBound ? segmentation.clause(containing: clause.lowerBound - 1) : clause
        return widened(from: max(sentence.lowerBound, min(previous.lowerBound, clause.lowerBound)), in: text)
    }

    /// The same figure read with the label a colon introduces, in its sentence:
    /// 法律明白人：3,216名, or 市级民主法治示范村（社区）：新增15个，累计63个, a
    /// statistics line whose figures name no thing of their own. `colon` is the
    /// last colon before the figure in its sentence. Nil when the words before it
    /// are no short label but a clause with figures of its own.
    func widened(toLabelBeforeColon colon: Int, in sentence: Range<Int>, of text: AlignedText,
                 segmentation: Segmentation) -> FactContext? {
        guard colon > sentence.lowerBound else { return nil }
        let label = segmentation.clause(containing: colon - 1)
        var start = Self.pastItemNumber(from: max(sentence.lowerBound, label.lowerBound), before: colon, in: text)
        // 产出指标、数量指标、创建省级民主法治示范村（社区）：a performance table's row, its groups
        // before its own name, which alone is the label when all of them are too long for one.
        if colon - start > Self.longestLabel, let lastStop = (start..<colon).last(where: { text.scalars[$0] == "、" }) {
            start = lastStop + 1
        }
        guard colon - start <= Self.longestLabel,
              !text.scalars[start..<colon].contains(where: { CharacterClass.isDigit($0) }),
              // 服务主要包括：…: a list of kinds follows, not the figures of one thing.
              !Self.listLeads.contains(where: { text.hasSuffix($0, before: colon) }) else { return nil }
        return widened(from: start, in: text)
    }

    /// The same figure read as if nothing stood before it in its clause but words: for the
    /// end of a rise (由2023年的11个增至15个), whose thing the clause's start names.
    func widenedToClauseStart(in text: AlignedText) -> FactContext {
        widened(from: clause.lowerBound, in: text)
    }

    /// The figure with its clause, and the words before it, starting at `start`.
    private func widened(from start: Int, in text: AlignedText) -> FactContext {
        let wider = start..<clause.upperBound
        return FactContext(
            clause: wider, before: start..<numberStart, after: after, sharedAfter: [],
            numberStart: numberStart, quantityEnd: quantityEnd, numberFirst: false, continuesList: false,
            namesItsOwnThing: false, afterNamesTheNextItem: false,
            clauseScalars: ScalarFilter(text.scalars[wider.clamped(to: 0..<text.count)]))
    }

    /// Whether a clause after the colon, before this figure's own, names a thing of its
    /// own before its figure: a table's row written out (柘塘社区：参训学员18名，考核合格17名)
    /// names each figure by its column, where a statistics line's 新增15个 names none
    /// (示范村：新增15个，累计63个).
    func followsAnItemNamingItsOwnThing(afterColon colon: Int, in text: AlignedText, segmentation: Segmentation) -> Bool {
        let end = clause.lowerBound
        var position = colon + 1
        while position < end {
            let item = segmentation.clause(containing: position)
            let itemEnd = min(max(item.upperBound, position + 1), end)
            let figure = (position..<itemEnd).first { CharacterClass.isDigit(text.scalars[$0]) } ?? itemEnd
            if Self.namesAThingOfItsOwn(position..<figure, text: text) { return true }
            position = itemEnd
        }
        return false
    }

    /// Past the number of a list's item or a table's row (8、创建省级民主法治示范村：…): it numbers the label.
    private static func pastItemNumber(from start: Int, before end: Int, in text: AlignedText) -> Int {
        var position = start
        while position < end, CharacterClass.isDigit(text.scalars[position]) { position += 1 }
        guard position > start, position < end, itemNumberMarks.contains(text.scalars[position]) else { return start }
        return position + 1
    }

    private static let itemNumberMarks = ScalarBits("、.．".unicodeScalars)

    private static let listLeads: [[Unicode.Scalar]] = ["包括", "如下", "主要有", "分别是", "分别为"].map { Array($0.unicodeScalars) }

    /// The longest label before a colon, in scalars (公布普法责任清单单位, 市级民主法治示范村（社区）).
    private static let longestLabel = 24

    /// The words after a figure end where a parenthesis breaks it down:
    /// 1120名人民调解员(其中专职调解员98名) or 委员会412个（含…23个）. Its
    /// words describe the parts, so 专职 there does not make the whole a part.
    /// They end too at the parenthesis that closes around the figure:
    /// (其中专职调解员41名)参与排查 — 参与 is the outer sentence's.
    private static func cutAtBreakdown(_ after: Range<Int>, in text: AlignedText) -> Range<Int> {
        var depth = 0
        for position in after {
            switch text.scalars[position] {
            case "(", "（":
                // …示范村57个（全国级2个…）: a parenthesis of figures right after the figure.
                if breakdownWords.contains(where: { text.hasPrefix($0, at: position + 1) })
                    || position == after.lowerBound && namesAPartBeforeAFigure(from: position, in: text) {
                    return after.lowerBound..<position
                }
                depth += 1
            case ")", "）":
                if depth == 0 { return after.lowerBound..<position }
                depth -= 1
            default:
                break
            }
        }
        return after
    }

    private static let breakdownWords: [[Unicode.Scalar]] = ["其中", "含", "包括"].map { Array($0.unicodeScalars) }

    /// Whether `open` opens a parenthesis whose words name a part before its first figure
    /// (（线下38.1万人次…）); one that only writes the figure again (叁万贰仟元（¥32,000.00）)
    /// breaks nothing down.
    private static func namesAPartBeforeAFigure(from open: Int, in text: AlignedText) -> Bool {
        guard text.scalars[open] == "（" || text.scalars[open] == "(" else { return false }
        var named = false
        var depth = 0
        for position in open + 1..<text.count {
            let scalar = text.scalars[position]
            if CharacterClass.isDigit(scalar) { return named }
            if scalar == "（" || scalar == "(" {
                depth += 1
            } else if scalar == "）" || scalar == ")" {
                if depth == 0 { return false }
                depth -= 1
            } else if CharacterClass.isIdeograph(scalar) {
                named = true
            }
        }
        return false
    }

    /// Where the parenthesis opened at `open` closes (the text's end if it does not).
    private static func closing(_ open: Int, in text: AlignedText) -> Int {
        var depth = 0
        for position in open..<text.count {
            switch text.scalars[position] {
            case "(", "（": depth += 1
            case ")", "）":
                depth -= 1
                if depth == 0 { return position }
            default: break
            }
        }
        return text.count
    }

    private static let wordOpeners = ScalarBits("“《「(（\"".unicodeScalars)
    private static let quoteOpeners = ScalarBits("“「《".unicodeScalars)

    /// A noun follows the unit directly: 个大型…, 名执法人员…, 个国家级…, 余人的讲师团.
    private static func startsWithWords(_ range: Range<Int>, text: AlignedText) -> Bool {
        guard let first = text.firstNonSpace(in: range) else { return false }
        let scalar = text.scalars[first]
        return CharacterClass.isIdeograph(scalar) || wordOpeners.contains(scalar)
    }

    /// Whether a list item's own words, after its 、 and besides any level word (温州市级18个), hold a noun of
    /// `ownNounLength` characters or more. Words in parentheses gloss the noun and do not count:
    /// 省级示范村（社区）14个 names its thing for short, as 市级示范村31个 does.
    private static func namesAThingOfItsOwn(_ before: Range<Int>, text: AlignedText) -> Bool {
        var ideographs = 0
        var parentheses = 0
        var position = before.lowerBound
        while position < before.upperBound {
            let scalar = text.scalars[position]
            if scalar == "（" || scalar == "(" {
                parentheses += 1
            } else if scalar == "）" || scalar == ")" {
                parentheses = max(0, parentheses - 1)
            } else if parentheses == 0, CharacterClass.isIdeograph(scalar) {
                if let level = ScopeReader.levelWordLength(at: position, of: text) {
                    position += level
                    continue
                }
                ideographs += 1
            }
            position += 1
        }
        return ideographs >= ownNounLength
    }

    private static let ownNounLength = 4

    /// Whether the words between two figures end in a word that joins two items
    /// of a list (“法律明白人”和, …、), after a word of the first: 村（社区）中已有 does not.
    private static func joinsTwoItems(_ range: Range<Int>, text: AlignedText) -> Bool {
        guard let last = range.last(where: { !CharacterClass.isSpace(text.scalars[$0]) }), last > range.lowerBound else { return false }
        return itemJoiners.contains(text.scalars[last])
    }

    private static let itemJoiners = ScalarBits("和与及、".unicodeScalars)

    /// How far a term is from the figure, in characters, with penalties for the
    /// secondary side and for words outside the figure's own segment. Nil if absent.
    func distance(to term: some RandomAccessCollection<Unicode.Scalar>, in text: AlignedText) -> Int? {
        // Most terms asked about are not in the clause at all, and are known to be absent at once.
        guard !term.isEmpty, clauseScalars.mayContain(all: term) else { return nil }
        var best: Int?
        func consider(_ value: Int) { best = min(best ?? value, value) }
        let afterPenalty = numberFirst ? 0 : Self.secondarySidePenalty
        // `after`, then `sharedAfter`: asked for every term of every rule tried, so no array is made to join them.
        for index in (afterNamesTheNextItem ? 0 : -1)..<sharedAfter.count {
            let range = index < 0 ? after : sharedAfter[index]
            var position = range.lowerBound
            while position + term.count <= range.upperBound {
                if text.hasPrefix(term, at: position) { consider(position - quantityEnd + afterPenalty) }
                position += 1
            }
        }
        if beforeIsTheFigureBefores { return best }
        let beforePenalty = numberFirst ? Self.secondarySidePenalty : 0
        var position = numberStart - term.count
        // An item that names its own thing takes no words from before its segment.
        let firstPosition = namesItsOwnThing ? before.lowerBound : clause.lowerBound
        while position >= firstPosition {
            if text.hasPrefix(term, at: position) {
                let outside = position < before.lowerBound ? Self.outsideSegmentPenalty : 0
                consider(numberStart - (position + term.count) + beforePenalty + outside)
            }
            position -= 1
        }
        return best
    }

    /// Whether a term is among the words after the figure that `distance` reads.
    func isAfter(_ term: some RandomAccessCollection<Unicode.Scalar>, in text: AlignedText) -> Bool {
        guard !term.isEmpty, clauseScalars.mayContain(all: term) else { return false }
        for index in (afterNamesTheNextItem ? 0 : -1)..<sharedAfter.count {
            let range = index < 0 ? after : sharedAfter[index]
            var position = range.lowerBound
            while position + term.count <= range.upperBound {
                if text.hasPrefix(term, at: position) { return true }
                position += 1
            }
        }
        return false
    }

    static let secondarySidePenalty = 20
    static let outsideSegmentPenalty = 40

    /// The segment whose words describe the figure most directly.
    var primarySegment: Range<Int> { numberFirst ? after : before }
    var secondarySegment: Range<Int> { numberFirst ? before : after }
}
