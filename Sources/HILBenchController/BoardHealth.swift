import Foundation
public import HILBenchCore
public import HILBenchStore
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
    public static func check(_ target: TargetConfig, store: ResultsStore?, agentExecutable: String, limits: Limits = Limits(),
                             timeout: Duration = .seconds(20)) async -> BoardHealth {
        var health = BoardHealth(board: target.name, state: .unknown, reasons: [], lease: nil, agentVersion: nil, runtimes: [],
                                 freeDiskBytes: nil, maxTemperatureC: nil, clockOffsetSeconds: nil)
        let now = Date().timeIntervalSince1970
        health.lease = (try? store?.leases())??.first { $0.board == target.name && $0.expiresAt > now }
        let transport: any BoardTransport
        do {
            transport = try TransportFactory.make(for: target, agentExecutable: agentExecutable, controlDirectory: try RunController.controlDirectory())
        } catch {
            health.state = .bad
            health.reasons.append("\(error)")
            return health
        }
        do {
            health.agentVersion = try await withTimeout(timeout) { try await transport.hello() }
            _ = try await withTimeout(timeout) { try await transport.info() }  // the first probes the runtimes (slow)
            let started = Date().timeIntervalSince1970
            let info = try await withTimeout(timeout) { try await transport.info() }  // cached, with a fresh clock
            let midpoint = (started + Date().timeIntervalSince1970) / 2
            await transport.close()
            health.runtimes = info.runtimes.filter(\.available).map { "\($0.runtime.rawValue) \($0.version ?? "")" }
            health.freeDiskBytes = info.environment.freeDiskBytes
            health.maxTemperatureC = info.environment.temperaturesC.values.max()
            health.clockOffsetSeconds = info.environment.wallClock.map { $0 - midpoint }
            if info.protocolVersion != AgentProtocol.version { health.reasons.append("agent speaks protocol \(info.protocolVersion), controller \(AgentProtocol.version)") }
            if health.runtimes.isEmpty { health.reasons.append("no runtime available") }
            if let free = health.freeDiskBytes, free < limits.minimumFreeDiskBytes { health.reasons.append("only \(free >> 20) MiB free disk") }
            if let temperature = health.maxTemperatureC, temperature > limits.maximumTemperatureC { health.reasons.append("temperature \(temperature) °C") }
            if let offset = health.clockOffsetSeconds, abs(offset) > limits.maximumClockOffsetSeconds {
                health.reasons.append(String(format: "clock off by %.1f s", offset))
            }
            health.state = health.reasons.isEmpty ? .good : .bad
        } catch {
            await transport.close()
            health.state = .offline
            health.reasons.append("\(error)")
        }
        return health
    }
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
