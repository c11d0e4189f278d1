import ContentFormat
import Foundation
import Indicators
import Yams

/// Reads `content/indicators.yml` into the catalog the extractor classifies against.
enum CatalogLoader {
    /// nil only together with an error diagnostic.
    static func load(yaml: String?, path: String) -> (IndicatorCatalog?, [Diagnostic]) {
        guard let yaml else {
            return (try? IndicatorCatalog(definitions: []), [.warning(
                at: SourceLocation(path: path), "no indicator catalog; figures are listed without indicators",
                hint: "create content/indicators.yml to classify figures and compare regions"
            )])
        }
        let file: CatalogFile
        do {
            file = try YAMLDecoder().decode(CatalogFile.self, from: yaml)
        } catch let error as YamlError {
            let location = SourceLocation(yamlError: error, path: path) ?? SourceLocation(path: path)
            return (nil, [.error(at: location, "invalid YAML in the indicator catalog: \(error)")])
        } catch let error as DecodingError {
            return (nil, [.error(at: SourceLocation(path: path), "indicator catalog: \(describe(error))")])
        } catch {
            return (nil, [.error(at: SourceLocation(path: path), "indicator catalog: \(error)")])
        }
        do {
            return (try IndicatorCatalog(file: file), [])
        } catch let error as CatalogError {
            return (nil, [.error(at: location(of: error, in: yaml, path: path), error.description)])
        } catch {
            return (nil, [.error(at: SourceLocation(path: path), "indicator catalog: \(error)")])
        }
    }

    static func infos(_ catalog: IndicatorCatalog) -> [IndicatorInfo] {
        catalog.definitions.map {
            IndicatorInfo(id: $0.id, label: $0.label, theme: $0.theme.displayName, units: $0.units, order: $0.order)
        }
    }

    /// The line that names the indicator an error is about.
    private static func location(of error: CatalogError, in yaml: String, path: String) -> SourceLocation {
        let id: String
        switch error {
        case .duplicateID(let value), .invalidID(let value): id = value
        case .emptyLabel(let value), .noUnits(let value), .noMatchRules(let value), .emptyRule(let value): id = value
        case .duplicateOrder(let value, _): id = value
        }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let matches = lines.indices.filter { lines[$0].contains("id: \(id)") }
        // A duplicate is reported at its second definition.
        let index = (error == .duplicateID(id) ? matches.dropFirst().first : nil) ?? matches.first
        return SourceLocation(path: path, line: (index ?? 0) + 1)
    }


    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "missing '\(key.stringValue)' at \(codingPath(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(codingPath(context.codingPath))"
        @unknown default:
            "\(error)"
        }
    }

    private static func codingPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
