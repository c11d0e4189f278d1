/// A meeting's recording as a transcription service writes it out: a line that names each
/// speaker by number and the time they start (发言人1 00:03:12, 说话人2 01:02:45), over what
/// they said, and the service's notice that a machine wrote it (本文由语音转写自动生成…).
/// Both lines go, and so does the recording's length (音频时长：01:06:52); what the
/// speakers said stays, a paragraph each. The rest of the recording's header (转写时间,
/// 发言人数) is page metadata (`LineRules.metadataPieces`), and its file's name, over it
/// all (…总结会_录音.m4a), the title without the extension.
enum RecordingTranscript {
    /// The line without a recording file's extension and the word for a recording before
    /// it (白鹤场镇…总结会_录音.m4a is 白鹤场镇…总结会), and what was taken off; nil when
    /// the line names no recording.
    static func withoutRecordingExtension(_ line: String) -> (line: String, removed: String)? {
        let trimmed = line.trimmingSpaces
        guard trimmed.count <= 80, let match = trimmed.wholeMatch(of: recordingFileName), !match.output.1.isEmpty
        else { return nil }
        return (String(match.output.1), String(trimmed[match.output.1.endIndex...]))
    }

    /// Whether the line is only the recording's length.
    static func isLength(_ line: String) -> Bool {
        line.count <= 30 && line.wholeMatch(of: recordingLength) != nil
    }

    private static var recordingFileName: Regex<(Substring, Substring)> {
        #/(.+?)(?:[_\-－ ]?(?:录音|音频|会议录音|录音转写))?\.(?i:m4a|mp3|wav|aac|amr|wma|flac|ogg)/#
    }

    private static var recordingLength: Regex<Substring> {
        #/(?:音频时长|录音时长|时长)\s*[:：]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}/#
    }

    /// Whether the line is only a speaker's number and time.
    static func isSpeakerLabel(_ line: String) -> Bool {
        line.count <= 40 && line.wholeMatch(of: speakerLabel) != nil
    }

    /// Whether the line is the service's notice that the text was transcribed by machine.
    static func isTranscriptionNotice(_ line: String) -> Bool {
        line.count <= 60 && line.wholeMatch(of: transcriptionNotice) != nil
    }

    /// 发言人1 00:03:12, 说话人 2  1:02:45, 发言人3（李所长） 00:10:05.
    private static var speakerLabel: Regex<Substring> {
        #/(?:发言人|说话人|讲话人|[Ss]peaker)\s*\d{1,2}(?:\s*[(（][^)）]{1,10}[)）])?\s+(?:\d{1,2}:)?\d{1,2}:\d{2}/#
    }

    /// （本文由语音转写自动生成，未经人工校对，仅供参考）
    private static var transcriptionNotice: Regex<Substring> {
        #/[(（【]?[^(（)）]{0,12}(?:语音转写|语音识别|自动转写)[^(（)）]{0,40}[)）】]?/#
    }
}
