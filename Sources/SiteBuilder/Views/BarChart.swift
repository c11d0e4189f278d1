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
        var rows: [String] = []
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * Self.rowHeight
            let length = maximum > 0 ? max(1, bar.value / maximum * Self.barArea) : 1
            let middle = y + Self.rowHeight / 2
            rows.append("""
            <g class="bar\(bar.muted ? " muted" : "")">\
            <text x="\(format(Self.labelWidth - 8))" y="\(format(middle))" text-anchor="end" dominant-baseline="middle">\(HTMLEscaping.escape(bar.label))</text>\
            <rect x="\(format(Self.labelWidth))" y="\(format(y + 4))" width="\(format(length))" height="\(format(Self.rowHeight - 8))"></rect>\
            <text x="\(format(Self.labelWidth + length + 6))" y="\(format(middle))" dominant-baseline="middle">\(HTMLEscaping.escape(bar.valueText))</text>\
            </g>
            """)
        }
        return """
        <svg class="bar-chart" role="img" aria-label="\(HTMLEscaping.escape(title))" viewBox="0 0 \(format(width)) \(format(height))" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">
        <title>\(HTMLEscaping.escape(title))</title>
        \(rows.joined(separator: "\n"))
        </svg>
        """
    }

    /// Fixed decimals, so the same chart is the same bytes on every machine.
    private func format(_ number: Double) -> String {
        let rounded = (number * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
