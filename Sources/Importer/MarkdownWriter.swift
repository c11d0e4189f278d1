/// Writes blocks as CommonMark, escaping only what CommonMark would misread.
///
/// Conventions the site's stylesheet relies on:
/// - headings: `## ` for chapters and unnumbered section titles, `### ` for (一)-level;
/// - photo captions: a paragraph that is entirely emphasis, `*…*` (`<p><em>…</em></p>`);
/// - subtitle under the headline: a paragraph that is entirely strong, `**…**`;
/// - closing signature: one paragraph, its lines joined by hard breaks (`\` at line end).
enum MarkdownWriter {
    static func body(_ blocks: [ReportBlock]) -> String {
        blocks.map(markdown(for:)).joined(separator: "\n\n") + "\n"
    }

    static func markdown(for block: ReportBlock) -> String {
        switch block.kind {
        case .heading(let level):
            String(repeating: "#", count: max(1, min(6, level))) + " " + escapedInline(block.text)
        case .paragraph:
            escapedLine(block.text)
        case .caption:
            "*" + escapedInline(block.text) + "*"
        case .subtitle:
            "**" + escapedInline(block.text) + "**"
        case .signature:
            block.text.split(separator: "\n").map { escapedLine(String($0)) }.joined(separator: "\\\n")
        }
    }

    /// Characters with inline meaning in CommonMark. Chinese punctuation never
    /// has any, so Chinese text passes through unchanged.
    static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", "&"]

    static func escapedInline(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if inlineSpecials.contains(scalar) { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }

    /// A paragraph line: inline escapes, plus the block markers that only
    /// count at the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`).
    static func escapedLine(_ text: String) -> String {
        let escaped = escapedInline(text)
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if ["#", ">", "-", "+", "=", "|", "~"].contains(first) { return "\\" + escaped }
        let scalars = Array(escaped.unicodeScalars)
        var digits = 0
        while digits < scalars.count, digits < 10, ("0"..."9").contains(scalars[digits]) { digits += 1 }
        if digits > 0, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
            var result = String.UnicodeScalarView(scalars[..<digits])
            result.append("\\")
            result.append(contentsOf: scalars[digits...])
            return String(result)
        }
        return escaped
    }
}
