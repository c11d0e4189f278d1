import CompiledMustache
import Mustache
import Testing
@testable import SiteBuilder

/// Renders a template both ways a page can be rendered: compiled, and by
/// swift-mustache through the bridge. They must agree.
enum TemplateRendering {
    static func both(_ template: String, _ view: TemplateValue) throws -> String {
        let reference = try MustacheTemplate(string: template).render(view.mustacheValue)
        let program = try TemplateCompiler.compile(["page": template])["page"]!.get()
        let compiled = String(decoding: try program.render(view), as: UTF8.self)
        #expect(compiled == reference, "the compiled program writes what swift-mustache writes")
        return compiled
    }
}
