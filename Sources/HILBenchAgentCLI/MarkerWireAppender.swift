import Foundation

/// Appends a simulated marker's edges to its wire file (docs/energy.md §1) from a runner's timed loop.
///
/// Both edges of an inference go in one `write(2)` after the inference, stamped with the timing clock's own
/// readings, so the window is exactly the timed call and the loop pays one system call per inference.
final class MarkerWireAppender {
    /// A wire file that cannot be opened or written.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var errnoCode: Int32
        var description: String {
            "cannot \(operation) the marker wire \(path): \(String(cString: strerror(errnoCode))) (errno \(errnoCode))"
        }
    }

    let path: String
    private let fd: Int32

    init(path: String) throws(Failure) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, operation: "open", errnoCode: errno) }
    }

    /// Appends `"<rise> 1\n<fall> 0\n"`.
    func append(rise: Int64, fall: Int64) throws(Failure) {
        var bytes = Array("\(rise) 1\n\(fall) 0\n".utf8)
        let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw Failure(path: path, operation: "append to", errnoCode: written < 0 ? errno : EIO)
        }
    }

    deinit { close(fd) }
}
