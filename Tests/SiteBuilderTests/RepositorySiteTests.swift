import Foundation
import Testing
@testable import SiteBuilder

/// The project's own five reports build into the site the README promises.
@Suite struct RepositorySiteTests {
    @Test func fiveRegionsWithPagesFiguresAndLinks() throws {
        let project = try TestProject.repositoryContent()
        defer { project.cleanUp() }
        let summary = try project.build()
        #expect(summary.reports == 5)
        #expect(summary.regions == 5)
        let index = try project.read("index.html")
        for (name, slug) in [("兰州市", "lanzhou"), ("兰州市城关区", "lanzhou-chengguan"), ("包头市", "baotou"),
                             ("威海市", "weihai"), ("白银市", "baiyin")] {
            #expect(index.contains("<a href=\"regions/\(slug)/index.html\">\(name)</a>"), "index links \(name)")
            let page = try project.read("regions/\(slug)/index.html")
            #expect(page.contains("<mark id=\"f-1\""), "\(name) has marked figures")
            #expect(page.contains("class=\"outline\""), "\(name) has an outline")
        }
        let lanzhou = try project.read("regions/lanzhou/index.html")
        #expect(lanzhou.contains("<a href=\"../../regions/lanzhou-chengguan/index.html\">兰州市城关区</a>"))
        let chengguan = try project.read("regions/lanzhou-chengguan/index.html")
        #expect(chengguan.contains("<a href=\"../../regions/lanzhou/index.html\">兰州市</a> › 兰州市城关区"))
        let baiyin = try project.read("regions/baiyin/index.html")
        #expect(!baiyin.contains("網") && !baiyin.contains("(wǎng)"), "白银 reads as Simplified, without pinyin")
    }
}
