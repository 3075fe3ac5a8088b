import Foundation

/// A regular file's identity without reading it: device, inode, size and modification time.
///
/// Read through FileManager rather than `lstat(2)`: in this module (which imports NIO, and so Dispatch) the clang
/// importer may give `struct stat` to CDispatch or to Glibc depending on build order, and MemberImportVisibility then
/// fails the build on a fresh module cache.
struct FileStatus: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedNs: Int64
    var permissions: Int

    /// Nil unless `path` is a regular file (symbolic links are not followed).
    init?(regularFileAt path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.int64Value
        else { return nil }
        device = (attributes[.systemNumber] as? NSNumber)?.uint64Value ?? 0
        inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        self.size = size
        modifiedNs = Int64(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1e9)
        permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
    }
}
