import ContentFormat
import Indicators
import Markdown

/// Extracts the figures of one report block by block and marks each in
/// place, so every figure on the site links back to its sentence. One
/// marker per report: it numbers the marks `f-1`, `f-2` … in text order.
struct FactMarker {
    let extractor: FactExtractor
    let path: String
    /// The file line of the Markdown body's first line.
    let bodyStartLine: Int
    private(set) var facts: [SiteFact] = []

    init(extractor: FactExtractor, path: String, bodyStartLine: Int) {
        self.extractor = extractor
        self.path = path
        self.bodyStartLine = bodyStartLine
    }

    mutating func marks(for block: TextBlock) -> [InlineMark] {
        guard block.kind != .caption else { return [] }
        var marks: [InlineMark] = []
        for fact in extractor.facts(inBlock: block.text) {
            let anchor = "f-\(facts.count + 1)"
            facts.append(siteFact(fact, anchor: anchor, block: block))
            marks.append(InlineMark(utf8Range: fact.utf8Range, id: anchor, title: title(of: fact)))
        }
        return marks
    }

    /// What a reader sees on hovering a mark: the indicator, or the label of an unclassified figure.
    private func title(of fact: Fact) -> String {
        fact.indicator.flatMap(extractor.catalog.definition(id:))?.label ?? fact.label
    }

    private func siteFact(_ fact: Fact, anchor: String, block: TextBlock) -> SiteFact {
        SiteFact(
            indicatorID: fact.indicator, label: fact.label, value: fact.value, unit: fact.unit,
            qualifier: fact.qualifier.rawValue, text: fact.text, scope: fact.scope.joined(separator: "、"),
            quote: fact.quote, anchor: anchor, theme: fact.theme?.displayName ?? "",
            location: location(of: fact.utf8Range.lowerBound, in: block), subject: fact.subject
        )
    }

    /// The figure's place in the file: the block's line plus the line breaks
    /// before the figure inside the block.
    private func location(of utf8Offset: Int, in block: TextBlock) -> SourceLocation {
        var text = block.text
        let (lineBreaks, column) = text.withUTF8 { bytes in
            let before = UnsafeBufferPointer(rebasing: bytes.prefix(utf8Offset))
            var lineBreaks = 0
            var lineStart = 0
            for (index, byte) in before.enumerated() where byte == UInt8(ascii: "\n") {
                lineBreaks += 1
                lineStart = index + 1
            }
            // The scalars before the figure on its line: the bytes that start one.
            let column = before[lineStart...].count { $0 & 0xC0 != 0x80 } + 1
            return (lineBreaks, column)
        }
        return SourceLocation(
            path: path, line: bodyStartLine + block.line - 1 + lineBreaks,
            column: lineBreaks == 0 ? block.column + column - 1 : column
        )
    }
}
