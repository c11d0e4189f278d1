/// A video's subtitle file (SRT): numbered cues, each a time range (00:01:02,350 --> 00:01:05,900)
/// over one or two short lines. It is written as the timed lines `VideoTranscript` reads, one
/// per cue (00:01:02 发放各类普法资料18.3万), its lines apart by a space; the cue's number and
/// its range go. A cue that goes on with the figure the cue before ended on (余份 after
/// …18.3万, 次 after 超过1200万) or that opens with the figure the cue before leads to
/// (3个法治文化公园之一 after 是我县今年新建的) is joined to it with no space, so that the
/// figure stays whole, with its words.
enum SubtitleFile {
    /// A file has at least this many cues.
    static let minimumCues = 3

    struct Rewritten {
        var lines: [String]
        /// The cues' numbers and ranges taken out: their indices and text.
        var removed: [(index: Int, text: String)]
        /// The lines between the first cue and the last that hold no cue's text now: the
        /// blank lines between cues no longer part the subtitles into paragraphs.
        var emptied: Set<Int>
    }

    /// `lines` with each cue rewritten, or nil when the text is no subtitle file.
    static func asTimedLines(_ lines: [String]) -> Rewritten? {
        let cues = self.cues(in: lines)
        guard cues.count >= minimumCues, let first = cues.first, let lastCue = cues.last else { return nil }
        var result = lines
        var removed: [(index: Int, text: String)] = []
        // Where the last cue's text was written, and that text.
        var last: (index: Int, text: String)?
        for cue in cues {
            removed.append((cue.number, lines[cue.number].trimmingSpaces))
            removed.append((cue.range, lines[cue.range].trimmingSpaces))
            result[cue.number] = ""
            for index in cue.text { result[index] = "" }
            let text = joinedLines(cue.text.map { lines[$0].trimmingSpaces })
            if let previous = last, goesOn(previous.text, with: text) {
                last = (previous.index, previous.text + text)
                result[previous.index] = String(result[previous.index].prefix { $0 != " " }) + " " + previous.text + text
                result[cue.range] = ""
            } else {
                last = (cue.range, text)
                result[cue.range] = cue.start + " " + text
            }
        }
        let span = first.number..<(lastCue.text.last.map { $0 + 1 } ?? lastCue.range + 1)
        return Rewritten(lines: result, removed: removed, emptied: Set(span.filter { result[$0].isEmpty }))
    }

    private struct Cue {
        var number: Int
        var range: Int
        /// 00:01:02, the time the cue is shown at.
        var start: String
        var text: [Int]
    }

    private static func cues(in lines: [String]) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        while index + 2 < lines.count {
            guard lines[index].trimmingSpaces.wholeMatch(of: #/\d{1,5}/#) != nil,
                  let range = lines[index + 1].trimmingSpaces.wholeMatch(of: timeRange) else {
                index += 1
                continue
            }
            var end = index + 2
            while end < lines.count, !lines[end].trimmingSpaces.isEmpty { end += 1 }
            cues.append(Cue(number: index, range: index + 1, start: String(range.output.1), text: Array((index + 2)..<end)))
            index = end
        }
        return cues
    }

    private static var timeRange: Regex<(Substring, Substring)> {
        #/(\d{1,2}:\d{2}:\d{2})[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/#
    }

    /// A cue's lines, apart by a space, or joined where the second goes on with a figure.
    private static func joinedLines(_ lines: [String]) -> String {
        lines.reduce("") { text, line in
            text.isEmpty ? line : text + (goesOn(text, with: line) ? "" : " ") + line
        }
    }

    /// Whether `next` finishes the figure `previous` ends on, or opens with a figure (not a
    /// date: 2024年 opens a sentence) that `previous` leads to: it ends in a word that wants a
    /// figure after it (新建的, 达, 超过). After 公布了普法责任清单, 5326名… is the next sentence's.
    static func goesOn(_ previous: String, with next: String) -> Bool {
        if SplitFigures.continuesAFigure(previous, with: next) { return true }
        return leadsToAFigure.contains { previous.hasSuffix($0) } && next.prefixMatch(of: figureNotADate) != nil
    }

    private static let leadsToAFigure = ["的", "了", "达", "达到", "为", "是", "共", "有", "约", "近", "超过", "突破", "逾", "累计", "合计", "总计", "其中"]

    private static var figureNotADate: Regex<Substring> { #/[0-9][0-9,.]*(?![0-9,.]|\s*[年月日号])/# }
}
