import Indicators
import PropertyBased
import Testing

/// Numbers written the ways reports write them must read back to the same value.
@Suite struct QuantityRoundTrips {
    private static let units = ["人", "名", "人次", "场次", "件", "个", "户", "份", "课时", "元"]

    private func readBack(_ text: String) -> [Quantity] {
        QuantityParser.quantities(in: "全市共" + text + "。")
    }

    @Test func arabicIntegers() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...99_999_999), Gen<String?>.element(of: Self.units)) {
            number, unit in
            let written = "\(number)\(unit ?? "个")"
            let found = readBack(written)
            #expect(found.map(\.value) == [Double(number)], "\(written)")
            #expect(found.first?.text == written)
        }
    }

    @Test func thousandsSeparators() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1000...999_999_999)) { number in
            let written = NumberWriter.grouped(number) + "人次"
            #expect(readBack(written).map(\.value) == [Double(number)], "\(written)")
        }
    }

    @Test func fullWidthDigitsAndSeparators() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...999_999_999), Gen.bool) { number, grouped in
            let written = NumberWriter.fullWidth(grouped ? NumberWriter.grouped(number) : String(number)) + "份"
            let found = readBack(written)
            #expect(found.map(\.value) == [Double(number)], "\(written)")
            #expect(found.first?.text == written)
        }
    }

    /// 39.36万, 1.2亿, 7.9万余名: a decimal with up to two places, then a multiplier.
    @Test func decimalsWithMultipliers() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 1...999_999), Gen.int(in: 0...2), Gen.bool, Gen.bool
        ) { mantissa, places, hundredMillion, approximate in
            let divisor = [1, 10, 100][places]
            let whole = mantissa / divisor
            let fraction = mantissa % divisor
            let digits = places == 0 ? "\(whole)" : "\(whole)." + String(String(fraction + divisor).dropFirst())
            let multiplier = hundredMillion ? "亿" : "万"
            let written = digits + multiplier + (approximate ? "余" : "") + "人次"
            let exponent = (hundredMillion ? 8 : 4) - places
            var expected = Double(mantissa)
            for _ in 0..<exponent { expected *= 10 }
            let found = readBack(written)
            #expect(found.map(\.value) == [expected], "\(written)")
            #expect(found.first?.qualifier == (approximate ? .approxOver : .exact))
        }
    }

    @Test func chineseNumerals() async {
        await propertyCheck(count: 500, input: Gen.int(in: 2...999_999_999_999), Gen<String?>.element(of: Self.units)) {
            number, unit in
            let written = NumberWriter.chinese(number) + (unit ?? "个")
            let found = readBack(written)
            #expect(found.map(\.value) == [Double(number)], "\(written)")
            #expect(found.first?.text == written)
        }
    }

    @Test func smallChineseNumerals() async {
        await propertyCheck(count: 200, input: Gen.int(in: 2...9999)) { number in
            let written = NumberWriter.chinese(number) + "名"
            #expect(readBack(written).map(\.value) == [Double(number)], "\(written)")
        }
    }

    /// Arabic figure with 万元: kept as written, counted in 元.
    @Test func tenThousandYuan() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...99_999)) { number in
            let written = "\(number)万元"
            let found = readBack(written)
            #expect(found.map(\.value) == [Double(number) * 10_000])
            #expect(found.first?.unit == "元")
            #expect(found.first?.text == written)
        }
    }

    /// Whatever surrounds a figure, its range marks exactly the figure's text.
    @Test func rangesMarkTheWrittenText() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 1...9_999_999), Gen<String?>.element(of: ["截至目前,", "2024年度,", "",
                "“法治”", "第3批,", "電話0931-8159799,"])
        ) { number, prefix in
            let text = (prefix ?? "") + "开展活动\(number)场次,效果良好。"
            let found = QuantityParser.quantities(in: text)
            #expect(found.count == 1, "\(text)")
            #expect(found.first.map { $0.markedText(in: text) } == "\(number)场次")
        }
    }
}
