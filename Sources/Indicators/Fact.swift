/// One figure a report states, classified against the catalog.
public struct Fact: Sendable, Equatable {
    public var value: Double
    public var upperValue: Double?
    public var unit: String
    public var qualifier: Qualifier
    /// The quantity as written, e.g. "300余场次".
    public var text: String
    /// The clause the figure stands in, as written, without its closing punctuation.
    public var clause: String
    /// The whole sentence, as written and trimmed: what a reader is shown as the source.
    public var quote: String
    /// UTF-8 byte offsets of `text` in the block text passed to `facts(inBlock:)`.
    public var utf8Range: Range<Int>
    /// Catalog id, or nil when no entry fits, the figure is a target (目标), per
    /// unit (每个, 人均), the speaker's own (本人…), a part (其中…) or a change
    /// (较上年增加…): an indicator's figures are what a region did in all.
    public var indicator: String?
    /// The catalog label, or else the nearest noun phrase (矛盾纠纷, 执法人员).
    public var label: String
    /// The nearest noun phrase, whatever the indicator: what this very figure counts
    /// (人民调解员 in 人民调解员1412名), where `label` names only the indicator.
    public var subject: String
    /// What the text says about the figure's coverage, in this order: levels (全国, 省级,
    /// 自治区级, 市级, 区级, 县级), periods (2024年度, 上半年, 今年, 每年), then 累计, 新增,
    /// then 目标 for a goal (力争培养“法律明白人”5000名以上), then the words of a figure
    /// per unit (每个 in 每个村配备“法律明白人”不少于5名, 人均), then 本人 for what the
    /// speaker of a duty report did in person (本人讲授法治课4场).
    /// Join with "、" for display.
    public var scope: [String]
    /// The single level the figure is stated at; nil when none or several are given.
    public var level: AdministrativeLevel?
    /// The theme of the matched indicator.
    public var theme: IndicatorTheme?

    public init(value: Double, upperValue: Double?, unit: String, qualifier: Qualifier, text: String,
                clause: String, quote: String, utf8Range: Range<Int>, indicator: String?, label: String,
                subject: String? = nil, scope: [String], level: AdministrativeLevel?, theme: IndicatorTheme?) {
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
        self.clause = clause
        self.quote = quote
        self.utf8Range = utf8Range
        self.indicator = indicator
        self.label = label
        self.subject = subject ?? label
        self.scope = scope
        self.level = level
        self.theme = theme
    }
}

extension Fact {
    /// The figure as one that counts for no indicator: labelled with its own subject.
    mutating func unclassify() {
        indicator = nil
        label = subject
        theme = nil
    }
}
