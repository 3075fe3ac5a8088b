import Foundation

/// A dedicated thread that owns one board's `CurlEasy` and runs its blocking transfers one after another,
/// so curl never blocks the cooperative pool; callers await the outcome.
final class CurlWorker: @unchecked Sendable {
    // @unchecked: `jobs`, `stopped` and `dropHandle` are guarded by `condition`; the handle lives on the thread.
    private let condition = NSCondition()
    private var jobs: [@Sendable (CurlEasy?, CurlError?) -> Void] = []
    private var stopped = false
    private var dropHandle = false

    init(name: String) {
        let thread = Thread { [self] in loop() }
        thread.name = name
        thread.start()
    }

    /// Runs a transfer on the worker thread. `abort` cuts it short from any thread.
    func perform(_ request: CurlRequest, abort: CurlAbort) async -> Result<CurlResponse, CurlError> {
        await withCheckedContinuation { continuation in
            let accepted = enqueue { easy, failure in
                guard let easy else {
                    continuation.resume(
                        returning: .failure(
                            failure ?? CurlError(code: 2, text: "libcurl could not be initialised", detail: "")))
                    return
                }
                continuation.resume(returning: easy.perform(request, abort: abort))
            }
            if !accepted {
                continuation.resume(
                    returning: .failure(CurlError(code: 2, text: "the HTTP transport was stopped", detail: "")))
            }
        }
    }

    /// Closes the handle and its connections before the next transfer, which opens a new one.
    func reset() {
        condition.withLock {
            dropHandle = true
            condition.signal()
        }
    }

    /// Ends the thread once the queued transfers are done.
    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func enqueue(_ job: @escaping @Sendable (CurlEasy?, CurlError?) -> Void) -> Bool {
        condition.withLock {
            guard !stopped else { return false }
            jobs.append(job)
            condition.signal()
            return true
        }
    }

    private func loop() {
        var easy: CurlEasy?
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped && !dropHandle { condition.wait() }
            if dropHandle {
                dropHandle = false
                easy = nil
            }
            if jobs.isEmpty {
                let finished = stopped
                condition.unlock()
                if finished { return }
                continue
            }
            let job = jobs.removeFirst()
            condition.unlock()
            var failure: CurlError?
            if easy == nil {
                do { easy = try CurlEasy() } catch { failure = error }
            }
            job(easy, failure)
        }
    }
}
