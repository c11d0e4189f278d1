import Foundation
import Testing
@testable import SiteBuilder

/// A plan reads paths instead of listing them; what it lists and what it
/// reads must be the same set of files.
@Suite struct SitePlanTests {
    @Test func everyListedPathResolvesToItselfAndNothingElseResolves() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        // An older report of the same region: report pages and time series.
        let lanzhou = try String(contentsOf: project.root.appending(path: "content/reports/lanzhou.md"), encoding: .utf8)
        try project.write("content/reports/lanzhou-2018.md", lanzhou.replacingOccurrences(
            of: #"(?m)^date: \d{4}"#, with: "date: 2018", options: .regularExpression
        ))
        var session = SiteSession(options: BuildOptions(source: project.root))
        let plan = try session.update(.everything).plan
        let paths = plan.paths
        #expect(Set(paths).count == paths.count, "no path is listed twice")
        #expect(paths.contains { $0.hasPrefix("data/indicators/") && $0.split(separator: "/").count == 4 }, "a time series")
        for path in paths {
            #expect(plan.render(path)?.path == path, "\(path)")
        }
        let singleReportRegion = try #require(plan.model.regions.first { $0.reports.count == 1 })
        let unknown = [
            "", "/", "index.htm", "regions/nowhere/index.html", "regions/\(singleReportRegion.slug)/",
            "reports/\(singleReportRegion.reports[0].slug)/index.html", "indicators/nothing/index.html",
            "data/reports/nothing.csv", "data/indicators/nothing.csv", "data/indicators/funding/nowhere.csv",
            "data/facts.xml", "assets/none.css", "regions/../index.html",
        ]
        for path in unknown {
            #expect(!plan.contains(path), "\(path)")
        }
        #expect(plan.pagePaths == paths.filter { $0.hasSuffix(".html") })
    }
}
