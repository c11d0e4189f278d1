/// A Word document saved as text with its fields' codes showing: TOC \o "1-3" \h \z \u over
/// its contents, HYPERLINK \l "_Toc187340211" before an entry and PAGEREF _Toc187340211 \h
/// before its page, PAGE \* MERGEFORMAT in a page's footer, SEQ 表 \* ARABIC in a caption.
/// The codes go; what a field showed (the entry, the page's number) stays. A field's name
/// alone (PAGE in an English sentence) is no code: a switch, a quoted argument or a
/// bookmark must follow it.
enum WordFieldCodes {
    /// The line without its fields' codes, and the codes that went.
    static func removing(_ line: String) -> (text: String, removed: [String]) {
        guard line.contains("\\") || line.contains("_Toc") || line.contains("_Ref") else { return (line, []) }
        let codes = line.matches(of: fieldCode)
        guard !codes.isEmpty else { return (line, []) }
        var text = ""
        var rest = line[...]
        for code in codes {
            text += rest[..<code.range.lowerBound]
            rest = rest[code.range.upperBound...]
        }
        return (text + rest, codes.map { String($0.output).trimmingSpaces })
    }

    /// A field's name and what follows it: switches (\h, \* MERGEFORMAT, \o "1-3"), quoted
    /// arguments, bookmarks (_Toc187340211) and a sequence's name before its switch (SEQ 表 \*).
    private static var fieldCode: Regex<Substring> {
        #/(?:TOC|HYPERLINK|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|SEQ|STYLEREF|REF)(?:[ \t]+(?:\\[A-Za-z*#@!](?:[ \t]+(?:"[^"]*"|MERGEFORMAT|CHARFORMAT|Arabic|ARABIC|roman|ROMAN|alphabetic|ALPHABETIC))?|"[^"]*"|_[A-Za-z]+[0-9]+|[\p{Script=Han}A-Za-z]{1,6}(?=[ \t]+\\)))+/#
    }
}
