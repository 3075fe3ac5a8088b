import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import Testing

/// An HTTP controller that goes away (stops polling) must not leave the board busy with its case.
@Suite(.timeLimit(.minutes(1)))
struct CaseSupervisorTests {
    /// A case that runs until it is cancelled.
    static func endless() -> @Sendable (CaseSpec, CaseCancellation) -> CaseResult {
        { spec, cancellation in
            while !cancellation.isCancelled { usleep(1000) }
            return .notRun(spec.key, status: .infraError, kind: "cancelled", message: "cancelled")
        }
    }

    @Test func aCaseNobodyAsksAboutIsCancelled() async throws {
        let cases = CaseSupervisor(abandonAfter: .milliseconds(500), execute: Self.endless())
        let id = try cases.start(referenceSpec())
        // Nobody polls. (The bound is only the test's patience: the watchdog fires after 0.5 s.)
        for _ in 0..<600 where cases.runningID != nil { try await Task.sleep(for: .milliseconds(50)) }
        #expect(cases.runningID == nil, "the abandoned case still holds the board")
        let status = try #require(cases.status(id))
        #expect(status.state == .done && status.cancelRequested)
        #expect(status.result?.failure?.kind == "cancelled")
    }

    @Test func aCaseItsControllerWaitsOnIsNotCancelled() async throws {
        let cases = CaseSupervisor(abandonAfter: .milliseconds(500), execute: Self.endless())
        let id = try cases.start(referenceSpec())
        // Long polls back to back for four times the abandon delay, as a live controller does.
        for _ in 0..<4 {
            let status = try #require(await cases.status(id, waitingUpTo: .milliseconds(500)))
            #expect(status.state == .running && !status.cancelRequested)
        }
        #expect(cases.runningID == id)
        _ = cases.cancel(id)
        for _ in 0..<600 where cases.runningID != nil { try await Task.sleep(for: .milliseconds(50)) }
    }
}
