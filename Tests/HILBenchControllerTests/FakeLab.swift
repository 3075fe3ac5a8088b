import Foundation
import HILBenchController
import HILBenchCore
import HILBenchTransport
import Synchronization

/// Boards that answer from a script, for constructing a `RunController` without agents, a lab or root.
///
/// Each board is powered (answers) or dead (every request fails like a cut link); a power switch turns a dead board
/// back on. `onRun` decides what each case does; the lab records every case sent and every switch flipped.
final class FakeLab: Sendable {
    /// What a board does with one case: answer (a result), or throw (the link failed); it may kill the board.
    typealias Script = @Sendable (_ call: Call, _ lab: FakeLab) async throws -> CaseResult

    struct Call: Sendable {
        var board: String
        var caseID: String
        var spec: CaseSpec
        /// Which transport to this board carried it (1: the first; 2: the one made after a power cycle, …).
        var transport: Int
    }

    private struct State {
        var dead: Set<String> = []
        var calls: [Call] = []
        var switches: [String] = []
        var transportsMade: [String: Int] = [:]
    }
    private let state = Mutex(State())
    private let script: Script

    init(script: @escaping Script = { call, _ in FakeLab.ok(call.spec) }) { self.script = script }

    /// A plausible measured result for `spec`.
    static func ok(_ spec: CaseSpec) -> CaseResult {
        CaseResult(
            key: spec.key, status: .ok, loadNs: 2_000_000, warmupLatenciesNs: [1_200_000],
            latenciesNs: [1_000_000, 1_100_000, 900_000, 1_050_000], durationSeconds: 0.01, transport: "fake")
    }

    /// Cases sent, in order (optionally for one board).
    func calls(on board: String? = nil) -> [Call] {
        state.withLock { $0.calls.filter { board == nil || $0.board == board } }
    }
    /// Switch flips, as `board off` / `board on`.
    var switches: [String] { state.withLock { $0.switches } }
    func transportsMade(for board: String) -> Int { state.withLock { $0.transportsMade[board] ?? 0 } }

    /// The board stops answering (until it is switched off and on).
    func kill(_ board: String) { _ = state.withLock { $0.dead.insert(board) } }
    func isDead(_ board: String) -> Bool { state.withLock { $0.dead.contains(board) } }

    fileprivate func madeTransport(for board: String) -> Int {
        state.withLock {
            $0.transportsMade[board, default: 0] += 1
            return $0.transportsMade[board] ?? 0
        }
    }

    fileprivate func flip(_ board: String, on: Bool) {
        state.withLock {
            $0.switches.append("\(board) \(on ? "on" : "off")")
            if on { $0.dead.remove(board) } else { $0.dead.insert(board) }
        }
    }

    fileprivate func run(_ spec: CaseSpec, board: String, transport: Int) async throws -> CaseResult {
        let call = Call(board: board, caseID: spec.key.id, spec: spec, transport: transport)
        let dead = state.withLock { state -> Bool in
            state.calls.append(call)
            return state.dead.contains(board)
        }
        if dead { throw Self.cut(board) }
        return try await script(call, self)
    }

    static func cut(_ board: String) -> HILBenchError {
        HILBenchError(.transport, "the agent connection closed (fake board \(board) is dead)", board: board)
    }
}

/// Hands the controller fake transports and switches onto a `FakeLab`.
struct FakeConnector: BoardConnector {
    let lab: FakeLab

    func transport(for target: TargetConfig) throws -> any BoardTransport {
        FakeTransport(board: target.name, lab: lab, number: lab.madeTransport(for: target.name))
    }

    func powerSwitch(for target: TargetConfig) -> (any PowerSwitch)? {
        target.power == nil ? nil : FakeSwitch(board: target.name, lab: lab)
    }
}

struct FakeSwitch: PowerSwitch {
    let board: String
    let lab: FakeLab
    func set(on: Bool) async throws { lab.flip(board, on: on) }
    func close() {}
}

struct FakeTransport: BoardTransport {
    let board: String
    let lab: FakeLab
    let number: Int
    var kind: String { "fake" }

    func hello() async throws -> String {
        if lab.isDead(board) { throw FakeLab.cut(board) }
        return AgentProtocol.softwareVersion
    }

    func info() async throws -> AgentInfo {
        if lab.isDead(board) { throw FakeLab.cut(board) }
        let environment = EnvironmentInfo(
            hostname: board, cpuModel: "fake cpu", cores: 4, memoryBytes: 1 << 32, kernel: "6.1", os: "fake",
            architecture: "x86_64", governor: nil, frequenciesMHz: [], temperaturesC: [:],
            agentVersion: AgentProtocol.softwareVersion, pythonVersion: nil, cpuQuotaCores: nil,
            freeDiskBytes: 1 << 40, wallClock: Date().timeIntervalSince1970)
        return AgentInfo(
            protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion,
            environment: environment,
            runtimes: [.init(runtime: .reference, available: true, version: "1", reason: nil)])
    }

    func run(_ spec: CaseSpec, timeout: Duration) async throws -> CaseResult {
        try await lab.run(spec, board: board, transport: number)
    }

    func close() async {}
}
