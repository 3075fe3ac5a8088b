/// At most `limit` holders at once; the rest wait in arrival order. Cancellation-safe: a cancelled waiter
/// gives up its place without taking a permit.
actor ConcurrencyLimit {
    private var available: Int
    private var waiters: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID = 0

    init(_ limit: Int) { available = max(1, limit) }

    /// Runs `body` holding one permit.
    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async throws {
        if available > 0 {
            available -= 1
            return
        }
        nextID += 1
        let id = nextID
        let granted = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: false)
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
        if !granted { throw CancellationError() }
    }

    private func cancel(_ id: Int) {
        if let index = waiters.firstIndex(where: { $0.id == id }) {
            waiters.remove(at: index).continuation.resume(returning: false)
        }
    }

    private func release() {
        if waiters.isEmpty {
            available += 1
        } else {
            waiters.removeFirst().continuation.resume(returning: true)
        }
    }
}
