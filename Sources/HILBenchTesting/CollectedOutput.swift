import Foundation
public import HILBenchSystem
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// What a running child has printed so far, stdout and stderr together in the order their chunks arrived, read by
/// threads of their own: for tests that wait for a line while the child runs (a "listening on" or "ok" line).
public final class CollectedOutput: Sendable {
    private let data = Mutex(Data())
    private let ended = DispatchSemaphore(value: 0)
    private let streams: Int

    /// Starts reading every stream of `process` that is a pipe to this process.
    public init(_ process: SpawnedProcess) {
        let handles = [process.stdout, process.stderr].compactMap { $0 }
        streams = handles.count
        for handle in handles {
            let fd = handle.fileDescriptor
            Thread.detachNewThread { [self] in
                // read(2) returns what is there (FileHandle.read(upToCount:) waits for the full count on a pipe).
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    data.withLock { $0.append(contentsOf: buffer[0..<count]) }
                }
                withExtendedLifetime(handle) { _ = ended.signal() }
            }
        }
    }

    /// Everything read so far, as text.
    public var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Waits until every stream has ended (the child and whatever inherited its streams are gone), then the text.
    @discardableResult
    public func waitForEnd() -> String {
        for _ in 0..<streams { ended.wait() }
        return text
    }
}
