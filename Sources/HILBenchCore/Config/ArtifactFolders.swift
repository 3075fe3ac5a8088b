import Foundation

/// Where a suite's models, weights and `.npy` inputs may live: under the suite file's own folder, or under a folder
/// the user named (`--artifact-root DIR`). A suite is a file people share; without this, `path: ../../.ssh/id_ed25519`
/// or a symlink out of the folder would make `validate` print the hash of any file the controller can read and `run`
/// ship it to a board.
public struct ArtifactFolders: Sendable {
    /// The suite's folder and the extra roots, each with its symlinks resolved.
    let allowed: [String]
    let suiteFolder: String

    /// - Parameters:
    ///   - suiteFolder: the folder of the suite file (relative paths are read against it).
    ///   - roots: further folders the user allows (`--artifact-root`), relative to the working directory.
    public init(suiteFolder: String, roots: [String] = []) {
        let base = suiteFolder.isEmpty ? FileManager.default.currentDirectoryPath : suiteFolder
        self.suiteFolder = Self.absolute(base, against: FileManager.default.currentDirectoryPath)
        allowed =
            ([self.suiteFolder] + roots.map { Self.absolute($0, against: FileManager.default.currentDirectoryPath) })
            .map(Self.real)
    }

    /// The path as written, made absolute against the suite's folder (`~/` expanded), if it stays inside an allowed
    /// folder once `..` and every symlink are resolved; otherwise why not (one sentence, for a config diagnostic).
    public func contain(_ written: String) -> Result<String, Refusal> {
        let path =
            written.hasPrefix("~/")
            ? NSString(string: written).expandingTildeInPath : Self.absolute(written, against: suiteFolder)
        let real = Self.real(path)
        if allowed.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) {
            return .success(path)
        }
        let shown = real == path ? "" : " (it resolves to \(real))"
        return .failure(
            Refusal(
                message:
                    "'\(written)'\(shown) is outside the suite's folder \(allowed[0]); keep models, weights and inputs under it, or allow the folder with --artifact-root DIR"
            ))
    }

    /// Why a path was refused.
    public struct Refusal: Error, Sendable { public var message: String }

    static func absolute(_ path: String, against base: String) -> String {
        let joined = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }

    /// `realpath(3)` of the path, or of its deepest existing ancestor with the rest appended (a file not written yet
    /// is still judged by where its folder really is).
    static func real(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while true {
            if let resolved = realpath(head, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return tail.isEmpty
                    ? base : (base as NSString).appendingPathComponent(tail.reversed().joined(separator: "/"))
            }
            let parent = (head as NSString).deletingLastPathComponent
            if parent == head || parent.isEmpty { return path }
            tail.append((head as NSString).lastPathComponent)
            head = parent
        }
    }
}
