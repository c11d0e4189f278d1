import Foundation
import PropertyBased
import Testing
@testable import SiteBuilder

/// Figures as the pages show them: `plain` for sorting and exports, `grouped`
/// with thousands separators for reading.
@Suite struct NumberFormattingTests {
    @Test func groupsTheIntegerDigitsInThrees() {
        #expect(NumberFormatting.grouped(0) == "0")
        #expect(NumberFormatting.grouped(999) == "999")
        #expect(NumberFormatting.grouped(1_000) == "1,000")
        #expect(NumberFormatting.grouped(393_600) == "393,600")
        #expect(NumberFormatting.grouped(1_234_567) == "1,234,567")
        #expect(NumberFormatting.grouped(-1_234) == "-1,234")
        #expect(NumberFormatting.grouped(-123) == "-123")
        #expect(NumberFormatting.grouped(12_345.5) == "12,345.5")
        #expect(NumberFormatting.grouped(1234.0625) == "1,234.0625")
        #expect(NumberFormatting.grouped(0.25) == "0.25")
        #expect(NumberFormatting.grouped(1e20) == "100,000,000,000,000,000,000")
    }

    /// Whole numbers read as Foundation's formatter with grouping writes them.
    @Test func wholeNumbersMatchFoundationsGrouping() async {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        await propertyCheck(count: 2000, input: Gen<Int64>.value(in: -999_999_999_999_999...999_999_999_999_999)) { number in
            #expect(NumberFormatting.grouped(Double(number)) == formatter.string(from: NSNumber(value: number)), "\(number)")
        }
    }

    /// Four decimals as Foundation's `String(format:)` writes them, rounding and all.
    @Test func fourDecimalsMatchStringFormat() async {
        let values = Gen<Double>.value(in: -1e16...1e16).map { $0 / [1, 7, 1e4, 1e9][abs(Int($0.truncatingRemainder(dividingBy: 4)))] }
        await propertyCheck(count: 3000, input: values) { value in
            #expect(NumberFormatting.fourDecimals(value) == String(format: "%.4f", value), "\(value)")
        }
        for value in [0.00005, 0.00015, 0.00025, -0.00005, 1.23445, 2.5e-5, 1e300, -0.0, .infinity, -.infinity, .nan] {
            #expect(NumberFormatting.fourDecimals(value) == String(format: "%.4f", value), "\(value)")
        }
    }

    /// Any value: without its commas it is the plain form, and the commas
    /// stand before each third integer digit counted from the decimal point.
    @Test func groupingOnlyAddsCommas() async {
        await propertyCheck(count: 2000, input: Gen<Double>.value(in: -1e7...1e7)) { value in
            let grouped = NumberFormatting.grouped(value)
            let plain = NumberFormatting.plain(value)
            #expect(grouped.replacingOccurrences(of: ",", with: "") == plain, "\(value)")
            let integer = grouped.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let groups = integer.drop { $0 == "-" }.split(separator: ",", omittingEmptySubsequences: false)
            #expect((1...3).contains(groups[0].count), "\(grouped)")
            #expect(groups.dropFirst().allSatisfy { $0.count == 3 }, "\(grouped)")
        }
    }
}
