import Foundation

/// The staging folder's files and folders, made with plain POSIX calls.
///
/// A staging folder is either new and empty, or the output of the build
/// before last, reused (`SiteWriter.begin`). A reused folder can already hold
/// a file where a new one goes: the current output's own file under a second
/// name (a hard link), or an older one. So nothing already there is ever
/// opened for writing, since it may be a file the output still shows: new
/// files are created with `O_EXCL`, after removing what was in the way. In a
/// reused folder, things in the way (a file where a folder is needed, a
/// folder where a file goes) are removed; in a new folder nothing is, and
/// such a clash is an error, since only another program can have made it.
struct StagingTree: Sendable {
    let root: String
    /// Whether this is a reused output, where old entries may be in the way.
    let isReused: Bool

    func path(_ relativePath: String) -> String {
        root + "/" + relativePath
    }

    /// Makes the folders `relativePath` is in, with `mkdir` for each (EEXIST:
    /// an earlier file made it, or another thread); whether all could be.
    /// On failure `errno` says why: ENOTDIR for a file where a folder goes.
    private func makeFolders(for relativePath: String) -> Bool {
        guard let slash = relativePath.lastIndex(of: "/") else { return true }
        var folder = root
        for part in relativePath[..<slash].split(separator: "/") {
            folder += "/" + part
            if mkdir(folder, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// Makes `relativeFolder` and its parents, removing an old file where
    /// one of them goes; whether it could.
    private func replaceNonFolders(_ relativeFolder: String) -> Bool {
        var folder = root
        for part in relativeFolder.split(separator: "/") {
            folder += "/" + part
            var status = stat()
            if lstat(folder, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR { continue }
                guard unlink(folder) == 0 else { return false }
            }
            if mkdir(folder, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// A new file at `relativePath`, open for writing. Its folders are made
    /// when they are missing: a rebuild finds nearly all of them in place.
    func createFile(_ relativePath: String) -> FileBytes {
        let path = path(relativePath)
        var descriptor = Self.createNew(path)
        if descriptor < 0 && errno == ENOENT && makeFolders(for: relativePath) { descriptor = Self.createNew(path) }
        if descriptor < 0 && clearWay(to: relativePath) { descriptor = Self.createNew(path) }
        return FileBytes(descriptor: descriptor)
    }

    private static func createNew(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
    }

    /// Gives the file at `existingPath` the name `relativePath` too, making
    /// the folders when they are missing; whether it did.
    func link(_ existingPath: String, as relativePath: String) -> Bool {
        let path = path(relativePath)
        if Foundation.link(existingPath, path) == 0 { return true }
        if errno == ENOENT && makeFolders(for: relativePath) && Foundation.link(existingPath, path) == 0 { return true }
        return clearWay(to: relativePath) && Foundation.link(existingPath, path) == 0
    }

    /// Whether `relativePath` already names the file with this device and inode.
    func holds(_ relativePath: String, device: UInt64, inode: UInt64) -> Bool {
        var status = stat()
        return lstat(path(relativePath), &status) == 0 && UInt64(status.st_dev) == device && UInt64(status.st_ino) == inode
    }

    /// After creating or linking `relativePath` failed with `errno`: removes
    /// what was in the way, in a reused folder; whether to try again.
    private func clearWay(to relativePath: String) -> Bool {
        let failure = errno
        guard isReused else { return false }
        switch failure {
        case EEXIST:
            // An old file, or a folder, where the file goes: only its name is removed, never its bytes.
            let path = path(relativePath)
            if unlink(path) == 0 { return true }
            return (try? FileManager.default.removeItem(atPath: path)) != nil
        case ENOTDIR, ENOENT:
            guard let slash = relativePath.lastIndex(of: "/") else { return false }
            return replaceNonFolders(String(relativePath[..<slash]))
        default:
            return false
        }
    }

    /// Removes, in a reused folder, every entry that is neither one of
    /// `files` nor a folder leading to one: the old output's pages that this
    /// build no longer has.
    func removeEntries(keeping files: Set<String>) {
        guard isReused else { return }
        let folders = Self.folders(of: files)
        // Level by level, the folders of a level on all cores: a large site
        // is a folder per region, each read with its own system calls.
        var level = [""]
        while !level.isEmpty {
            level = Array(level.parallelMap { removeEntries(in: $0, files: files, folders: folders) }.joined())
        }
    }

    /// Every folder the files are in, with its parents.
    static func folders(of files: Set<String>) -> Set<String> {
        var folders: Set<String> = []
        for file in files {
            var folder = file[...]
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        return folders
    }

    /// Removes the entries of one folder that are not kept; the kept folders in it.
    private func removeEntries(in relativeFolder: String, files: Set<String>, folders: Set<String>) -> [String] {
        let folderPath = relativeFolder.isEmpty ? root : path(relativeFolder)
        var kept: [String] = []
        for (name, isFolder) in Self.entries(of: folderPath) {
            let relativePath = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
            if isFolder == true && folders.contains(relativePath) {
                kept.append(relativePath)
            } else if isFolder == false && files.contains(relativePath) {
                continue
            } else {
                let path = path(relativePath)
                if unlink(path) != 0 { try? FileManager.default.removeItem(atPath: path) }
            }
        }
        return kept
    }

    /// The names in a folder, each with whether it is a folder (nil: neither
    /// a folder nor a regular file, such as a symbolic link).
    private static func entries(of folderPath: String) -> [(name: String, isFolder: Bool?)] {
        guard let folder = opendir(folderPath) else { return [] }
        defer { closedir(folder) }
        var entries: [(String, Bool?)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard name != "." && name != ".." else { continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat(folderPath + "/" + name, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : status.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : 0
            }
            entries.append((name, type == Int32(DT_DIR) ? true : type == Int32(DT_REG) ? false : nil))
        }
        return entries
    }
}
