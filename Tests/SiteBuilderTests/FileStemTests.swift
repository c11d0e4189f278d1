import Foundation
import PropertyBased
import Testing
@testable import SiteBuilder

@Suite struct FileStemTests {
    static let pieces = ["a", "b", ".", "/", "//", " ", "中", "-", "md", ".md", "\u{301}", "é"]

    /// Paths of a file in a folder, as content files are named: never a
    /// last component of "." or "..", which Foundation resolves against the
    /// working folder.
    @Test func readsAsFoundationReadsAFilesPath() async {
        let names = Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 1...7).map { $0.joined() }
        await propertyCheck(count: 3000, input: names) { name in
            let path = "content/reports/" + name
            let last = path.split(separator: "/").last
            guard last != "." && last != ".." else { return }
            let foundation = URL(filePath: path).deletingPathExtension().lastPathComponent
            #expect(String(ContentValidator.fileStem(of: path)) == foundation, "\(path)")
        }
        #expect(ContentValidator.fileStem(of: "content/reports/lanzhou-2024.md") == "lanzhou-2024")
        #expect(ContentValidator.fileStem(of: "a/.hidden.md") == ".hidden")
        #expect(ContentValidator.fileStem(of: "a/..md") == "..md")
        #expect(ContentValidator.fileStem(of: "a/x.tar.gz") == "x.tar")
        #expect(ContentValidator.fileStem(of: "a/b.") == "b.")
    }
}
