import PropertyBased
import Testing
@testable import Indicators

/// `ScalarBits` must answer as the `Set` it replaces in the scans.
@Suite struct ScalarBitsTests {
    /// ASCII, CJK and beyond the Basic Multilingual Plane; surrogates are no scalars.
    static let values = Gen.int(in: 0...0x2_FFFF).map { value in Unicode.Scalar(UInt32(value)) ?? "?" }

    @Test func answersAsASet() async {
        await propertyCheck(count: 200, input: Self.values.array(of: 0...40), Self.values.array(of: 1...40)) { members, probes in
            let bits = ScalarBits(members)
            let set = Set(members)
            for scalar in members + probes {
                #expect(bits.contains(scalar) == set.contains(scalar), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    /// `ScalarFilter` keeps a scalar's low eight bits: it answers yes for every member and
    /// for exactly the scalars that share those bits with one.
    @Test func filterAnswersByLowEightBits() async {
        await propertyCheck(count: 200, input: Self.values.array(of: 0...40), Self.values.array(of: 1...40)) { members, probes in
            let filter = ScalarFilter(members[...])
            let lowBits = Set(members.map { $0.value & 0xFF })
            for scalar in members + probes {
                #expect(filter.mayContain(scalar) == lowBits.contains(scalar.value & 0xFF), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func neighboursOfAMemberAreNotMembers() {
        let bits = ScalarBits(["年", "\u{0}", "\u{3F}", "\u{40}"])
        #expect(bits.contains("年") && bits.contains("\u{0}") && bits.contains("\u{3F}") && bits.contains("\u{40}"))
        #expect(!bits.contains("幵") && !bits.contains("并") && !bits.contains("\u{41}") && !bits.contains("\u{3E}"))
        #expect(!ScalarBits([]).contains("\u{0}") && !ScalarBits([]).contains("年"))
    }
}
