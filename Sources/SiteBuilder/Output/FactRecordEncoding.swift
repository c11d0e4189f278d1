import Foundation

/// How figures are written into `data/facts.json` and `data/facts.csv`: a
/// record per figure, in the field order of `FactExports.fields`.
extension FactExports {
    enum Format: CaseIterable {
        case json, csv

        var path: String { self == .json ? jsonPath : csvPath }

        /// One report's records, each JSON record preceded by the separator
        /// that a record after another takes.
        func records(of report: RenderedReport, in region: Region) -> [UInt8] {
            encodedRecords(of: report, in: region, formats: [self])[0]
        }

        func append(_ row: [String], to out: inout [UInt8]) {
            appendStart(to: &out)
            for (position, value) in row.enumerated() { appendField(value, at: position, to: &out) }
            appendEnd(to: &out)
        }

        /// What comes before a record's first field.
        func appendStart(to out: inout [UInt8]) {
            if self == .json { out.append(contentsOf: jsonPieces[JSONPiece.recordStart]) }
        }

        /// The field at `position` in `fields`, after the separator that any but the first takes.
        func appendField(_ value: String, at position: Int, to out: inout [UInt8]) {
            switch self {
            case .json:
                let pieces = jsonPieces
                if position > 0 { out.append(contentsOf: pieces[JSONPiece.fieldSeparator]) }
                out.append(contentsOf: pieces[JSONPiece.firstKey + position])
                if jsonNumeric[position] && !value.isEmpty { out += value.utf8 } else { JSONText.append(value, to: &out) }
            case .csv:
                if position > 0 { out.append(UInt8(ascii: ",")) }
                CSV.appendField(value, to: &out)
            }
        }

        /// What ends a record.
        func appendEnd(to out: inout [UInt8]) {
            switch self {
            case .json: out.append(UInt8(ascii: "}"))
            case .csv: CSV.appendLineEnd(to: &out)
            }
        }
    }

    /// One report's records in one format. The report's own values lead every
    /// record and are encoded once; the figures of one sentence share its quote,
    /// which is encoded once for them.
    struct ReportRecordEncoder {
        let format: Format
        let report: ReportFields
        private let reportValues: [UInt8]
        private var lastQuote: (text: String, encoded: [UInt8])?

        init(_ format: Format, report: ReportFields) {
            self.format = format
            self.report = report
            var encoded: [UInt8] = []
            for (position, value) in report.values.enumerated() { format.appendField(value, at: position, to: &encoded) }
            reportValues = encoded
        }

        mutating func append(_ fact: SiteFact, made: MadeValues, to out: inout [UInt8]) {
            format.appendStart(to: &out)
            out += reportValues
            let quotePosition = FactExports.quotePosition  // read once, not once per field
            var position = report.values.count
            forEachFigureValue(of: fact, made: made) { value in
                if position == quotePosition {
                    appendQuote(value, to: &out)
                } else {
                    format.appendField(value, at: position, to: &out)
                }
                position += 1
            }
            format.appendEnd(to: &out)
        }

        private mutating func appendQuote(_ quote: String, to out: inout [UInt8]) {
            if let lastQuote, Self.sameBytes(lastQuote.text, quote) {
                out += lastQuote.encoded
                return
            }
            var encoded: [UInt8] = []
            format.appendField(quote, at: quotePosition, to: &encoded)
            out += encoded
            lastQuote = (quote, encoded)
        }

        /// Byte for byte: canonically equivalent texts are still different quotes.
        private static func sameBytes(_ first: String, _ second: String) -> Bool {
            var first = first, second = second
            return first.withUTF8 { a in
                second.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
            }
        }
    }

    /// One report's records in each format, in the order given, from one pass over its figures.
    static func encodedRecords(of report: RenderedReport, in region: Region,
                               formats: [Format] = Format.allCases) -> [[UInt8]] {
        precondition(!report.figuresReduced, "the figure exports are made before figures are dropped")
        let shared = ReportFields(report: report, region: region)
        var encoders = formats.map { ReportRecordEncoder($0, report: shared) }
        var pieces = formats.map { _ in [UInt8]() }
        for fact in report.facts {
            let made = MadeValues(fact, shared)
            for index in encoders.indices { encoders[index].append(fact, made: made, to: &pieces[index]) }
        }
        return pieces
    }

    /// One export made of reports' records in site order, in one piece or as
    /// the reports are rendered: the first record takes no separator.
    struct ExportFile {
        let format: Format
        private var hasRecords = false

        init(_ format: Format) {
            self.format = format
        }

        var start: [UInt8] {
            switch format {
            case .json: jsonStart
            case .csv: csvStart
            }
        }

        var end: [UInt8] { format == .json ? jsonEnd : [] }

        mutating func piece(_ records: [UInt8]) -> ArraySlice<UInt8> {
            guard !records.isEmpty else { return [] }
            defer { hasRecords = true }
            return format == .json && !hasRecords ? records.dropFirst(recordSeparator.count) : records[...]
        }
    }

    fileprivate static let jsonStart = Array("{\"facts\": [\n".utf8)
    fileprivate static let jsonEnd = Array("\n]}\n".utf8)
    fileprivate static let csvStart = {
        var out = CSV.byteOrderMark
        CSV.append(fields, to: &out)
        return out
    }()
    fileprivate static let recordSeparator = Array(",\n".utf8)

    /// What a JSON record is made of besides its values: where each is in `jsonPieces`.
    fileprivate enum JSONPiece {
        static let recordStart = 0
        static let fieldSeparator = 1
        /// Each field's key with its ": ", in field order.
        static let firstKey = 2
    }

    fileprivate static let jsonPieces = PermanentBytes(
        [recordSeparator + Array("    {".utf8), Array(", ".utf8)] + fields.map { JSONText.encoded($0) + Array(": ".utf8) }
    )
    /// Whether each field is written as a JSON number; in permanent memory for the same reason.
    /// Never written after it is made.
    nonisolated(unsafe) fileprivate static let jsonNumeric: UnsafeBufferPointer<Bool> = {
        let flags = UnsafeMutableBufferPointer<Bool>.allocate(capacity: fields.count)
        _ = flags.initialize(from: fields.map(numericFields.contains))
        return UnsafeBufferPointer(flags)
    }()
    fileprivate static let quotePosition = fields.firstIndex(of: "quote")!
}
