import ContentFormat
import Foundation
import SiteBuilder
import SiteChecker

/// A throwaway project for one check: the repository's templates and
/// indicator catalog, a small region table, and the reports a test writes.
struct CheckProject {
    static let repositoryRoot = URL(filePath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "pufa-check-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root.appending(path: "content/reports"), withIntermediateDirectories: true)
        try fileManager.copyItem(at: Self.repositoryRoot.appending(path: "Templates"), to: root.appending(path: "Templates"))
        try fileManager.copyItem(
            at: Self.repositoryRoot.appending(path: "content/indicators.yml"), to: root.appending(path: "content/indicators.yml")
        )
        try write("content/site.yml", "title: 测试\n")
        try write("content/regions.yml", """
        regions:
          - {name: 兰州市, province: 甘肃省, level: city}
          - {name: 白银市, province: 甘肃省, level: city}
        """)
    }

    /// The repository's own content, with its templates.
    static func repositoryContent() throws -> CheckProject {
        let project = try CheckProject()
        let content = project.root.appending(path: "content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: repositoryRoot.appending(path: "content"), to: content)
        return project
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = root.appending(path: relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A complete report: every recommended field is there unless `frontMatter` replaces them.
    func report(
        _ slug: String, region: String = "兰州市",
        frontMatter: String = "year: 2024\nsource: 兰州市司法局", body: String
    ) throws {
        try write("content/reports/\(slug).md", "---\ntitle: \(region)普法工作\nregion: \(region)\n\(frontMatter)\n---\n\(body)\n")
    }

    func build() throws {
        _ = try SiteBuild(options: BuildOptions(source: root)).run()
    }

    func check(generatingSite: Bool = false) -> CheckResult {
        SiteCheck(options: CheckOptions(source: root, generateSite: generatingSite)).run()
    }

    /// Diagnostics about reports, the site warnings left out, as
    /// `name.md:line:column: severity: message` without the hint.
    func contentFindings(_ result: CheckResult) -> [String] {
        result.diagnostics.filter { $0.location.path.hasSuffix(".md") }.map { diagnostic in
            let location = diagnostic.location
            return "\(URL(filePath: location.path).lastPathComponent):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}
