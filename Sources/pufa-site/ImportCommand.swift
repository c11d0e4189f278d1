import ArgumentParser
import ContentFormat
import Foundation
import Importer

/// `pufa-site import`: raw report text copied from a web page → `content/reports/<slug>.md`.
/// All the work is in the Importer module; this only parses arguments, prints and sets the exit code.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn report text copied from a web page, or the saved page, into a content file.",
        discussion: """
        Each FILE (UTF-8, UTF-16 with BOM, or GB18030/GBK) is cleaned of web-page chrome, \
        pinyin notes and table debris, converted to Simplified Chinese, split into headings, \
        paragraphs and photo captions, and written as content/reports/<slug>.md with front matter \
        inferred from the text and from content/regions.yml. Flags override what is inferred and \
        apply to every FILE. Fields that could not be inferred are listed after each import.

        A page saved from the browser (.html, .htm) is read as the text a browser shows: \
        scripts, styles, menus and hidden parts are left out, and the page's address becomes \
        source_url. A folder stands for the .txt and .html files in it.

        Text copied from a PDF may be imported as it is: lines the page wrapped are joined, \
        page numbers, the header repeated on each page and the table of contents (目录) are \
        left out, the cover gives the title, year and issuer, and a table copied as text (a \
        header of columns with units, such as 法律明白人（名）, then rows of figures) becomes a \
        sentence per row that names each figure by its column.

        A video page's transcript (timed subtitles such as 00:00:03 …) becomes sentences \
        without the times; the page's menu, counts and comments are left out.

        A file that cannot be read is reported and skipped; the others are still imported, and the \
        exit status is non-zero at the end. Existing files are never overwritten without --force.

        Examples:
          pufa-site import ~/Downloads/lanzhou-2024.txt
          pufa-site import report.txt --region 城关区 --date 2023-12-20 --dry-run
          pufa-site import report.txt --stdout > preview.md
          pufa-site import ~/Downloads/saved-page.html
        """
    )

    @Argument(help: "Files holding one report each (copied text, or a saved HTML page), or folders of them.")
    var files: [String]

    @Option(name: .customLong("source"), help: ArgumentHelp("The project folder that holds content/.", valueName: "dir"))
    var sourceDirectory: String = "."

    @Option(help: ArgumentHelp("The region the report is about, e.g. 兰州市 or 城关区 (looked up in content/regions.yml).", valueName: "name"))
    var region: String?

    @Option(help: ArgumentHelp("The province, when the region is not in content/regions.yml.", valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp("The publication date.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("The year the report speaks for, when it is not the year of the date.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("Where the report was published, e.g. 法治甘肃网.", valueName: "name"))
    var sourceName: String?

    @Option(help: ArgumentHelp("The file name to write (without .md), instead of the region's name.", valueName: "slug"))
    var slug: String?

    @Flag(help: "Overwrite an existing content file.")
    var force = false

    @Flag(help: "Write nothing; show what would be written and what was removed.")
    var dryRun = false

    @Flag(help: "Print the content file to standard output instead of writing it.")
    var stdout = false

    func validate() throws {
        if let date, ReportDate(iso: date) == nil {
            throw ValidationError("--date must be a real date written YYYY-MM-DD, e.g. 2024-12-23")
        }
        if let year, !(1900...2200).contains(year) {
            throw ValidationError("--year must be a four-digit year, e.g. 2024")
        }
        if let slug, !Slug.isValid(slug) {
            throw ValidationError("--slug must use lower-case letters, digits and '-', e.g. lanzhou-2024")
        }
        if slug != nil, files.count > 1 {
            throw ValidationError("--slug names one file; import the files one at a time to give each a slug")
        }
    }

    func run() throws {
        let folder = ContentFolder(root: sourceDirectory)
        let loaded = folder.loadRegions()
        if let problem = loaded.problem { printError(problem.description) }
        let importer = ReportImporter(regions: loaded.regions)
        let options = ImportOptions(
            region: region, province: province, date: date.flatMap(ReportDate.init(iso:)), year: year,
            sourceName: sourceName, slug: slug
        )

        let (files, folderProblems) = ImportInputs.files(from: files)
        for problem in folderProblems { printError("error: \(problem)") }
        if slug != nil, files.count > 1 {
            printError("error: --slug names one file, and these arguments name \(files.count); import them one at a time to give each a slug")
            throw ExitCode.failure
        }
        var failures = 0
        var planned: Set<String> = []
        for (index, file) in files.enumerated() {
            let step = files.count > 1 ? "[\(index + 1)/\(files.count)] " : ""
            do throws(ImportError) {
                let report = try importFile(file, with: importer, options: options)
                let destination = folder.destination(for: report.frontMatter, requestedSlug: slug, reserved: planned)
                planned.insert(destination.slug)
                try deliver(report, to: destination, folder: folder, step: step)
            } catch {
                failures += 1
                printError("\(step)error: \(error)")
            }
        }
        if failures > 0 {
            printError("\(failures) of \(files.count) file\(files.count == 1 ? "" : "s") could not be imported")
        }
        if failures > 0 || !folderProblems.isEmpty { throw ExitCode.failure }
    }

    private func importFile(_ file: String, with importer: ReportImporter, options: ImportOptions) throws(ImportError) -> ImportedReport {
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "permission denied or not a regular file" : "no such file"
            throw .unreadable(path: file, reason: reason)
        }
        return try importer.importReport(bytes: Array(data), path: file, options: options)
    }

    private func deliver(_ report: ImportedReport, to destination: ImportDestination, folder: ContentFolder, step: String) throws(ImportError) {
        if stdout {
            print(report.fileText, terminator: "")
            printError("\(step)\(report.sourcePath): printed (\(summaryLine(report)))")
            printNotes(report, showRemovedLines: false)
            return
        }
        if dryRun {
            let verb = destination.exists ? (force ? "would overwrite" : "would NOT overwrite (exists; use --force)") : "would write"
            print("\(step)\(report.sourcePath) → \(verb) \(destination.path) (\(summaryLine(report)))")
            print(report.fileText.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            printNotes(report, showRemovedLines: true)
            return
        }
        try folder.write(report, to: destination, force: force)
        print("\(step)\(report.sourcePath) → \(destination.path) (\(summaryLine(report)))")
        printNotes(report, showRemovedLines: false)
    }

    private func summaryLine(_ report: ImportedReport) -> String {
        var parts = [report.encoding.description]
        if report.readAsHTMLPage { parts.append("HTML page") }
        if report.convertedFromTraditional { parts.append("Traditional → Simplified") }
        let headings = report.blocks.filter { if case .heading = $0.kind { true } else { false } }.count
        let paragraphs = report.blocks.filter { $0.kind == .paragraph }.count
        let captions = report.blocks.filter { $0.kind == .caption }.count
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        parts.append([count(headings, "heading"), count(paragraphs, "paragraph"), count(captions, "caption")].joined(separator: ", "))
        return parts.joined(separator: ", ")
    }

    /// Removal counts per rule, warnings, and the fields left to fill in.
    /// Notes go to standard error when standard output carries the file.
    private func printNotes(_ report: ImportedReport, showRemovedLines: Bool) {
        func emit(_ line: String) {
            if stdout { printError(line) } else { print(line) }
        }
        let counts = report.removals.lineCountsByRule
        if !counts.isEmpty {
            emit("  removed:")
            for (rule, lines) in counts {
                emit("    \(rule.rawValue): \(lines) line\(lines == 1 ? "" : "s") — \(rule.summary)")
                guard showRemovedLines else { continue }
                let removals = report.removals.filter { $0.rule == rule }
                for line in Set(removals.map(\.line)).sorted() {
                    let onLine = removals.filter { $0.line == line }
                    let kind = onLine.contains(where: \.wholeLine) ? "line" : "from line"
                    let text = onLine.map(\.text).joined(separator: " ")
                    emit("      \(kind) \(line): \(text.prefix(100))")
                }
            }
        }
        for warning in report.warnings { emit("  warning: \(warning)") }
        if !report.missingFields.isEmpty {
            emit("  fill in by hand:")
            for field in report.missingFields { emit("    \(field)") }
        }
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
