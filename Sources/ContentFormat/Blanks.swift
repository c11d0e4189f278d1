/// Foundation's whitespace sets, tested scalar by scalar: trimming with a
/// `CharacterSet` bridges every string to NSString, and a site reads its
/// reports' front matter by the ten thousand.
enum Blanks {
    /// `CharacterSet.whitespaces`: tab, the space separators and the zero width space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.whitespacesAndNewlines`: Unicode's White_Space and the zero width space.
    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200B}" || scalar.properties.isWhitespace
    }

    /// `text` without the scalars `isBlank` holds for at either end, as
    /// `trimmingCharacters(in:)` trims them.
    static func trimmed(_ text: Substring, _ isBlank: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}
