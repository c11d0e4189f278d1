/// A template as swift-mustache reads it: the same tokens, cut at the same
/// places, with the same whitespace kept or dropped around standalone tags.
indirect enum TemplateSyntax: Equatable {
    case text(String)
    /// `{{name}}`, or unescaped `{{{name}}}` / `{{&name}}`.
    case variable(name: String, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or inverted `{{^name}}…{{/name}}`.
    case section(name: String, inverted: Bool, body: [TemplateSyntax])
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: an override.
    case blockDefinition(name: String, body: [TemplateSyntax])
    /// `{{$name}}default{{/name}}` elsewhere: where a child's override goes.
    case blockExpansion(name: String, body: [TemplateSyntax], indentation: String)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with its overrides.
    case partial(name: String, indentation: String?, overrides: [String: [TemplateSyntax]]?)
    /// `{{% CONTENT_TYPE: name }}`: how the values after it are escaped.
    case contentType(String)
}
