import Foundation
import SiteBuilder

/// The values a figure allows, from its qualifier: 1746名 is exactly 1746;
/// 1700余名 is 1700 or a little more, below the next step of its last
/// written digit (1800); 1700名以上 is 1700 or more; 约1700名 is within 10%.
struct ValueRange: Equatable {
    var lower: Double
    var upper: Double

    init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    init(_ fact: SiteFact) {
        let value = fact.value
        switch fact.qualifier {
        case "approx_over":
            self.init(lower: value, upper: value + Self.lastDigitStep(value))
        case "at_least":
            self.init(lower: value, upper: .infinity)
        case "approx":
            self.init(lower: value * 0.9, upper: value * 1.1)
        default:
            self.init(lower: value, upper: value)
        }
    }

    func overlaps(_ other: ValueRange) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    /// 100 for 1700, 1 for 7, 1000 for 12000 (1.2万): the place of the last non-zero digit.
    static func lastDigitStep(_ value: Double) -> Double {
        var step = 1.0
        let magnitude = abs(value)
        guard magnitude >= 1, magnitude == magnitude.rounded() else { return 1 }
        while step * 10 <= magnitude, (magnitude / (step * 10)).truncatingRemainder(dividingBy: 1) == 0 {
            step *= 10
        }
        return step
    }
}
