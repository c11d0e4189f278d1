import Foundation

/// The five seed reports in `shared/seeds`, found beside the repository
/// (`<repo>/../shared/seeds`) or at /work/shared/seeds.
enum SeedFixtures {
    // Resolved, so a package that links these tests in through a symlink still finds the repository.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedsDirectory: URL? {
        let candidates = [
            repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds"),
            URL(fileURLWithPath: "/work/shared/seeds"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Seed files in name order.
    static var seedFiles: [URL] {
        guard let directory = seedsDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }
}
