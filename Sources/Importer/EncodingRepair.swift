import Indicators

/// Repairs text damaged on its way to the page: UTF-8 or GBK text whose
/// GBK bytes were read one byte out of step after a byte was lost, so every
/// pair after the loss forms the wrong character (`咨詢?nèi)铡被顒印…`).
/// The lost byte shows as `?`; reading the same bytes one byte further on
/// gives the original back (`”活動、“…`), except for the character whose
/// byte was lost. We repair only where the result is clearly more like
/// ordinary Chinese, and say so, because one character stays missing.
enum EncodingRepair {
    struct Repair: Equatable {
        var garbled: String
        var repaired: String
    }

    /// The line with every confidently repaired run replaced.
    static func repairing(_ line: String) -> (text: String, repairs: [Repair]) {
        guard line.unicodeScalars.contains(where: { $0 == "?" || $0 == "\u{FFFD}" }) else { return (line, []) }
        let scalars = Array(line.unicodeScalars)
        var output = String.UnicodeScalarView()
        var repairs: [Repair] = []
        var index = 0
        while index < scalars.count {
            if isLostByteMarker(scalars, at: index), let repair = repairRun(scalars, markerAt: index) {
                output.append(contentsOf: repair.replacement.unicodeScalars)
                repairs.append(Repair(
                    garbled: String(String.UnicodeScalarView(scalars[index..<repair.end])),
                    repaired: repair.replacement
                ))
                index = repair.end
                continue
            }
            output.append(scalars[index])
            index += 1
        }
        return (String(output), repairs)
    }

    /// A `?` or U+FFFD right after Chinese text: where a byte was lost.
    static func isLostByteMarker(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        guard scalar == "?" || scalar == "\u{FFFD}", index > 0 else { return false }
        return scalars[index - 1].isHan || scalars[index - 1].isFullWidthPunctuation
    }

    private static func repairRun(_ scalars: [Unicode.Scalar], markerAt marker: Int) -> (replacement: String, end: Int)? {
        var index = marker + 1
        // A converter may have added a pinyin note whose '(' went with the lost byte: `?nèi)`.
        if let syllableEnd = PinyinGloss.syllableEnd(in: scalars, from: index),
           syllableEnd < scalars.count, scalars[syllableEnd] == ")" {
            index = syllableEnd + 1
        }
        let runStart = index
        var endsOnLostByte = false
        // The run goes on until a single-byte character puts the reading back in step,
        // or the next lost byte.
        while index < scalars.count, index - runStart < 80 {
            let scalar = scalars[index]
            if scalar == "?" || scalar == "\u{FFFD}" {
                endsOnLostByte = true
                break
            }
            index += 1
            if scalar.isASCII { break }
        }
        guard index - runStart >= 2 else { return nil }
        let run = String(String.UnicodeScalarView(scalars[runStart..<index]))
        guard var bytes = Iconv.encode(run, to: "GBK"), bytes.count >= 3 else { return nil }
        bytes.removeFirst()
        if endsOnLostByte, bytes.count % 2 == 1 { bytes.removeLast() }
        guard let candidate = Iconv.decode(bytes, from: "GBK") else { return nil }
        guard looksRepaired(garbled: run, candidate: candidate) else { return nil }
        // The marker that ended the run stood for a lost byte too.
        let end = endsOnLostByte ? index + 1 : index
        return (candidate, end)
    }

    /// Compares how much of each text is common Chinese: characters in the
    /// first level of GB2312 (3,755 everyday characters), judged after
    /// conversion to Simplified, since the damaged text may be Traditional.
    static func looksRepaired(garbled: String, candidate: String) -> Bool {
        guard let garbledShare = commonShare(garbled), let candidateShare = commonShare(candidate) else { return false }
        return candidateShare >= 0.95 && candidateShare - garbledShare >= 0.25
    }

    static func commonShare(_ text: String) -> Double? {
        let simplified = ScriptConverter.convertWithOpenCC(text, configuration: "t2s.json") ?? text
        var han = 0
        var common = 0
        for scalar in simplified.unicodeScalars {
            if scalar.isHan {
                han += 1
                if let bytes = Iconv.encode(String(scalar), to: "GB2312"), bytes.count == 2, (0xB0...0xD7).contains(bytes[0]) {
                    common += 1
                }
            } else if !scalar.isASCII, !scalar.isFullWidthPunctuation {
                // Symbols such as ㄖ or ⅰ inside Chinese text are a sign of damage.
                han += 1
            }
        }
        guard han >= 2 else { return nil }
        return Double(common) / Double(han)
    }
}
