import Foundation

/// The files an import names: each file as given, and for a folder the
/// reports in it (not in its subfolders), in name order.
public enum ImportInputs {
    /// What a folder's report files end with: copied text and saved pages.
    public static let reportExtensions: Set<String> = ["txt", "html", "htm", "shtml", "xhtml"]

    /// The files to import, and for each folder that holds no report a
    /// message saying so.
    public static func files(from arguments: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(argument)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            let reports = names.filter { name in
                let url = URL(fileURLWithPath: argument).appendingPathComponent(name)
                var isSubfolder: ObjCBool = false
                return !name.hasPrefix(".") && reportExtensions.contains(url.pathExtension.lowercased())
                    && FileManager.default.fileExists(atPath: url.path, isDirectory: &isSubfolder) && !isSubfolder.boolValue
            }.sorted()
            if reports.isEmpty {
                problems.append("\(argument): the folder holds no report to import (no file ending .\(reportExtensions.sorted().joined(separator: ", .")))")
            }
            let prefix = argument.hasSuffix("/") ? argument : argument + "/"
            files += reports.map { prefix + $0 }
        }
        return (files, problems)
    }
}
