import Markdown

/// A horizontal bar chart as inline SVG, drawn at build time: it needs no
/// JavaScript and prints as it shows. Every label is escaped.
struct BarChart {
    struct Bar {
        var label: String
        var valueText: String
        var value: Double
        /// Drawn lighter: a figure from another year or level than most.
        var muted: Bool
    }

    var title: String
    var bars: [Bar]

    static let labelWidth = 150.0
    static let valueWidth = 110.0
    static let barArea = 400.0
    static let rowHeight = 28.0

    var svg: String { String(decoding: svgBytes, as: UTF8.self) }

    /// The chart as UTF-8, written as bytes: a large site draws a bar for
    /// every region on every indicator page.
    var svgBytes: [UInt8] {
        let width = Self.labelWidth + Self.barArea + Self.valueWidth
        let height = Double(bars.count) * Self.rowHeight + 8
        let maximum = bars.map(\.value).max() ?? 0
        var svg: [UInt8] = []
        svg.reserveCapacity(400 + bars.count * 320)
        svg += #"<svg class="bar-chart" role="img" aria-label=""#.utf8
        HTMLEscaping.append(title, to: &svg)
        svg += #"" viewBox="0 0 "#.utf8
        Self.appendCoordinate(width, to: &svg)
        svg.append(UInt8(ascii: " "))
        Self.appendCoordinate(height, to: &svg)
        svg += #"" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">"#.utf8
        svg += "\n<title>".utf8
        HTMLEscaping.append(title, to: &svg)
        svg += "</title>\n".utf8
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * Self.rowHeight
            let length = maximum > 0 ? max(1, bar.value / maximum * Self.barArea) : 1
            let middle = y + Self.rowHeight / 2
            if index > 0 { svg.append(UInt8(ascii: "\n")) }
            svg += (bar.muted ? #"<g class="bar muted"><text x=""# : #"<g class="bar"><text x=""#).utf8
            Self.appendCoordinate(Self.labelWidth - 8, to: &svg)
            svg += #"" y=""#.utf8
            Self.appendCoordinate(middle, to: &svg)
            svg += #"" text-anchor="end" dominant-baseline="middle">"#.utf8
            HTMLEscaping.append(bar.label, to: &svg)
            svg += #"</text><rect x=""#.utf8
            Self.appendCoordinate(Self.labelWidth, to: &svg)
            svg += #"" y=""#.utf8
            Self.appendCoordinate(y + 4, to: &svg)
            svg += #"" width=""#.utf8
            Self.appendCoordinate(length, to: &svg)
            svg += #"" height=""#.utf8
            Self.appendCoordinate(Self.rowHeight - 8, to: &svg)
            svg += #""></rect><text x=""#.utf8
            Self.appendCoordinate(Self.labelWidth + length + 6, to: &svg)
            svg += #"" y=""#.utf8
            Self.appendCoordinate(middle, to: &svg)
            svg += #"" dominant-baseline="middle">"#.utf8
            HTMLEscaping.append(bar.valueText, to: &svg)
            svg += "</text></g>".utf8
        }
        svg += "\n</svg>".utf8
        return svg
    }

    /// A coordinate to a tenth, written as a Double of that many tenths
    /// describes itself (`12.5`, `400`), so the same chart is the same bytes
    /// on every machine.
    static func coordinate(_ number: Double) -> String {
        var bytes: [UInt8] = []
        appendCoordinate(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `coordinate(number)`, appended; worked in whole tenths, digit by digit.
    static func appendCoordinate(_ number: Double, to bytes: inout [UInt8]) {
        let tenths = Int((number * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        appendDigits(of: magnitude / 10, to: &bytes)
        guard magnitude % 10 != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }

    private static func appendDigits(of value: UInt, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(of: value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
