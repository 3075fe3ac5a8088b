import Foundation
import HILBenchCore
import HILBenchStore
import Testing

/// What every `ResultsStore` backend must do, run against each one (SQLite here, PostgreSQL where a server starts).
enum StoreContract {
    /// Lease rules on the store's clock: refused while another holder's lease runs, taken once it lapsed, a lapsed
    /// lease never revived by a heartbeat, released only by its holder.
    static func leases(_ store: any ResultsStore) async throws {
        // Given controller A holds board1 for an hour
        #expect(try await store.acquireLease(board: "board1", holder: "hostA:1", runID: "r1", ttlSeconds: 3600) == nil)
        // When controller B asks, it is refused and told who holds it, for which run, until when
        let refused = try #require(
            try await store.acquireLease(board: "board1", holder: "hostB:2", runID: "r2", ttlSeconds: 60))
        #expect(refused.holder == "hostA:1")
        #expect(refused.host == "hostA")
        #expect(refused.pid == 1)
        #expect(refused.runID == "r1")
        #expect(!refused.expired)
        #expect(abs(refused.expiresAt - refused.acquiredAt - 3600) < 1)
        // A renews: its lease is kept, and asking again as A succeeds (taking one's own lease is renewing it)
        #expect(try await store.heartbeat(boards: ["board1"], holder: "hostA:1", ttlSeconds: 3600).isEmpty)
        #expect(try await store.acquireLease(board: "board1", holder: "hostA:1", runID: "r1", ttlSeconds: 3600) == nil)
        // A heartbeat for a board A never leased reports it lost
        #expect(
            try await store.heartbeat(boards: ["board1", "board2"], holder: "hostA:1", ttlSeconds: 60) == ["board2"])

        // A lease with no time left has lapsed at once: B takes it, and A's heartbeat reports it lost
        #expect(try await store.acquireLease(board: "board3", holder: "hostA:1", runID: "r1", ttlSeconds: 0) == nil)
        #expect(try await store.leases().first { $0.board == "board3" }?.expired == true)
        #expect(try await store.acquireLease(board: "board3", holder: "hostB:2", runID: "r2", ttlSeconds: 3600) == nil)
        #expect(try await store.heartbeat(boards: ["board3"], holder: "hostA:1", ttlSeconds: 60) == ["board3"])
        #expect(try await store.leases().first { $0.board == "board3" }?.holder == "hostB:2")

        // A lapsed lease nobody took is not revived by its holder's heartbeat: the holder must stop and ask again
        #expect(try await store.acquireLease(board: "board4", holder: "hostA:1", runID: "r1", ttlSeconds: 0) == nil)
        #expect(try await store.heartbeat(boards: ["board4"], holder: "hostA:1", ttlSeconds: 60) == ["board4"])

        // Releasing is by holder only
        try await store.releaseLeases(boards: ["board1"], holder: "hostB:2")
        #expect(try await store.leases().first { $0.board == "board1" }?.holder == "hostA:1")
        try await store.releaseLeases(boards: ["board1", "board4"], holder: "hostA:1")
        #expect(try await store.leases().map(\.board) == ["board3"])
    }

    static func deadHolder(_ store: any ResultsStore) async throws {
        #expect(try await store.acquireLease(board: "b", holder: "host:100", runID: "r", ttlSeconds: 60) == nil)
        #expect(
            try await store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, replacing: "host:999") != nil)
        #expect(
            try await store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, replacing: "host:100") == nil)
        #expect(try await store.leases().map(\.holder) == ["host:200"])
    }

    /// How many of `stores` (each its own connection to one store) win one board when they all ask at once.
    static func racingWinners(_ stores: [any ResultsStore]) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    (try? await store.acquireLease(board: "b", holder: "c:\(index)", runID: nil, ttlSeconds: 60))
                        == .some(nil)
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }
}
