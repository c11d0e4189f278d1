import Mustache

/// A text value as templates see it. swift-mustache writes a plain `String`
/// through `String(describing:)` after asking whether it is an optional or a
/// custom renderable, dynamic casts that were 8% of a large build's CPU; a
/// custom renderable is written at its first cast.
///
/// It must render exactly as the `String` it wraps:
/// - written, escaped or not, it is its text;
/// - as a section it is the current object, and a name looked up inside
///   finds nothing in it, as in a `String`, so the enclosing context answers;
/// - transforms (`uppercased`, `empty` …) are the `String`'s.
///
/// A `String` is also accepted as a dynamic partial's name (`{{>*x}}`), but
/// templates cannot use those: their names are checked at load.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
