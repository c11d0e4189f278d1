/// A report that came as an e-mail, copied from the mail client: the headers of each
/// message (发件人, 收件人, 主题, 发送时间; From, To, Subject, Sent), the line that opens a
/// forwarded or quoted message (-------- 转发的邮件 --------), the `>` before each line
/// a reply quotes, the sender's signature under `--`, and the notice that the mail is
/// confidential. None of it is the report's text; the headers of the last message,
/// the one that first carried the report, give its title, date, sender and addressees.
struct MailMessage: Sendable {
    /// The lines with the quote marks taken off their starts.
    var lines: [String]
    /// The quote marks taken off, by line index.
    var quoteMarks: [Int: String]
    /// The lines that are the mail's, not the report's, by line index.
    var furniture: Set<Int>

    enum Field: Sendable, Equatable {
        case sender, recipient, copy, sent, subject, attachment
    }

    /// The mail in `lines`, or nil when no block of headers names both a sender and
    /// a recipient or subject: a text that is no e-mail is left as it is.
    static func read(_ lines: [String]) -> MailMessage? {
        let blocks = headerBlocks(in: lines)
        guard !blocks.isEmpty else { return nil }
        var unquoted = lines
        var quoteMarks: [Int: String] = [:]
        for index in lines.indices {
            guard let match = lines[index].prefixMatch(of: quotePrefix), !match.output.isEmpty else { continue }
            quoteMarks[index] = String(match.output)
            unquoted[index] = String(lines[index][match.range.upperBound...])
        }
        var furniture = Set(blocks.joined())
        var index = 0
        while index < unquoted.count {
            let line = unquoted[index].trimmingSpaces
            if line == "--" {
                // The sender's signature: name, post, telephone, down to a blank line.
                var end = index
                while end < unquoted.count, !unquoted[end].trimmingSpaces.isEmpty { end += 1 }
                furniture.formUnion(index..<end)
                index = end
                continue
            }
            if line.wholeMatch(of: separator) != nil || line.wholeMatch(of: rule) != nil || isNotice(line) {
                furniture.insert(index)
            }
            index += 1
        }
        let opening = blocks.compactMap(\.first) + (0..<unquoted.count).filter {
            unquoted[$0].trimmingSpaces.wholeMatch(of: separator) != nil
        }
        for index in opening { furniture.formUnion(signature(above: index, in: unquoted)) }
        return MailMessage(lines: unquoted, quoteMarks: quoteMarks, furniture: furniture)
    }

    /// 刘晓岚 / 湘岭县司法局普法股 / 电话：… over the message a forward quotes: a paragraph
    /// of short lines that end no sentence, right above it. A date among them makes it
    /// the report's own signature (枫垭镇司法所 / 2024年6月3日), which stays.
    private static func signature(above opening: Int, in lines: [String]) -> Range<Int> {
        var end = opening
        while end > 0, lines[end - 1].trimmingSpaces.isEmpty { end -= 1 }
        var start = end
        while start > 0, end - start < 6 {
            let line = lines[start - 1].trimmingSpaces
            if line.isEmpty { break }
            guard line.count <= 30, !line.contains(where: { "。！？；!?;".contains($0) }), !DateText.isDateOnly(line)
            else { return end..<end }
            start -= 1
        }
        // A signature stands apart from what is above it.
        guard start < end, start > 0, lines[start - 1].trimmingSpaces.isEmpty else { return end..<end }
        return start..<end
    }

    /// The field a header line gives and its value: 主题：转发：5月月报 → (.subject, 转发：5月月报).
    static func field(of line: String) -> (field: Field, value: String)? {
        guard let match = line.prefixMatch(of: headerPattern) else { return nil }
        let value = String(line[match.range.upperBound...]).trimmingSpaces
        switch match.output.1.lowercased() {
        case "发件人", "from": return (.sender, value)
        case "收件人", "to": return (.recipient, value)
        case "抄送", "密送", "cc", "bcc": return (.copy, value)
        case "主题", "subject": return (.subject, value)
        case "附件", "attachment", "attachments": return (.attachment, value)
        default: return (.sent, value)
        }
    }

    /// A subject without the marks a reply or a forward put before it (转发：, 回复：, Fwd:, RE:).
    static func subject(_ value: String) -> String {
        var subject = Substring(value)
        while let mark = subject.prefixMatch(of: replyMark) { subject = subject[mark.range.upperBound...] }
        return String(subject).trimmingSpaces
    }

    /// 湘岭县司法局普法股 <xlxsfjpfg@163.com>; "枫垭镇司法所" <fysfs_xl@163.com>: the names
    /// without their addresses or quotes, joined by 、.
    static func names(_ value: String) -> String {
        let withoutAddresses = value.replacing(#/<[^>]*>|[\w.+-]+@[\w.-]+/#, with: "")
        return withoutAddresses.split(whereSeparator: { ";；,，".contains($0) })
            .map { $0.filter { !"\"“”'".contains($0) }.trimmingSpaces }
            .filter { !$0.isEmpty }
            .joined(separator: "、")
    }

    /// Runs of header lines, each run at least two lines that name a sender and
    /// a recipient or a subject.
    private static func headerBlocks(in lines: [String]) -> [[Int]] {
        var blocks: [[Int]] = []
        var run: [(index: Int, field: Field)] = []
        func close() {
            let fields = run.map(\.field)
            if fields.contains(.sender), fields.contains(.recipient) || fields.contains(.subject) {
                blocks.append(run.map(\.index))
            }
            run = []
        }
        for (index, line) in lines.enumerated() {
            let unquoted = line.prefixMatch(of: quotePrefix).map { String(line[$0.range.upperBound...]) } ?? line
            if let field = field(of: unquoted.trimmingSpaces) {
                run.append((index, field.field))
            } else {
                close()
            }
        }
        close()
        return blocks
    }

    /// `> `, `>> ` or `> > ` at a line's start.
    private static var quotePrefix: Regex<Substring> { #/(?:[ \t]*>)+ ?/# }

    private static var headerPattern: Regex<(Substring, Substring)> {
        #/(?i)(发件人|收件人|抄送|密送|发送时间|发送日期|发件时间|日期|时间|主题|附件|from|to|cc|bcc|sent|date|subject|attachments?)[ \t]*[:：]/#
    }

    private static var replyMark: Regex<Substring> { #/(?i)[ \t]*(?:转发|回复|答复|fwd?|re)[ \t]*[:：][ \t]*/# }

    /// -------- 转发的邮件 --------, ------------------ 原始邮件 ------------------, -----Original Message-----.
    private static var separator: Regex<Substring> {
        #/(?i)[-—=_* \t]*(?:转发的邮件|转发邮件|原始邮件|邮件原文|original message|forwarded message)[-—=_* \t]*/#
    }

    /// A line of dashes, equals signs or underscores, as a client draws between a mail and its notice.
    private static var rule: Regex<Substring> { #/[-—=_]{8,}/# }

    /// 【保密提示】本邮件及其附件含有…, 此邮件仅供…: the notice a mail server adds.
    private static func isNotice(_ line: String) -> Bool {
        (line.contains("本邮件") || line.contains("此邮件") || line.contains("该邮件"))
            && ["保密", "收件人", "错收", "误收", "删除", "免责"].contains { line.contains($0) }
    }
}
