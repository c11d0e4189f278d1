import Yams

/// Reads front matter `indicators:`: a list of `{id, label, value, unit, qualifier, note}`.
enum CuratedIndicatorParser {
    static let qualifiers = ["exact", "approx_over", "at_least", "approx"]
    static let knownKeys: Set<String> = ["id", "label", "value", "unit", "qualifier", "note"]

    static func parse(
        _ node: Node?, into diagnostics: inout [Diagnostic], locate: (Node?) -> SourceLocation
    ) -> [CuratedIndicator] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(.error(at: locate(node), "'indicators' must be a list of {id, value, …} entries"))
            return []
        }
        var result: [CuratedIndicator] = []
        for item in items {
            guard let mapping = item.mapping else {
                diagnostics.append(.error(at: locate(item), "each indicator must be a mapping with at least 'id' and 'value'"))
                continue
            }
            var fields: [String: String] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                if !knownKeys.contains(name) {
                    diagnostics.append(.warning(at: locate(key), "unknown indicator key '\(name)'"))
                }
                fields[name] = value.string
            }
            let location = locate(item)
            guard let id = fields["id"], !id.isEmpty, id.utf8.allSatisfy({ $0 < 0x80 }) else {
                diagnostics.append(.error(at: location, "indicator needs an ASCII 'id', e.g. legal_understanders"))
                continue
            }
            guard let valueText = fields["value"], let value = Double(valueText.replacingOccurrences(of: ",", with: "")) else {
                diagnostics.append(.error(at: location, "indicator '\(id)' needs a numeric 'value'"))
                continue
            }
            if let qualifier = fields["qualifier"], !qualifiers.contains(qualifier) {
                diagnostics.append(.error(
                    at: location, "indicator '\(id)': unknown qualifier '\(qualifier)'",
                    hint: "use one of \(qualifiers.joined(separator: ", "))"
                ))
                continue
            }
            result.append(CuratedIndicator(
                id: id, label: fields["label"], value: value, unit: fields["unit"],
                qualifier: fields["qualifier"], note: fields["note"], location: location
            ))
        }
        return result
    }
}
