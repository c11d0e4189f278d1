import Foundation
import Testing
@testable import SiteBuilder

/// The figure exports a build streams: reports' records arrive in any order
/// from the rendering threads and are written in the site's order.
@Suite struct StreamedFactExportsTests {
    private func staged() throws -> (writer: SiteWriter, root: URL) {
        let root = FileManager.default.temporaryDirectory.appending(path: "pufa-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let writer = SiteWriter(output: root.appending(path: "public"))
        try writer.begin()
        return (writer, root)
    }

    /// A JSON record as `FactExports` writes one: preceded by its separator.
    private func record(_ text: String) -> [UInt8] { Array(",\n    {\"r\": \"\(text)\"}".utf8) }

    @Test func recordsAddedInAnyOrderAreWrittenInSiteOrder() throws {
        let (writer, root) = try staged()
        defer { try? FileManager.default.removeItem(at: root) }
        let exports = StreamedFactExports(writer: writer)
        exports.expect(4)
        // Report 2 has no figures; 3 and 1 come before 0.
        for position in [3, 1, 2, 0] {
            #expect(!exports.isComplete)
            let json = position == 2 ? [] : record("\(position)a") + record("\(position)b")
            let csv = position == 2 ? [] : Array("\(position),x\r\n".utf8)
            exports.add([json, csv], at: position)
        }
        #expect(exports.isComplete)
        #expect(exports.finish() == nil)
        let folder = writer.staging.appending(path: "data")
        let json = try String(contentsOf: folder.appending(path: "facts.json"), encoding: .utf8)
        #expect(json == "{\"facts\": [\n    {\"r\": \"0a\"},\n    {\"r\": \"0b\"},\n    {\"r\": \"1a\"},\n    {\"r\": \"1b\"},\n    {\"r\": \"3a\"},\n    {\"r\": \"3b\"}\n]}\n")
        let csv = try Data(contentsOf: folder.appending(path: "facts.csv"))
        var expected = FactExports.ExportFile(.csv).start
        expected += Array("0,x\r\n1,x\r\n3,x\r\n".utf8)
        #expect(Array(csv) == expected)
    }

    @Test func aReportNeverAddedLeavesTheExportsIncomplete() throws {
        let (writer, root) = try staged()
        defer { try? FileManager.default.removeItem(at: root) }
        let exports = StreamedFactExports(writer: writer)
        exports.expect(2)
        exports.add([record("1"), []], at: 1)
        #expect(!exports.isComplete, "report 0 is missing")
        #expect(exports.finish() == nil)
    }

    @Test func aFileThatCannotBeWrittenIsReportedWithItsPath() throws {
        let (writer, root) = try staged()
        defer { try? FileManager.default.removeItem(at: root) }
        // A file where the data folder should be.
        try Data("x".utf8).write(to: writer.staging.appending(path: "data"))
        let exports = StreamedFactExports(writer: writer)
        exports.expect(0)
        let failure = try #require(exports.finish())
        #expect(failure.description.contains("data/facts.json"))
    }
}
