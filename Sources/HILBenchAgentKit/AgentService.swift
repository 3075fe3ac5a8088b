public import Foundation
public import HILBenchCore
import HILBenchSystem
import Synchronization

/// The agent's request handler, shared by every carrier (stdio, SSH stdio, HTTP).
public final class AgentService: Sendable {
    public let runner: CaseRunner
    /// Probed once, on first use (held while probing: a second asker waits for the same probe).
    private let cachedInfo = Mutex<AgentInfo?>(nil)

    public init(runner: CaseRunner) {
        self.runner = runner
    }

    /// Environment and runtimes (probed once; the Python import probe takes a second or two).
    public func info() -> AgentInfo {
        cachedInfo.withLock { cachedInfo in
            if var cachedInfo {
                cachedInfo.environment.wallClock = Date().timeIntervalSince1970  // fresh for clock-offset checks
                cachedInfo.environment.monotonicNs = Monotonic.nowNs()  // fresh for the marker clock mapping
                return cachedInfo
            }
            let (runtimes, python) = runner.registry.probe()
            let info = AgentInfo(
                protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion,
                environment: runner.probe.capture(pythonVersion: python), runtimes: runtimes)
            cachedInfo = info
            return info
        }
    }

    /// Answers one request. Blocking (a case runs to completion, or until `cancellation` is set).
    public func handle(_ request: AgentRequest, cancellation: CaseCancellation? = nil) -> AgentReply {
        switch request.type {
        case .hello:
            guard request.protocolVersion == AgentProtocol.version else {
                return AgentReply(
                    type: .error, protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion,
                    message:
                        "protocol mismatch: the controller speaks \(request.protocolVersion.map(String.init) ?? "?"), this agent speaks \(AgentProtocol.version); deploy a matching agent (hilbench deploy-agent)"
                )
            }
            return AgentReply(
                type: .hello, protocolVersion: AgentProtocol.version, agentVersion: AgentProtocol.softwareVersion)
        case .info:
            return AgentReply(type: .info, info: info())
        case .runCase:
            guard let spec = request.spec else { return AgentReply(type: .error, message: "run_case without a 'spec'") }
            return AgentReply(type: .result, result: run(spec, cancellation: cancellation))
        case .artifact, .putArtifact:
            return AgentReply(
                type: .error,
                message:
                    "this agent keeps no artifact store on this link (hilbench-agent stdio has one; is the agent older than the controller?)"
            )
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
            return .notRun(
                spec.key, status: .skipped, kind: "runtime_unavailable",
                message: "runtime \(spec.key.runtime.rawValue) is not available: \(available.reason ?? "not installed")"
            )
        }
        let lock = BoardLock()
        let cancelled = { cancellation?.isCancelled == true }
        let measured = lock.withLock(waitSeconds: spec.timeoutSeconds, cancelled: cancelled) {
            runner.run(spec, cancellation: cancellation)
        }
        if let measured { return measured }
        if cancelled() {
            return .notRun(
                spec.key, status: .infraError, kind: "cancelled",
                message: "the case was cancelled by the controller while it waited for the board (\(lock.path) held)")
        }
        return .notRun(
            spec.key, status: .infraError, kind: "board_busy",
            message:
                "the board stayed busy for \(spec.timeoutSeconds) s: another agent holds \(lock.path) (one case at a time per board)"
        )
    }

    /// Serves newline-delimited JSON requests from `input` until `bye` or end of input; `answer` (default `handle`)
    /// lets a carrier answer some requests itself (the stdio agent's artifact store).
    ///
    /// The controller going away ends the agent's work: a reader thread keeps reading `input` while a case runs,
    /// and end of input (the controller died, the SSH session dropped) cancels the case in flight — its runner's
    /// process group is killed at the next poll tick and the board lock is released — instead of finishing a
    /// case nobody will read and holding the board meanwhile.
    public func serveLines(
        input: FileHandle, output: FileHandle,
        answer: ((AgentRequest, CaseCancellation) -> AgentReply)? = nil
    ) {
        let answer = answer ?? { request, cancellation in self.handle(request, cancellation: cancellation) }
        let decoder = HILBenchJSON.decoder()
        let encoder = HILBenchJSON.encoder()
        let requests = RequestLines()
        let reader = Thread {
            var buffer = Data()
            while true {
                let chunk = input.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer.removeSubrange(buffer.startIndex...newline)
                    if line.allSatisfy({ $0 == 32 || $0 == 13 }) { continue }
                    requests.push(Data(line))
                }
            }
            requests.close()
        }
        reader.name = "hilbench-agent-input"
        reader.start()
        while let line = requests.next() {
            let request: AgentRequest
            let reply: AgentReply
            do {
                request = try decoder.decode(AgentRequest.self, from: line)
                reply = answer(request, requests.cancellation)
            } catch {
                guard write(AgentReply(type: .error, message: "malformed request line: \(error)"), encoder, to: output)
                else { return }
                continue
            }
            guard write(reply, encoder, to: output) else { return }
            if request.type == .bye { return }
        }
    }

    /// Writes one reply line; false when the controller's end is closed.
    private func write(_ reply: AgentReply, _ encoder: JSONEncoder, to output: FileHandle) -> Bool {
        var data = (try? encoder.encode(reply)) ?? Data(#"{"type":"error","message":"cannot encode the reply"}"#.utf8)
        data.append(UInt8(ascii: "\n"))
        do { try output.write(contentsOf: data) } catch { return false }
        return true
    }
}

/// The request lines read so far, handed from the reader thread to the serving one; closing (end of input)
/// cancels whatever case is running.
private final class RequestLines: Sendable {
    private struct State {
        var lines: [Data] = []
        var closed = false
    }
    private let state = Mutex(State())
    private let ready = DispatchSemaphore(value: 0)
    /// Set when input ends; the case in flight watches it.
    let cancellation = CaseCancellation()

    func push(_ line: Data) {
        state.withLock { $0.lines.append(line) }
        ready.signal()
    }

    func close() {
        cancellation.cancel()
        state.withLock { $0.closed = true }
        ready.signal()
    }

    /// The next line, waiting for it; nil once input has ended and every line before has been taken.
    func next() -> Data? {
        while true {
            let (line, closed): (Data?, Bool) = state.withLock { state in
                state.lines.isEmpty ? (nil, state.closed) : (state.lines.removeFirst(), false)
            }
            if let line { return line }
            if closed { return nil }
            ready.wait()
        }
    }
}
