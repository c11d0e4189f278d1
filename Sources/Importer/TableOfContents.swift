/// A document copied from a PDF or Word file may keep its table of contents:
/// 目录 on a line of its own, then one line per chapter with its page number,
/// often after dot leaders (第一章　基本情况………2). A bulletin lists the
/// headlines of the issue instead (【本期要目】), one a line, with no page
/// numbers, down to a blank line. None of it is the report's text, and its
/// entries would read as headings without text under them.
enum TableOfContents {
    enum Kind {
        /// 目录: each entry ends in its page number.
        case pages
        /// 本期要目: headlines, down to the first blank line.
        case headlines
    }

    /// The kind of table `line` opens, or nil when it opens none.
    static func kind(ofHeader line: String) -> Kind? {
        if line.wholeMatch(of: #/目\s*[录次]/#) != nil { return .pages }
        if line.wholeMatch(of: #/[【\[]?\s*(?:本期要目|本期目录|本期导读|要\s*目)\s*[】\]]?/#) != nil { return .headlines }
        return nil
    }

    /// Whether `copied`, a line of text as copied, is an entry of a table of this kind.
    static func isEntry(_ copied: String, of kind: Kind) -> Bool {
        let line = copied.trimmingSpaces
        guard !line.isEmpty, line.count <= 80 else { return false }
        switch kind {
        case .pages:
            return line.wholeMatch(of: pageEntry) != nil
        case .headlines:
            return line.count <= 50 && !line.unicodeScalars.contains { "。；！？".unicodeScalars.contains($0) }
        }
    }

    /// A chapter's name and the page it starts on, with dot leaders or spaces
    /// between them and nothing after the number.
    private static var pageEntry: Regex<Substring> {
        #/.*?[^\d\s…·．.・⋯_\-—][\s…·．.・⋯_\-—]+[0-9０-９]{1,3}/#
    }
}
