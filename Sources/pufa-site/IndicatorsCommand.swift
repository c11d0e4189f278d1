import ArgumentParser
import Foundation
import SiteBuilder

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Print the figures extracted from the reports, for a quick look in the terminal.",
        discussion: """
        Each figure is shown with its indicator (catalog id), as written and normalised. \
        Name regions to narrow the list: 兰州市, 城关区 or a report's slug. \
        csv and json print exactly the records of public/data/facts.csv and facts.json.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(name: .long, help: ArgumentHelp("The project folder holding content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: Format = .table

    @Flag(name: .long, help: "Include reports marked 'draft: true'.")
    var drafts = false

    @Argument(help: "Regions to show (default: all).")
    var regions: [String] = []

    func run() throws {
        let terminal = Terminal(verbosity: .normal)
        let generator = SiteGenerator(options: BuildOptions(source: URL(filePath: source, directoryHint: .isDirectory), includeDrafts: drafts))
        let records: [[String: String]]
        do {
            let result = try generator.factRecords(regions: regions)
            records = result.records
            result.diagnostics.filter { $0.severity == .error }.forEach(terminal.report)
        } catch {
            if case .diagnostics(let diagnostics) = error { diagnostics.forEach(terminal.report) }
            terminal.error("error: \(error.description)")
            throw ExitCode.failure
        }
        if !regions.isEmpty && records.isEmpty {
            terminal.error("no figures for \(regions.joined(separator: ", "))")
            throw ExitCode.failure
        }
        switch format {
        case .csv: FileHandle.standardOutput.write(Data(SiteGenerator.factsCSV(records)))
        case .json: print(SiteGenerator.factsJSON(records), terminator: "")
        case .table: print(TextTable.render(records: records))
        }
    }
}

/// A plain-text table that lines up Chinese text: CJK characters take two columns.
enum TextTable {
    static let columns: [(field: String, title: String)] = [
        ("region", "地区"), ("year", "年份"), ("label", "指标"), ("text", "原文"),
        ("value", "数值"), ("unit", "单位"), ("indicator", "id"), ("scope", "范围"),
    ]

    static func render(records: [[String: String]]) -> String {
        let rows = [columns.map(\.title)] + records.map { record in columns.map { record[$0.field] ?? "" } }
        let widths = columns.indices.map { column in rows.map { width(of: $0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - width(of: cell))
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n\(records.count) figures"
    }

    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || (0xFF00...0xFFEF).contains($1.value) || (0x3000...0x303F).contains($1.value) ? 2 : 1) }
    }
}
