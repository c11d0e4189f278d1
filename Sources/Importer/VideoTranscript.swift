/// The transcript under a video (文稿, 字幕) as a video page shows it: one
/// subtitle a line, each after the time it is shown at (00:00:03, [00:12]),
/// with no punctuation, and a space where the speaker pauses. Each subtitle
/// becomes a sentence, so that a figure is read with its own subtitle's words
/// and not with the next one's.
enum VideoTranscript {
    /// A transcript has at least this many timed lines in a row; fewer are a
    /// schedule's times (14:30 开幕式) or a clock in the text.
    static let minimumRun = 3

    /// The indices of `lines` that are subtitles: timed lines in runs of at
    /// least `minimumRun`, blank lines between them allowed.
    static func subtitleIndices(in lines: [String]) -> Set<Int> {
        var runs = LineRuns(minimum: minimumRun)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { continue }
            if trimmed.prefixMatch(of: timedLine) != nil { runs.extend(with: index) } else { runs.end() }
        }
        runs.end()
        return runs.kept
    }

    /// The subtitle on `line` as a sentence, and the time taken off it.
    static func sentence(fromSubtitle line: String) -> (sentence: String, time: String) {
        let trimmed = line.trimmingSpaces
        guard let match = trimmed.prefixMatch(of: timedLine) else { return (trimmed, "") }
        let words = trimmed[match.range.upperBound...].trimmingSpaces
        var sentence = words.replacing(#/\s+/#, with: "，")
        if let last = sentence.last, !"。！？!?…；;，,：:".contains(last) { sentence += "。" }
        return (sentence, String(match.output.1))
    }

    /// A subtitle that says who speaks next ((同期声), (解说), 【采访】) begins a paragraph.
    static func startsParagraph(_ sentence: String) -> Bool {
        sentence.prefixMatch(of: #/[(（【\[][^)）】\]]{1,8}[)）】\]]/#) != nil
    }

    private static var timedLine: Regex<(Substring, Substring)> {
        #/[\[【(（]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\]】)）]?\s+(?=\S)/#
    }
}
