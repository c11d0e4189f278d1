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
    /// Which sections are plans, whose figures are all targets.
    private var sections: PlanSections

    init(extractor: FactExtractor, path: String, bodyStartLine: Int, title: String) {
        self.extractor = extractor
        self.path = path
        self.bodyStartLine = bodyStartLine
        sections = PlanSections(title: title)
    }

    mutating func marks(for block: TextBlock) -> [InlineMark] {
        switch block.kind {
        case .heading(let level): sections.enter(heading: block.text, level: level)
        case .paragraph: sections.enter(paragraph: block.text)
        default: break
        }
        guard block.kind != .caption else { return [] }
        let (found, marks) = marked(block, numberedFrom: facts.count + 1, inPlan: sections.isInPlan,
                                    under: block.isHeading ? nil : sections.lastHeading)
        facts += found
        return marks
    }

    /// A block's figures and their marks, numbered on from `first`. Not
    /// mutating: a closure in a mutating method copied the whole marker
    /// (its extractor's tables and all) for each block.
    private func marked(_ block: TextBlock, numberedFrom first: Int, inPlan: Bool,
                        under heading: String?) -> ([SiteFact], [InlineMark]) {
        let facts = extractor.facts(inBlock: block.text, inPlan: inPlan, under: heading)
        var found: [SiteFact] = []
        var marks: [InlineMark] = []
        found.reserveCapacity(facts.count)
        marks.reserveCapacity(facts.count)
        var text = block.text
        text.withUTF8 { bytes in
            var cursor = LineCursor()
            // By index: a figure read in place, not copied field by field out of the array.
            for index in facts.indices {
                let anchor = "f-\(first + found.count)"
                cursor.advance(to: facts[index].utf8Range.lowerBound, in: bytes)
                found.append(siteFact(facts[index], anchor: anchor, location: location(of: cursor, in: block)))
                // The indicator's label for a figure of one, else its own (`Fact.label`).
                marks.append(InlineMark(utf8Range: facts[index].utf8Range, id: anchor, title: facts[index].label))
            }
        }
        return (found, marks)
    }

    private func siteFact(_ fact: Fact, anchor: String, location: SourceLocation) -> SiteFact {
        SiteFact(
            indicatorID: fact.indicator, label: fact.label, value: fact.value, unit: fact.unit,
            qualifier: fact.qualifier.rawValue, text: fact.text, scope: fact.scope.joined(separator: "、"),
            quote: fact.quote, anchor: anchor, theme: fact.theme?.displayName ?? "",
            location: location, subject: fact.subject
        )
    }

    /// The figure's place in the file: the block's line plus the line breaks
    /// before the figure inside the block.
    private func location(of cursor: LineCursor, in block: TextBlock) -> SourceLocation {
        SourceLocation(
            path: path, line: bodyStartLine + block.line - 1 + cursor.lineBreaks,
            column: cursor.lineBreaks == 0 ? block.column + cursor.column - 1 : cursor.column
        )
    }
}

/// Line breaks and the column (in scalars, from 1) at a byte offset of a
/// block, counted on from the last offset asked: a block's figures come in
/// text order, so its bytes are read once however many figures it has.
struct LineCursor {
    private(set) var offset = 0
    private(set) var lineBreaks = 0
    private(set) var column = 1

    mutating func advance(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        if target < offset { self = LineCursor() }
        while offset < min(target, bytes.count) {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                lineBreaks += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // A byte that starts a scalar.
                column += 1
            }
            offset += 1
        }
    }
}

private extension TextBlock {
    var isHeading: Bool {
        if case .heading = kind { true } else { false }
    }
}
