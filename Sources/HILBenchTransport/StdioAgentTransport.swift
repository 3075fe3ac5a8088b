import Foundation
public import HILBenchCore
import HILBenchSystem
import Synchronization

/// A long-lived `hilbench-agent stdio` reached through a child process's stdin/stdout: directly for the local
/// board, through `ssh` for a remote one. One request at a time; a timed-out or broken link closes the
/// transport (the next use reconnects), so a late reply can never be taken for another case's.
public actor StdioAgentTransport: BoardTransport {
    public nonisolated let board: String
    public nonisolated let kind: String
    private let command: [String]
    private var connection: Connection?
    private let encoder = HILBenchJSON.encoder()

    private let closeCommand: [String]?
    /// SSH boards: models are copied into the agent's store through this command's ControlMaster (nil: the agent
    /// reads the controller's path, as a local child does).
    let uploader: SSHCommand?

    /// - Parameters:
    ///   - command: the argument vector that starts an agent speaking newline-delimited JSON on stdio.
    ///   - closeCommand: run once when the transport closes (SSH: end the ControlMaster, so the next run
    ///     verifies the host key afresh).
    ///   - uploader: copies artifacts to the board (SSH); nil when the agent shares the controller's files.
    public init(
        board: String, kind: String, command: [String], closeCommand: [String]? = nil, uploader: SSHCommand? = nil
    ) {
        self.board = board
        self.kind = kind
        self.command = command
        self.closeCommand = closeCommand
        self.uploader = uploader
    }

    public func hello() async throws -> String {
        let reply = try await request(.hello, timeout: .seconds(60))
        guard reply.type == .hello, let version = reply.agentVersion else {
            throw HILBenchError(.protocolMismatch, reply.message ?? "the agent did not answer hello", board: board)
        }
        return version
    }

    public func info() async throws -> AgentInfo {
        let reply = try await request(.info, timeout: .seconds(120))
        guard let info = reply.info else {
            throw HILBenchError(.agent, reply.message ?? "the agent sent no info", board: board)
        }
        return info
    }

    public func run(_ spec: CaseSpec, timeout: Duration) async throws -> CaseResult {
        var spec = spec
        if let uploader, let sha = spec.artifactSHA256, spec.format.isFile {
            spec.model = try await ensureArtifact(sha, localPath: spec.model, uploader: uploader, timeout: timeout)
            // A graph's weights file (OpenVINO IR, ncnn) travels the same way, pinned by its own sha256.
            if let weights = spec.weights, let weightsSHA = spec.weightsSHA256 {
                spec.weights = try await ensureArtifact(
                    weightsSHA, localPath: weights, uploader: uploader, timeout: timeout)
            }
        }
        let reply = try await request(.run(spec), timeout: timeout)
        guard var result = reply.result else {
            throw HILBenchError(.agent, reply.message ?? "the agent sent no result", board: board)
        }
        result.transport = kind
        return result
    }

    public func close() async {
        if let connection {
            connection.send(Data((try? encoder.encode(AgentRequest.bye)) ?? Data()) + Data([10]))
            connection.terminate(after: .seconds(2))
        }
        connection = nil
        if let closeCommand {
            _ = try? await BoundedCommand(closeCommand, timeout: .seconds(5)).run(board: board)
        }
    }

    func request(_ request: AgentRequest, timeout: Duration) async throws -> AgentReply {
        let connection = try connect()
        var line = try encoder.encode(request)
        line.append(10)
        connection.send(line)
        switch await connection.inbox.next(timeout: timeout) {
        case .line(let text):
            do {
                return try HILBenchJSON.decoder().decode(AgentReply.self, from: Data(text.utf8))
            } catch {
                drop(connection)
                throw HILBenchError(
                    .protocolMismatch,
                    "the agent sent a line that is not a reply: \(text.prefix(200).debugDescription)", board: board,
                    cause: error)
            }
        case .eof:
            let stderr = connection.stderrTail()
            drop(connection)
            throw HILBenchError(
                .transport,
                "the agent connection closed (\(command.first ?? "") \(connection.exitDescription()))\(stderr.isEmpty ? "" : ": \(stderr)")",
                board: board)
        case .timeout:
            drop(connection)
            throw HILBenchError(
                .transport,
                "no answer from the agent within \(timeout) for '\(request.type.rawValue)'; the link was closed",
                board: board)
        case .cancelled:
            drop(connection)
            throw CancellationError()
        }
    }

    private func drop(_ connection: Connection) {
        connection.terminate(after: .zero)
        self.connection = nil
        // A broken link may leave a ControlMaster behind that new sessions would queue on: end it (without
        // waiting — a wedged master must not wedge the controller) so the next case connects afresh.
        if let closeCommand { _ = try? SpawnedProcess(closeCommand, stderr: .null) }
    }

    private func connect() throws -> Connection {
        if let connection, connection.isRunning { return connection }
        let connection = try Connection(command: command, board: board)
        self.connection = connection
        return connection
    }
}

