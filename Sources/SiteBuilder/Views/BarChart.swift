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

    var svg: String {
        let width = Self.labelWidth + Self.barArea + Self.valueWidth
        let height = Double(bars.count) * Self.rowHeight + 8
        let maximum = bars.map(\.value).max() ?? 0
        let format = Self.coordinate
        var svg = """
        <svg class="bar-chart" role="img" aria-label="\(HTMLEscaping.escape(title))" viewBox="0 0 \(format(width)) \(format(height))" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
        <title>\(HTMLEscaping.escape(title))</title>

        """
        svg.reserveCapacity(svg.utf8.count + bars.count * 320)
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * Self.rowHeight
            let length = maximum > 0 ? max(1, bar.value / maximum * Self.barArea) : 1
            let middle = y + Self.rowHeight / 2
            if index > 0 { svg += "\n" }
            svg += """
            <g class="bar\(bar.muted ? " muted" : "")">\
            <text x="\(format(Self.labelWidth - 8))" y="\(format(middle))" text-anchor="end" dominant-baseline="middle">\(HTMLEscaping.escape(bar.label))</text>\
            <rect x="\(format(Self.labelWidth))" y="\(format(y + 4))" width="\(format(length))" height="\(format(Self.rowHeight - 8))"></rect>\
            <text x="\(format(Self.labelWidth + length + 6))" y="\(format(middle))" dominant-baseline="middle">\(HTMLEscaping.escape(bar.valueText))</text>\
            </g>
            """
        }
        svg += "\n</svg>"
        return svg
    }

    /// A coordinate to a tenth, written as a Double of that many tenths
    /// describes itself (`12.5`, `400`), so the same chart is the same bytes
    /// on every machine. Worked in whole tenths: a large site draws a bar for
    /// every region on every indicator page.
    static func coordinate(_ number: Double) -> String {
        let tenths = Int((number * 10).rounded())
        let whole = String(tenths / 10)
        guard tenths % 10 != 0 else { return whole }
        return (tenths < 0 && tenths > -10 ? "-" : "") + whole + "." + String(abs(tenths % 10))
    }
}
