import ArgumentParser
import Foundation
import HILBenchStore

extension HILBench {
    struct Store: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work on results stores as a whole.", subcommands: [Copy.self])

        struct Copy: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Copy runs from one store to another (SQLite file ↔ postgres:// URL).",
                discussion: """
                    Each run with its cases (samples and outputs bit-exact), board events and times. A run the target \
                    already holds gets only its missing cases, so an interrupted copy can be run again. Leases are not \
                    copied.
                    """)

            @Option(help: "The store to copy from: a SQLite path or a postgres:// URL.")
            var from: String

            @Option(help: "The store to copy to (created and migrated if new).")
            var to: String

            @Option(parsing: .upToNextOption, help: "Only these runs (default: every run).")
            var run: [String] = []

            func run() async throws {
                let source = try StoreLocation(from)
                let target = try StoreLocation(to)
                let runs = run.isEmpty ? nil : run
                let copied = try await ResultsStores.withStore(source) { source in
                    try await ResultsStores.withStore(target) { target in
                        try await StoreCopy.copy(from: source, to: target, runIDs: runs) { done in
                            print(
                                "\(done.runID)  \(done.cases) cases copied"
                                    + (done.alreadyThere > 0 ? ", \(done.alreadyThere) already there" : "")
                                    + (done.events > 0 ? ", \(done.events) board events" : ""))
                        }
                    }
                }
                print(
                    "copied \(copied.count) run\(copied.count == 1 ? "" : "s"), "
                        + "\(copied.reduce(0) { $0 + $1.cases }) cases from \(source) to \(target)")
            }
        }
    }
}
