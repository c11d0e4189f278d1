/// The names a view object answers, found by their UTF-8 length first:
/// templates ask rows for names millions of times on a large site, and
/// most names asked then meet no comparison at all.
struct NameTable<Value> {
    /// Entries by the UTF-8 length of their names.
    private let byLength: [[(name: String, value: Value)]]

    init(_ entries: KeyValuePairs<String, Value>) {
        let longest = entries.map(\.key.utf8.count).max() ?? 0
        var byLength = Array(repeating: [(name: String, value: Value)](), count: longest + 1)
        for (name, value) in entries { byLength[name.utf8.count].append((name, value)) }
        self.byLength = byLength
    }

    subscript(name: String) -> Value? {
        let length = name.utf8.count
        guard length < byLength.count else { return nil }
        for entry in byLength[length] where entry.name == name { return entry.value }
        return nil
    }
}

extension NameTable: Sendable where Value: Sendable {}
