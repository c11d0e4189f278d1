extension TextCleaner {
    /// The forms a text takes from the tool it was saved with, rewritten before any line is
    /// read: a recording's file name over its transcript, a subtitle file's cues, a grid
    /// table's rows, a PDF's letter-spaced lines. Returns the lines a subtitle file or a
    /// grid table left empty, which part nothing.
    static func rewritingFileFormats(_ lines: inout [String], removals: inout [Removal],
                                     sourceLine: (Int) -> Int) -> Set<Int> {
        for index in lines.indices {
            guard let recording = RecordingTranscript.withoutRecordingExtension(lines[index]) else { continue }
            removals.append(Removal(rule: .timestamps, line: sourceLine(index), text: recording.removed, wholeLine: false))
            lines[index] = recording.line
        }
        // A subtitle file's cues become the timed lines of a video's transcript.
        var emptied: Set<Int> = []
        if let subtitles = SubtitleFile.asTimedLines(lines) {
            for line in subtitles.removed {
                removals.append(Removal(rule: .timestamps, line: sourceLine(line.index), text: line.text, wholeLine: true))
            }
            lines = subtitles.lines
            emptied = subtitles.emptied
        }
        // A grid table's rows become lines of cells apart by tabs; its borders go.
        if let grid = GridTables.rewritten(lines) {
            for border in grid.borders {
                removals.append(Removal(rule: .tableDebris, line: sourceLine(border.index), text: border.text, wholeLine: true))
            }
            lines = grid.lines
            emptied.formUnion(grid.emptied)
        }
        let spacing = LetterSpacing.closedUp(lines)
        for index in spacing.changed {
            removals.append(Removal(rule: .letterSpacing, line: sourceLine(index), text: lines[index].trimmingSpaces, wholeLine: false))
        }
        lines = spacing.lines
        return emptied
    }
}
