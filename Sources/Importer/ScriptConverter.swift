import COpenCC

/// Traditional → Simplified conversion through OpenCC's `t2s` configuration.
/// OpenCC handles phrases (e.g. 乾隆 vs 干部) that a character table cannot.
enum ScriptConverter {
    /// Share of changed Han characters above which a text counts as
    /// Traditional. Simplified text changes in almost no place under t2s;
    /// Traditional text changes in about one character of four.
    static let traditionalThreshold = 0.03

    /// The text in Simplified script, and whether it had to be converted.
    /// When OpenCC is unavailable the text is returned unchanged, with a note.
    static func simplified(_ text: String) -> (text: String, converted: Bool, problem: String?) {
        guard let converted = convertWithOpenCC(text, configuration: "t2s.json") else {
            return (text, false, "OpenCC could not load its t2s configuration; Traditional characters were left as they are")
        }
        let changedShare = changedHanShare(original: text, converted: converted)
        guard changedShare >= traditionalThreshold else { return (text, false, nil) }
        return (converted, true, nil)
    }

    static func changedHanShare(original: String, converted: String) -> Double {
        var han = 0
        var changed = 0
        for (before, after) in zip(original.unicodeScalars, converted.unicodeScalars) where before.isHan {
            han += 1
            if before != after { changed += 1 }
        }
        return han == 0 ? 0 : Double(changed) / Double(han)
    }

    /// Opens, converts and closes in one call: the OpenCC handle never
    /// leaves this function, so the converter needs no shared state.
    static func convertWithOpenCC(_ text: String, configuration: String) -> String? {
        let handle = opencc_open(configuration)
        guard let handle, Int(bitPattern: handle) != -1 else { return nil }
        defer { opencc_close(handle) }
        var utf8 = Array(text.utf8)
        utf8.append(0)
        let converted: String? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress, let output = opencc_convert_utf8(handle, base, chars.count - 1) else {
                    return nil
                }
                defer { opencc_convert_utf8_free(output) }
                return String(validatingCString: output)
            }
        }
        return converted
    }
}

extension Unicode.Scalar {
    /// CJK Unified Ideographs and their extensions A–F.
    var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
