import PropertyBased
import Testing
@testable import SiteBuilder

@Suite struct BarChartTests {
    /// Tenths written as a Double rounded to tenths describes itself.
    @Test func coordinatesReadAsTheirRoundedDoubles() async {
        await propertyCheck(count: 3000, input: Gen<Double>.value(in: -100_000...100_000)) { number in
            let rounded = (number * 10).rounded() / 10
            let described = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            #expect(BarChart.coordinate(number) == described, "\(number)")
        }
        #expect(BarChart.coordinate(142) == "142")
        #expect(BarChart.coordinate(18) == "18")
        #expect(BarChart.coordinate(-0.04) == "0")
        #expect(BarChart.coordinate(-0.46) == "-0.5")
        #expect(BarChart.coordinate(-1.5) == "-1.5")
        #expect(BarChart.coordinate(266.66) == "266.7")
    }

    @Test func everyLabelIsEscaped() {
        let chart = BarChart(title: "<t>", bars: [BarChart.Bar(label: "<script>", valueText: "1&2", value: 3, muted: true)])
        #expect(chart.svg.contains("&lt;script&gt;"))
        #expect(chart.svg.contains("1&amp;2"))
        #expect(!chart.svg.contains("<script>"))
        #expect(chart.svg.hasSuffix("</g>\n</svg>"))
    }
}