/// One child process and a reader thread that turns its stdout into lines.
final class Connection: Sendable {
    let process: SpawnedProcess
    let inbox = LineInbox()
    private let stdin: FileHandle
    private let stderrBuffer = LockedText(limit: 8192)

    init(command: [String], board: String) throws {
        do {
            process = try SpawnedProcess(command, stdin: .pipe, stdout: .pipe, stderr: .pipe)
        } catch {
            throw HILBenchError(
                .transport, "cannot start the agent link \(command.first ?? ""): \(error)", board: board)
        }
        guard let stdin = process.stdin, let stdout = process.stdout, let stderrHandle = process.stderr else {
            preconditionFailure("all three streams are pipes")
        }
        self.stdin = stdin
        let inbox = self.inbox
        Thread.detachNewThread {
            var buffer = Data()
            while true {
                let chunk = stdout.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: 10) {
                    inbox.push(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...newline)
                }
            }
            inbox.close()
        }
        let stderrBuffer = self.stderrBuffer
        Thread.detachNewThread {
            while true {
                let chunk = stderrHandle.availableData
                if chunk.isEmpty { break }
                stderrBuffer.append(chunk)
            }
        }
    }

    var isRunning: Bool { process.isRunning && !inbox.isClosed }

    func send(_ data: Data) {
        // A closed pipe is reported by the reader side (EOF); SIGPIPE is ignored by the controller.
        try? stdin.write(contentsOf: data)
    }

    func stderrTail() -> String { stderrBuffer.text.trimmingCharacters(in: .whitespacesAndNewlines) }

    func exitDescription() -> String {
        process.terminationStatus.map { "exited with status \($0)" } ?? "still running"
    }

    func terminate(after grace: Duration) {
        try? stdin.close()
        let process = self.process
        guard process.isRunning else { return }
        if grace == .zero {
            process.signal(SIGKILL)
            return
        }
        Thread.detachNewThread {
            if !process.waitForExitBlocking(timeout: grace) { process.signal(SIGKILL) }
        }
    }
}

/// Lines from a reader thread, awaited one at a time with a timeout.
final class LineInbox: Sendable {
    enum Next {
        case line(String)
        case eof, timeout, cancelled
    }

    private struct State {
        var lines: [String] = []
        var closed = false
        var waiter: (id: UInt64, continuation: CheckedContinuation<Next, Never>)?
        var nextID: UInt64 = 0
        /// A timeout or cancellation that came before its wait was installed (the timer task or the cancellation
        /// handler can run first): the wait ends with it at once instead of missing it.
        var early: (id: UInt64, value: Next)?
    }

    private let state = Mutex(State())

    var isClosed: Bool { state.withLock { $0.closed && $0.lines.isEmpty } }

    func push(_ line: String) {
        let waiter: CheckedContinuation<Next, Never>? = state.withLock { state in
            guard let waiter = state.waiter else {
                state.lines.append(line)
                return nil
            }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: .line(line))
    }

    func close() {
        let waiter = state.withLock { state in
            state.closed = true
            defer { state.waiter = nil }
            return state.waiter?.continuation
        }
        waiter?.resume(returning: .eof)
    }

    private func finish(id: UInt64, with value: Next) {
        let waiter: CheckedContinuation<Next, Never>? = state.withLock { state in
            guard let waiter = state.waiter, waiter.id == id else {
                // Not waiting yet (or already answered): remember it for the wait of this id only.
                if state.waiter == nil, state.nextID == id, state.early == nil { state.early = (id, value) }
                return nil
            }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: value)
    }

    func next(timeout: Duration) async -> Next {
        let id: UInt64 = state.withLock { state in
            state.nextID += 1
            state.early = nil
            return state.nextID
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { self.finish(id: id, with: .timeout) }
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now: Next? = state.withLock { state in
                    if !state.lines.isEmpty { return .line(state.lines.removeFirst()) }
                    if state.closed { return .eof }
                    if let early = state.early, early.id == id {
                        state.early = nil
                        return early.value
                    }
                    state.waiter = (id, continuation)
                    return nil
                }
                if let now { continuation.resume(returning: now) }
            }
        } onCancel: {
            self.finish(id: id, with: .cancelled)
        }
    }
}

/// The last `limit` bytes of a stream, thread-safe.
final class LockedText: Sendable {
    private let data = Mutex(Data())
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func append(_ chunk: Data) {
        data.withLock { data in
            data.append(chunk)
            if data.count > limit { data.removeFirst(data.count - limit) }
        }
    }

    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
