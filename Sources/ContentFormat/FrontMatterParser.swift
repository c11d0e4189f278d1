import Yams

/// Reads the YAML block of a report into `FrontMatter`, keeping the file
/// position of every key so each problem points at its own line.
struct FrontMatterParser {
    let path: String
    /// Lines before the YAML block in the file (the opening fence).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, lineOffset: Int) {
        self.path = path
        self.lineOffset = lineOffset
    }

    mutating func parse(yaml: String) -> FrontMatter? {
        let root: Node?
        do {
            // The encoding is given: Yams reads the whole process environment
            // to choose its default, once per call, a tenth of loading a large site.
            // The basic resolver (no implicit types): the default one runs its
            // regular expressions over every key, where Yams checks a mapping
            // for duplicates, a third of loading. Nothing here reads a resolved
            // tag: values are read as their text, and `Node.bool` looks only
            // at the tag the YAML wrote (a quoted value is a string either way).
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
            return nil
        } catch {
            diagnostics.append(.error(at: fileLocation(line: 1, column: 1), "front matter: \(error)"))
            return nil
        }
        guard let mapping = root?.mapping else {
            diagnostics.append(.error(
                at: fileLocation(line: 1, column: 1),
                "front matter must be a set of 'key: value' lines", hint: "e.g. 'title: …' and 'region: …'"
            ))
            return nil
        }
        return frontMatter(from: mapping)
    }

    private mutating func frontMatter(from mapping: Node.Mapping) -> FrontMatter? {
        var values: [String: Node] = [:]
        var locations: [String: SourceLocation] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let keyLocation = location(of: keyNode)
            guard FrontMatter.knownKeys.contains(key) else {
                let hint = Self.closestKnownKey(to: key).map { "did you mean '\($0)'?" }
                diagnostics.append(.warning(at: keyLocation, "unknown front matter key '\(key)'", hint: hint))
                continue
            }
            values[key] = valueNode
            locations[key] = location(of: valueNode)
        }
        let fenceLocation = fileLocation(line: 0, column: 1)
        let title = requiredString("title", values, fallback: fenceLocation)
        let region = requiredString("region", values, fallback: fenceLocation)
        var frontMatter = FrontMatter(title: title ?? "", region: region ?? "", keyLocations: locations)
        frontMatter.province = optionalString("province", values)
        frontMatter.parent = optionalString("parent", values)
        frontMatter.period = optionalString("period", values)
        frontMatter.source = optionalString("source", values)
        frontMatter.sourceURL = optionalString("source_url", values)
        frontMatter.summary = optionalString("summary", values)
        frontMatter.level = level(values)
        frontMatter.date = date(values)
        frontMatter.year = year(values)
        frontMatter.slug = slug(values)
        frontMatter.draft = draft(values)
        frontMatter.indicators = CuratedIndicatorParser.parse(values["indicators"], into: &diagnostics, locate: location(of:))
        guard title != nil, region != nil else { return nil }
        return frontMatter
    }

    // MARK: - Fields

    private mutating func requiredString(_ key: String, _ values: [String: Node], fallback: SourceLocation) -> String? {
        guard let node = values[key] else {
            diagnostics.append(.error(at: fallback, "missing required front matter key '\(key)'"))
            return nil
        }
        guard let text = scalarText(node), !text.isEmpty else {
            diagnostics.append(.error(at: location(of: node), "'\(key)' must be a non-empty text"))
            return nil
        }
        return text
    }

    private mutating func optionalString(_ key: String, _ values: [String: Node]) -> String? {
        guard let node = values[key] else { return nil }
        guard let text = scalarText(node) else {
            diagnostics.append(.error(at: location(of: node), "'\(key)' must be a text"))
            return nil
        }
        return text.isEmpty ? nil : text
    }

    private mutating func level(_ values: [String: Node]) -> RegionLevel? {
        guard let text = optionalString("level", values) else { return nil }
        guard let level = RegionLevel(rawValue: text) else {
            let allowed = RegionLevel.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(.error(at: location(of: values["level"]), "unknown level '\(text)'", hint: "use one of \(allowed)"))
            return nil
        }
        return level
    }

    private mutating func date(_ values: [String: Node]) -> ReportDate? {
        guard let text = optionalString("date", values) else { return nil }
        guard let date = ReportDate(iso: text) else {
            diagnostics.append(.error(
                at: location(of: values["date"]), "malformed date '\(text)'",
                hint: "write it as YYYY-MM-DD, or use 'year:' when no exact date is known"
            ))
            return nil
        }
        return date
    }

    private mutating func year(_ values: [String: Node]) -> Int? {
        guard let node = values["year"] else { return nil }
        guard let text = scalarText(node), let year = Int(text), (1900...2200).contains(year) else {
            diagnostics.append(.error(at: location(of: node), "'year' must be a four-digit year, e.g. 2024"))
            return nil
        }
        return year
    }

    private mutating func slug(_ values: [String: Node]) -> String? {
        guard let text = optionalString("slug", values) else { return nil }
        guard Slug.isValid(text) else {
            diagnostics.append(.error(
                at: location(of: values["slug"]), "slug '\(text)' is not a valid URL name",
                hint: "use lower-case ASCII letters, digits and '-'"
            ))
            return nil
        }
        return text
    }

    private mutating func draft(_ values: [String: Node]) -> Bool {
        guard let node = values["draft"] else { return false }
        guard let flag = node.bool else {
            diagnostics.append(.error(at: location(of: node), "'draft' must be true or false"))
            return false
        }
        return flag
    }

    // MARK: - Positions

    private func scalarText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return String(Blanks.trimmed(scalar.string[...], Blanks.isSpaceOrNewline))
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return fileLocation(line: 1, column: 1) }
        return fileLocation(line: mark.line, column: mark.column)
    }

    private func fileLocation(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let location = SourceLocation(yamlError: error, path: path, lineOffset: lineOffset) ?? fileLocation(line: 1, column: 1)
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .error(at: location, "invalid YAML in front matter: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return .error(at: location, "front matter repeats the key '\(duplicates.joined(separator: "', '"))'")
        default:
            return .error(at: location, "invalid YAML in front matter: \(error)")
        }
    }

    /// The known key a typo most likely meant: at most two edits away.
    static func closestKnownKey(to key: String) -> String? {
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_")
        return FrontMatter.knownKeys
            .map { ($0, editDistance(Array(lowered), Array($0))) }
            .filter { $0.1 <= 2 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var previous = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var current = [i + 1]
            for (j, right) in rhs.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
