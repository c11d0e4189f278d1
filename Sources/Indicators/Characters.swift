/// Character classes the parser needs, on single Unicode scalars of normalised text.
enum CharacterClass {
    /// 0–9 in ASCII or full width.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return digitValue(scalar) != nil
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            || (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value)
    }

    /// CJK ideographs (the basic block and extension A), i.e. words rather than punctuation.
    static func isIdeograph(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        // ASCII and ideographs, nearly every scalar of a report, answered without a Unicode
        // property lookup (the same answers: tab to carriage return and space are White_Space).
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0x00...0x7F, 0x3400...0x4DBF, 0x4E00...0x9FFF: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Ends a sentence: the quote a fact shows is the sentence around it.
    /// A switch rather than a string of candidates: every scan asks this of every scalar.
    static func isSentenceEnd(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "\n": true
        default: false
        }
    }

    /// Ends a clause: catalog terms must stand in the same clause as the number.
    /// 、 is deliberately not here: it separates items of one list, which share their words.
    static func isClauseEnd(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case ",", "，", ";", "；", ":", "：": true
        default: isSentenceEnd(scalar)
        }
    }

    static func isDecimalPoint(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == "." || scalar == "．"
    }

    static func isThousandsSeparator(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == "," || scalar == "，"
    }

    /// Joins the two ends of a range: 3至5, 3到5, 3~5, 3-5.
    static func isRangeJoiner(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "至", "到", "~", "～", "—", "–", "-", "－": true
        default: false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    init(_ text: String) {
        self = Array(text.unicodeScalars)
    }
}
