import Foundation
public import HILBenchCore
public import HILBenchStore
import HILBenchSystem
import HILBenchTransport

/// A board's state as LAVA names them: good, unknown, bad, offline — with the reasons.
public struct BoardHealth: Sendable {
    public enum State: String, Sendable { case good, unknown, bad, offline }

    public var board: String
    public var state: State
    public var reasons: [String]
    public var lease: BoardLease?
    public var agentVersion: String?
    public var runtimes: [String]
    public var freeDiskBytes: Int64?
    public var maxTemperatureC: Double?
    /// Board clock minus controller clock, seconds (midpoint of the request).
    public var clockOffsetSeconds: Double?

    /// The limits a good board stays within.
    public struct Limits: Sendable {
        public var minimumFreeDiskBytes: Int64 = 1 << 30
        public var maximumTemperatureC: Double = 85
        public var maximumClockOffsetSeconds: Double = 5
        public init() {}
    }

    /// Checks a board: reachable, agent version, runtimes present, free disk, temperature, clock offset.
    public static func check(
        _ target: TargetConfig, store: (any ResultsStore)?, agentCommand: [String], limits: Limits = Limits(),
        timeout: Duration = .seconds(20)
    ) async -> BoardHealth {
        await check(
            target, store: store, connector: TransportConnector(agentCommand: agentCommand), limits: limits,
            timeout: timeout)
    }

    /// Checks a board reached through `connector`.
    public static func check(
        _ target: TargetConfig, store: (any ResultsStore)?, connector: any BoardConnector, limits: Limits = Limits(),
        timeout: Duration = .seconds(20)
    ) async -> BoardHealth {
        var health = BoardHealth(unchecked: target.name)
        health.lease = (try? await store?.leases())??.first { $0.board == target.name && !$0.expired }
        let transport: any BoardTransport
        do {
            transport = try connector.transport(for: target)
        } catch {
            health.state = .bad
            health.reasons.append("\(error)")
            return health
        }
        health.inspect(await Self.probe(transport, timeout: timeout), limits: limits)
        await transport.close()
        return health
    }

}

extension BoardHealth {
    /// A board not yet checked: state unknown, nothing known about it.
    init(unchecked board: String) {
        self.init(
            board: board, state: .unknown, reasons: [], lease: nil, agentVersion: nil, runtimes: [], freeDiskBytes: nil,
            maxTemperatureC: nil, clockOffsetSeconds: nil)
    }

    /// A board judged from what it answered (`probe`) against `limits`.
    static func judged(_ board: String, _ probe: Result<BoardProbe, any Error>, limits: Limits) -> BoardHealth {
        var health = BoardHealth(unchecked: board)
        health.inspect(probe, limits: limits)
        return health
    }

    /// What a health check asks the agent: hello, then info twice (the first probes the runtimes, which is slow; the
    /// second is cached, with a fresh clock), and the controller-clock midpoint of the second request.
    static func probe(_ transport: any BoardTransport, timeout: Duration) async -> Result<BoardProbe, any Error> {
        do {
            let version = try await withTimeout(timeout) { try await transport.hello() }
            _ = try await withTimeout(timeout) { try await transport.info() }
            let started = Date().timeIntervalSince1970
            let sentNs = BoardProbe.monotonicNowNs()
            let info = try await withTimeout(timeout) { try await transport.info() }
            let receivedNs = BoardProbe.monotonicNowNs()
            let clock: ClockMapping? =
                if let bootID = info.environment.bootID, bootID == BoardProbe.controllerBootID {
                    .sameKernel
                } else if let boardNs = info.environment.monotonicNs {
                    .roundTrip(boardNs: boardNs, sentNs: sentNs, receivedNs: receivedNs)
                } else {
                    nil
                }
            return .success(
                BoardProbe(
                    version: version, info: info, midpoint: (started + Date().timeIntervalSince1970) / 2, clock: clock))
        } catch {
            return .failure(error)
        }
    }

    /// Judges a board from its probe: offline when it did not answer, bad when outside `limits`, good otherwise.
    mutating func inspect(_ probe: Result<BoardProbe, any Error>, limits: Limits) {
        switch probe {
        case .failure(let error):
            state = .offline
            reasons.append("\(error)")
        case .success(let answer):
            let (version, info, midpoint) = (answer.version, answer.info, answer.midpoint)
            agentVersion = version
            runtimes = info.runtimes.filter(\.available).map { "\($0.runtime.rawValue) \($0.version ?? "")" }
            freeDiskBytes = info.environment.freeDiskBytes
            maxTemperatureC = info.environment.temperaturesC.values.max()
            clockOffsetSeconds = info.environment.wallClock.map { $0 - midpoint }
            if info.protocolVersion != AgentProtocol.version {
                reasons.append("agent speaks protocol \(info.protocolVersion), controller \(AgentProtocol.version)")
            }
            if runtimes.isEmpty { reasons.append("no runtime available") }
            if let free = freeDiskBytes, free < limits.minimumFreeDiskBytes {
                reasons.append("only \(free >> 20) MiB free disk")
            }
            if let temperature = maxTemperatureC, temperature > limits.maximumTemperatureC {
                reasons.append("temperature \(temperature) °C")
            }
            if let offset = clockOffsetSeconds, abs(offset) > limits.maximumClockOffsetSeconds {
                reasons.append(String(format: "clock off by %.1f s", offset))
            }
            state = reasons.isEmpty ? .good : .bad
        }
    }

    /// One line: `good`, or the state and its reasons.
    var summary: String { reasons.isEmpty ? state.rawValue : "\(state.rawValue): \(reasons.joined(separator: "; "))" }
}

/// What a board said when probed, and how its clock maps onto the controller's.
struct BoardProbe: Sendable {
    var version: String
    var info: AgentInfo
    /// Controller wall-clock midpoint of the timed info request.
    var midpoint: Double
    /// Board `CLOCK_MONOTONIC` → controller's (nil: an agent that does not report its clock).
    var clock: ClockMapping?

    static func monotonicNowNs() -> Int64 { Monotonic.nowNs() }

    /// This machine's kernel boot id: a board that reports the same one shares the controller's clocks.
    static let controllerBootID: String? =
        (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
}

/// Runs `body`, throwing a transport error when it takes longer than `timeout`.
func withTimeout<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw HILBenchError(.transport, "no answer within \(timeout)")
        }
        guard let first = try await group.next() else { throw CancellationError() }
        group.cancelAll()
        return first
    }
}
