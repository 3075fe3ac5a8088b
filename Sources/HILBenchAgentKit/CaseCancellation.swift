import Synchronization

/// Asks a running case to stop, from another thread: the measurement loop kills the runner's process group
/// at its next poll tick and reports the case as `infra_error` / `cancelled`.
public final class CaseCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
