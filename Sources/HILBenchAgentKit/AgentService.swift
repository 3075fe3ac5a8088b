public import Foundation
public import HILBenchCore

/// The agent's request handler, shared by every carrier (stdio, SSH stdio, HTTP).
public final class AgentService: @unchecked Sendable {
    // @unchecked: the cached info is guarded by `lock`; everything else is immutable.
    public let runner: CaseRunner
    private let lock = NSLock()
    private var cachedInfo: AgentInfo?

    public init(runner: CaseRunner) {
        self.runner = runner
    }

    /// Environment and runtimes (probed once; the Python import probe takes a second or two).
    public func info() -> AgentInfo {
        lock.lock()
        defer { lock.unlock() }
        if var cachedInfo {
            cachedInfo.environment.wallClock = Date().timeIntervalSince1970  // fresh for clock-offset checks
            cachedInfo.environment.monotonicNs = Monotonic.nowNs()  // fresh for the marker clock mapping
            return cachedInfo
        }
        let (runtimes, python) = runner.registry.probe()
        let info = AgentInfo(protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion,
                             environment: runner.probe.capture(pythonVersion: python), runtimes: runtimes)
        cachedInfo = info
        return info
    }

    /// Answers one request. Blocking (a case runs to completion).
    public func handle(_ request: AgentRequest) -> AgentReply {
        switch request.type {
        case .hello:
            guard request.protocolVersion == AgentProtocol.version else {
                return AgentReply(type: .error, protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion,
                                  message: "protocol mismatch: the controller speaks \(request.protocolVersion.map(String.init) ?? "?"), this agent speaks \(AgentProtocol.version); deploy a matching agent (hilbench deploy-agent)")
            }
            return AgentReply(type: .hello, protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion)
        case .info:
            return AgentReply(type: .info, info: info())
        case .runCase:
            guard let spec = request.spec else { return AgentReply(type: .error, message: "run_case without a 'spec'") }
            return AgentReply(type: .result, result: run(spec))
        case .artifact, .putArtifact:
            return AgentReply(type: .error, message: "this agent keeps no artifact store on this link (hilbench-agent stdio has one; is the agent older than the controller?)")
        case .bye:
            return AgentReply(type: .hello, message: "bye")
        }
    }

    /// Runs one case (skipped when its runtime is not available here). Blocking; `cancellation` stops it from another thread.
    public func run(_ spec: CaseSpec, cancellation: CaseCancellation? = nil) -> CaseResult {
        // Every carrier (HTTP, SSH stdio, a case file) gets the suite loader's ranges: no field can crash a runner.
        do throws(CaseSpec.InvalidField) {
            try spec.validate()
        } catch {
            return .notRun(spec.key, status: .failed, kind: "bad_request", message: "invalid case spec: \(error)")
        }
        let available = info().runtimes.first { $0.runtime == spec.key.runtime }
        if let available, !available.available {
            return .notRun(spec.key, status: .skipped, kind: "runtime_unavailable",
                           message: "runtime \(spec.key.runtime.rawValue) is not available: \(available.reason ?? "not installed")")
        }
        let lock = BoardLock()
        return lock.withLock(waitSeconds: spec.timeoutSeconds) { runner.run(spec, cancellation: cancellation) }
            ?? .notRun(spec.key, status: .infraError, kind: "board_busy",
                       message: "the board stayed busy for \(spec.timeoutSeconds) s: another agent holds \(lock.path) (one case at a time per board)")
    }

    /// Serves newline-delimited JSON requests from `input` until `bye` or end of input; `answer` (default `handle`)
    /// lets a carrier answer some requests itself (the stdio agent's artifact store).
    public func serveLines(input: FileHandle, output: FileHandle, answer: ((AgentRequest) -> AgentReply)? = nil) {
        let answer = answer ?? handle
        let decoder = HILBenchJSON.decoder()
        let encoder = HILBenchJSON.encoder()
        var buffer = Data()
        func reply(_ reply: AgentReply) {
            var data = (try? encoder.encode(reply)) ?? Data(#"{"type":"error","message":"cannot encode the reply"}"#.utf8)
            data.append(UInt8(ascii: "\n"))
            output.write(data)
        }
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { return }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.allSatisfy({ $0 == 32 || $0 == 13 }) { continue }
                let request: AgentRequest
                do {
                    request = try decoder.decode(AgentRequest.self, from: line)
                } catch {
                    reply(AgentReply(type: .error, message: "malformed request line: \(error)"))
                    continue
                }
                reply(answer(request))
                if request.type == .bye { return }
            }
        }
    }
}
