import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchTesting
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// Attack 2 at scale: thousands of generated case specs with extreme values in every numeric and text field, posted
/// to the agent's router. Each is a 202 or a 4xx; every accepted one passes the loader's ranges and survives the
/// conversions the measurement loop makes (seconds → nanoseconds), so none can crash the agent or its runner.
@Suite(.timeLimit(.minutes(3)))
struct SpecFuzzTests {
    static let ints = [
        Int.min, -1_000_000_000, -1, 0, 1, 2, 9, 10, 250, 1024, 65_535, 65_536, 600_000, 1 << 20, 10_000_000,
        100_000_000,
        Int(Int32.max), 1 << 53, Int.max / 1_000_000, Int.max,
    ]
    static let doubles = [
        Double.nan, .infinity, -.infinity, -1, 0, 1e-300, 0.05, 0.1, 1, 60, 86_400, 86_400.5, 9.3e9, 1e18, 1e308,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
    ]
    static let names = ["board", "", "../x", "a/b", "a\nb", "-x", String(repeating: "n", count: 65), "é", "ok.name_1"]

    /// One random change to a field of a valid spec.
    static let mutations: [@Sendable (inout CaseSpec, inout SeededGenerator) -> Void] = [
        { $0.warmup = $1.pick(ints) }, { $0.iterations = $1.pick(ints) }, { $0.idleMs = $1.pick(ints) },
        { $0.memorySamplePeriodMs = $1.pick(ints) }, { $0.maxOutputValues = $1.pick(ints) },
        { $0.timeoutSeconds = $1.pick(doubles) },
        { $0.key.threads = $1.pick(ints) }, { $0.key.batch = $1.pick(ints) },
        { $0.key.target = $1.pick(names) }, { $0.key.model = $1.pick(names) },
        { $0.marker.line = $1.pick(ints) },
        {
            $0.thermal = .init(
                cooldownBelowCelsius: $1.pick(doubles), cooldownTimeoutSeconds: $1.pick(doubles),
                throttleCelsius: $1.pick(doubles),
                samplePeriodMs: $1.pick(ints))
        },
        {
            $0.adaptive = .init(
                targetHalfWidth: $1.pick(doubles), batch: $1.pick(ints), maxIterations: $1.pick(ints),
                maxSeconds: $1.pick(doubles))
        },
        { $0.inputs.shapes = ["x": [$1.pick(ints), $1.pick(ints)]] },
        {
            $0.options["o"] =
                $1.chance(0.5) ? .double($1.pick(doubles)) : .list([.list([.list([.list([.list([.int(1)])])])])])
        },
        { $0.inputs.npy = ["x": $1.pick(["/etc/passwd", String(repeating: "a", count: 64), "", "../../x.npy"])] },
    ]

    /// Runs nothing: checks what the runner would compute from an accepted spec, and records it.
    final class Accepted: Sendable {
        let specs = Mutex<[CaseSpec]>([])
    }

    @Test(arguments: [31, 32] as [UInt64])
    func generatedSpecsAreAcceptedOrRefusedAndNeverCrash(seed: UInt64) async throws {
        let accepted = Accepted()
        let fixture = try AgentFixture(cases: { _ in
            CaseSupervisor { spec, _ in
                // The conversions of the measurement loop: they trap on an out-of-range value.
                _ =
                    Int64(spec.timeoutSeconds * 1e9) + Int64(spec.idleMs) * 1_000_000 + Int64(spec.memorySamplePeriodMs)
                    * 1_000_000
                _ =
                    Int64((spec.thermal?.samplePeriodMs ?? 250)) * 1_000_000
                    + Int64((spec.thermal?.cooldownTimeoutSeconds ?? 0) * 1e9)
                _ = Int64((spec.adaptive?.maxSeconds ?? 0) * 1e9)
                accepted.specs.withLock { $0.append(spec) }
                return .notRun(spec.key, status: .skipped, kind: "fuzz", message: "not run")
            }
        })
        let router = makeAgentRouter(
            service: fixture.service, token: try BearerToken(contentsOfFile: fixture.tokenFile),
            store: fixture.store, cases: fixture.cases)
        var logger = Logger(label: "spec-fuzz")
        logger.logLevel = .critical
        var random = SeededGenerator(seed: seed)
        var bodies: [Data] = []
        for _ in 0..<2_500 {
            var spec = referenceSpec(iterations: 10, warmup: 1)
            for _ in 0..<random.int(1...3) { Self.mutations[random.int(0...Self.mutations.count - 1)](&spec, &random) }
            bodies.append(try HILBenchJSON.encoder().encode(spec))
        }
        let posted = bodies
        let counts = try await Application(router: router, logger: logger).test(.router) { client -> [Int: Int] in
            var counts: [Int: Int] = [:]
            for (index, body) in posted.enumerated() {
                let response = try await client.execute(
                    uri: "/v1/cases", method: .post, headers: [.authorization: "Bearer \(AgentFixture.secret)"],
                    body: ByteBuffer(bytes: body))
                let code = Int(response.status.code)
                counts[code, default: 0] += 1
                #expect(
                    code == 202 || (400..<500).contains(code),
                    "seed \(seed) spec #\(index) → \(code): \(String(decoding: body, as: UTF8.self).prefix(300))")
                if code == 202 { _ = fixture.cases.runningID.map { _ in () } }
            }
            return counts
        }
        // Give the last accepted case's thread its moment, then check every accepted spec against the loader's ranges.
        for _ in 0..<200 where fixture.cases.runningID != nil { try await Task.sleep(for: .milliseconds(10)) }
        let specs = accepted.specs.withLock { $0 }
        for spec in specs { #expect(throws: Never.self) { try spec.validate() } }
        print(
            "spec fuzz seed \(seed): \(posted.count) specs posted, answers \(counts.sorted { $0.key < $1.key }), \(specs.count) ran, 0 crashes"
        )
        #expect(counts[400, default: 0] > posted.count / 2, "most generated specs are out of range")
        #expect(!specs.isEmpty, "some generated specs are valid and run")
    }
}
