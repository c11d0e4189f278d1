/// How exactly the report states a figure.
///
/// The raw values match the export format (`approx_over`, `at_least`), so CSV and
/// JSON consumers see the same words as the catalog and the site.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// 达/共/累计, or no qualifier at all.
    case exact
    /// 余/多/超/超过/逾: more than the stated figure.
    case approxOver = "approx_over"
    /// 以上/至少/不少于: the stated figure or more.
    case atLeast = "at_least"
    /// 近/约/左右: about the stated figure.
    case approx
}

/// One number as found in a text, with its unit and qualifier.
public struct Quantity: Sendable, Equatable {
    /// Normalised value: 万/亿 applied, 万元 converted to 元, a percentage kept as its number (99% → 99).
    public var value: Double
    /// The upper end of a range such as 3至5场; nil for a single figure.
    public var upperValue: Double?
    /// Unit word as normalised, e.g. "人次", "元", "%". Empty for a bare multiplied figure such as 1700余万.
    public var unit: String
    public var qualifier: Qualifier
    /// The figure as written, including qualifier words that belong to it, e.g. "300余场次", "近10万次".
    public var text: String
    /// UTF-8 byte offsets of `text` in the string that was parsed (the original, never the normalised one).
    public var utf8Range: Range<Int>

    public init(
        value: Double, upperValue: Double? = nil, unit: String, qualifier: Qualifier,
        text: String, utf8Range: Range<Int>
    ) {
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
        self.utf8Range = utf8Range
    }
}
