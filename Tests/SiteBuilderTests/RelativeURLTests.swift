import PropertyBased
import Testing
@testable import SiteBuilder

@Suite struct RelativeURLTests {
    static let pieces = ["", "../", "regions/", "lanzhou", "/index.html", "兰州", "f-3", "é", "𠀋", "#", " "]

    /// A figure's link is the prefix, the path, `#` and the fragment, whatever they hold.
    @Test func withFragmentIsThePiecesJoined() async {
        let text = Gen<String?>.element(of: Self.pieces).array(of: 0...4).map { $0.compactMap(\.self).joined() }
        await propertyCheck(count: 500, input: text, text, text) { prefix, path, fragment in
            #expect(RelativeURL.withFragment(path, fragment: fragment, after: prefix) == prefix + path + "#" + fragment)
            #expect(RelativeURL.withFragment(path, fragment: fragment) == path + "#" + fragment)
        }
    }

    @Test func rootPrefixClimbsToTheSiteRoot() {
        #expect(RelativeURL.rootPrefix(for: "index.html") == "")
        #expect(RelativeURL.rootPrefix(for: "regions/lanzhou/index.html") == "../../")
    }
}
