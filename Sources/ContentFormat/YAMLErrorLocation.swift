import Yams

extension SourceLocation {
    /// Where libyaml stopped, in the file: `lineOffset` lines come before the
    /// YAML (a front matter fence). nil for errors that carry no position.
    public init?(yamlError error: YamlError, path: String, lineOffset: Int = 0) {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            self.init(path: path, line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            self.init(path: path, line: context.mark.line + lineOffset, column: context.mark.column)
        default:
            return nil
        }
    }
}
