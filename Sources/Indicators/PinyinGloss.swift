/// The pinyin that converters insert after a character of a web page:
/// `網(wǎng)`, `數(shù)`. Only a parenthesis right after a Han character, holding
/// one syllable of Latin letters with a tone mark (or a tone digit), is one,
/// so a real parenthesis such as `(社区)` or `(app)` never is.
public enum PinyinGloss {
    /// Vowels with tone marks: what sets a gloss apart from a parenthesis of letters.
    public static let toneMarkedVowels: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)

    /// The index of the closing parenthesis of the gloss whose opening one is
    /// at `open`, or nil when no gloss opens there.
    public static func closingIndex(in scalars: [Unicode.Scalar], openingAt open: Int) -> Int? {
        guard open > 0, open < scalars.count, scalars[open] == "(" || scalars[open] == "（",
              isHan(scalars[open - 1]),
              let end = syllableEnd(in: scalars, from: open + 1), end < scalars.count,
              scalars[end] == ")" || scalars[end] == "）" else { return nil }
        return end
    }

    /// The index just past a pinyin syllable starting at `start`, or nil.
    public static func syllableEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var hasTone = false
        while index < scalars.count, index - start < 7 {
            let scalar = scalars[index]
            if toneMarkedVowels.contains(scalar) {
                hasTone = true
            } else if !(("a"..."z").contains(scalar) || scalar == "ü") {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        if !hasTone, index < scalars.count, ("1"..."5").contains(scalars[index]) {
            hasTone = true
            index += 1
        }
        return hasTone ? index : nil
    }

    /// CJK Unified Ideographs, their extensions and compatibility ideographs.
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
