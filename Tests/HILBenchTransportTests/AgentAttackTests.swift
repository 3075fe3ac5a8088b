import Foundation
import HILBenchAgentServer
import HILBenchCore
import HILBenchSystem
import HILBenchTesting
import Synchronization
import Testing

/// The attacks of issue 18, replayed against the built `hilbench-agent serve` on 127.0.0.1 by a token holder
/// (docs/security.md). Each refusal is a clear 4xx and the agent stays up.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct AgentAttackTests {
    typealias Served = ServeCommandTests.Served

    /// A served agent with a token, a store and (optionally) allowed tools.
    struct Board {
        let scratch: Scratch
        let secret = "attack-\(UUID().uuidString)"
        let served: Served
        let url: String
        var http: RawHTTP { RawHTTP(url: url, token: secret) }

        init(flags: [String] = []) async throws {
            scratch = try Scratch("attack")
            let token = try scratch.write("token", Data(secret.utf8))
            served = try Served(
                [
                    "--listen", "127.0.0.1:0", "--token-file", token, "--store", scratch.path + "/store",
                    "--log-level", "notice",
                ] + flags)
            url = try await served.url()
        }

        /// The agent still answers `/v1/health` and its process runs.
        func isUp() -> Bool {
            served.process.isRunning && RawHTTP(url: url, token: nil).request("GET", "/v1/health")?.status == 200
        }

        func put(_ data: Data) -> RawHTTP.Reply? {
            http.request("PUT", "/v1/artifacts/\(SHA256.hex(of: data))", body: data)
        }
    }

    /// An executable script in the scratch folder.
    static func script(_ scratch: Scratch, _ name: String, _ text: String) throws -> String {
        let path = try scratch.write(name, Data(text.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        return path
    }

    static func encode(_ spec: CaseSpec) throws -> Data { try HILBenchJSON.encoder().encode(spec) }

    static func commandSpec(
        tool: String, options: [String: OptionValue] = [:], sha: String = String(repeating: "a", count: 64)
    ) -> CaseSpec {
        CaseSpec(
            key: CaseKey(target: "attack", model: "m", runtime: .command, precision: .fp32, threads: 1, batch: 1),
            model: "m.tflite", format: .tflite, artifactSHA256: sha, inputs: .init(), warmup: 0, iterations: 1,
            timeoutSeconds: 600, memorySamplePeriodMs: 10, idleMs: 0,
            options: options.merging(["tool": .string(tool)]) { $1 },
            collectOutputs: false, maxOutputValues: 0, marker: .init(backend: .none))
    }

    /// Attack 1: `options.executable` and unlisted tools are a 403 naming what the board allows; nothing runs.
    @Test func attack1CommandsComeOnlyFromTheBoardsAllowlist() async throws {
        let scratch = try Scratch("attack-tools")
        let ran = scratch.path + "/ran"
        let payload = try Self.script(scratch, "payload.sh", "#!/bin/sh\ntouch \(ran)\n")
        let tool = try Self.script(scratch, "benchmark_model", "#!/bin/sh\ntouch \(ran)\n")
        let board = try await Board(flags: ["--allow-tool", "benchmark_model=\(tool)"])
        defer { board.served.process.signal(SIGKILL) }

        let viaPath = board.http.post(
            "/v1/cases",
            json: try Self.encode(Self.commandSpec(tool: "benchmark_model", options: ["executable": .string(payload)])))
        #expect(viaPath?.status == 403)
        #expect(viaPath?.code == "tool_not_allowed")
        let unlisted = board.http.post("/v1/cases", json: try Self.encode(Self.commandSpec(tool: "trtexec")))
        #expect(unlisted?.status == 403)
        #expect(unlisted?.message == "native tool \"trtexec\" is not allowed on this board; allowed: benchmark_model")
        let info = board.http.request("GET", "/v1/info")
        #expect(info?.body.contains("native tools: benchmark_model") == true)
        #expect(!FileManager.default.fileExists(atPath: ran), "nothing ran")
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var field: String
        var apply: @Sendable (inout CaseSpec) -> Void
        var testDescription: String { field }
    }

    static let hostileNumbers: [Hostile] = [
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = .nan },
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = .infinity },
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = 9.3e9 },
        .init(field: "idleMs") { $0.idleMs = Int.max / 2 },
        .init(field: "memorySamplePeriodMs") { $0.memorySamplePeriodMs = Int.max },
        .init(field: "thermal.samplePeriodMs") { $0.thermal = .init(samplePeriodMs: Int.max) },
        .init(field: "iterations") { $0.iterations = Int.max },
        .init(field: "warmup") { $0.warmup = Int.max },
    ]

    /// Attack 2: the values that crashed the agent (or its runner) are a 400 naming the field; the agent stays up.
    @Test func attack2HostileNumbersAreA400NamingTheField() async throws {
        let board = try await Board()
        defer { board.served.process.signal(SIGKILL) }
        for hostile in Self.hostileNumbers {
            var spec = referenceSpec()
            hostile.apply(&spec)
            let reply = board.http.post("/v1/cases", json: try Self.encode(spec))
            #expect(reply?.status == 400, "\(hostile.field): \(reply?.body ?? "no answer")")
            #expect(reply?.code == "invalid_field")
            #expect(reply?.message?.contains("field '\(hostile.field)'") == true, "\(reply?.message ?? "")")
        }
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
    }

    /// Attack 7: `inputs.npy` naming a board path is refused; inputs come from the store by sha256.
    @Test func attack7BoardPathsInInputsAreRefused() async throws {
        let board = try await Board()
        defer { board.served.process.signal(SIGKILL) }
        var spec = referenceSpec()
        spec.inputs.npy = ["input": "/etc/passwd"]
        let reply = board.http.post("/v1/cases", json: try Self.encode(spec))
        #expect(reply?.status == 400)
        #expect(
            reply?.message?.hasPrefix("inputs.npy.input must be the sha256 of an artifact uploaded") == true,
            "\(reply?.body ?? "")")
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
    }

    /// Attack 6: DELETE kills a running `command` case's whole process group, and so does stopping the agent.
    @Test func attack6CancelAndShutdownKillACommandCasesProcessGroup() async throws {
        let scratch = try Scratch("attack-cancel")
        let pids = scratch.path + "/pids"
        let tool = try Self.script(scratch, "benchmark_model", "#!/bin/sh\nsleep 600 &\necho $$ $! > \(pids)\nwait\n")
        let board = try await Board(flags: ["--allow-tool", "benchmark_model=\(tool)"])
        defer { board.served.process.signal(SIGKILL) }
        // The first /v1/info probes the Python runtimes (seconds on a busy machine): done before any case starts.
        #expect(board.http.request("GET", "/v1/info")?.status == 200)
        let model = Data("not really a model".utf8)
        #expect(board.put(model)?.status == 201)
        let spec = Self.commandSpec(tool: "benchmark_model", sha: SHA256.hex(of: model))

        func startAndWaitForTool() async throws -> (id: String, pids: [pid_t]) {
            try? FileManager.default.removeItem(atPath: pids)
            let accepted = board.http.post("/v1/cases", json: try Self.encode(spec))
            #expect(accepted?.status == 202, "\(accepted?.body ?? "")")
            let object = try #require(
                accepted.flatMap { try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any] })
            let id = try #require(object["id"] as? String)
            for _ in 0..<12_000 where (try? String(contentsOfFile: pids, encoding: .utf8))?.hasSuffix("\n") != true {
                try await Task.sleep(for: .milliseconds(10))
            }
            let started = try String(contentsOfFile: pids, encoding: .utf8).split(whereSeparator: \.isWhitespace)
                .compactMap { pid_t($0) }
            #expect(started.count == 2)
            return (id, started)
        }

        let first = try await startAndWaitForTool()
        #expect(board.http.request("DELETE", "/v1/cases/\(first.id)")?.status == 202)
        let done = board.http.request("GET", "/v1/cases/\(first.id)?wait=30")
        #expect(done?.body.contains("\"kind\":\"cancelled\"") == true, "\(done?.body ?? "")")
        for _ in 0..<500 where first.pids.contains(where: processIsRunning) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(!first.pids.contains(where: processIsRunning), "DELETE left the tool running")

        let second = try await startAndWaitForTool()
        #expect(await board.served.terminate() == 0)
        for _ in 0..<500 where second.pids.contains(where: processIsRunning) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(!second.pids.contains(where: processIsRunning), "the tool outlived the agent")
    }

    /// Attack 6 with SIGKILL: an agent killed without a chance to clean up still takes the running tool's whole
    /// process group with it (its guard sees the agent's end), so no tool lives on to hold the board.
    @Test func attack6ASIGKILLedAgentTakesTheToolsProcessGroupWithIt() async throws {
        let scratch = try Scratch("attack-sigkill")
        let pids = scratch.path + "/pids"
        let tool = try Self.script(scratch, "benchmark_model", "#!/bin/sh\nsleep 600 &\necho $$ $! > \(pids)\nwait\n")
        let board = try await Board(flags: ["--allow-tool", "benchmark_model=\(tool)"])
        defer { board.served.process.signal(SIGKILL) }
        let model = Data("not really a model".utf8)
        #expect(board.put(model)?.status == 201)
        let accepted = board.http.post(
            "/v1/cases", json: try Self.encode(Self.commandSpec(tool: "benchmark_model", sha: SHA256.hex(of: model))))
        #expect(accepted?.status == 202, "\(accepted?.body ?? "")")
        // The runtime probe before the first case takes seconds on a busy machine: a wide bound.
        for _ in 0..<12_000 where (try? String(contentsOfFile: pids, encoding: .utf8))?.hasSuffix("\n") != true {
            try await Task.sleep(for: .milliseconds(10))
        }
        let started = try String(contentsOfFile: pids, encoding: .utf8).split(whereSeparator: \.isWhitespace)
            .compactMap { pid_t($0) }
        try #require(started.count == 2)
        let group = getpgid(started[0])
        #expect(
            group > 0 && group != getpgid(board.served.process.pid), "the tool has a group of its own")
        #expect(livingMembers(ofProcessGroup: group).count == 3, "guard, tool, the tool's child")

        board.served.process.signal(SIGKILL)
        _ = board.served.waitForExit()
        // Generous: the guard needs only to be scheduled once after the agent's end.
        let deadline = ContinuousClock.now + .seconds(60)
        while !livingMembers(ofProcessGroup: group).isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(livingMembers(ofProcessGroup: group).isEmpty, "the tool's process group outlived the agent")
        #expect(!started.contains(where: processIsRunning))
    }

    /// Attack 8: without a token, a bounded number of slow connections (more than the agent's cap) that never finish
    /// their request head, and a stalled upload body, are closed by the agent; `/v1/health` still answers.
    @Test func attack8SlowConnectionsAreClosedAndHealthStillAnswers() async throws {
        let board = try await Board(flags: ["--max-connections", "32", "--idle-timeout-s", "2"])
        defer { board.served.process.signal(SIGKILL) }
        let port = RawHTTP(url: board.url, token: nil).port
        var slow: [Int32] = []
        defer { slow.forEach { close($0) } }
        for _ in 0..<48 {
            let fd = RawHTTP.connect(port: port, timeoutSeconds: 60)
            try #require(fd >= 0)
            #expect(RawHTTP.send(fd, Array("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)))
            slow.append(fd)
        }
        // A stalled upload: the head promises 1 MiB, 10 bytes come, then nothing.
        let stalled = RawHTTP.connect(port: port, timeoutSeconds: 60)
        try #require(stalled >= 0)
        slow.append(stalled)
        #expect(
            RawHTTP.send(
                stalled,
                Array(
                    ("PUT /v1/artifacts/\(String(repeating: "a", count: 64)) HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization: Bearer \(board.secret)\r\nContent-Length: 1048576\r\n\r\n0123456789").utf8)))
        // Health answers: at once while under the cap, else as soon as the idle timeout frees a slot.
        let health = RawHTTP(url: board.url, token: nil).request("GET", "/v1/health")
        #expect(health?.status == 200)
        // Every slow connection was closed by the agent (end of file, or an error answer then end of file).
        for fd in slow {
            let answer = String(decoding: RawHTTP.readAll(fd), as: UTF8.self)
            #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 4"), "\(answer.prefix(200))")
        }
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
    }

    /// Attack 9: large uploads are written and hashed off the requests' tasks, so `/v1/health` keeps answering
    /// meanwhile. The bound comes from two calibrations on this machine, now: health's round trip on the idle agent,
    /// and the time this test takes to write and hash the same bytes (what the requests' tasks used to spend).
    @Test func aLargeUploadDoesNotStallHealth() async throws {
        let board = try await Board()
        defer { board.served.process.signal(SIGKILL) }
        let health = RawHTTP(url: board.url, token: nil)
        func roundTrip() -> Double? {
            let start = ContinuousClock.now
            guard health.request("GET", "/v1/health")?.status == 200 else { return nil }
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let idle = (0..<21).compactMap { _ in roundTrip() }.sorted()
        try #require(idle.count == 21)
        let idleMedian = idle[10]
        // Four uploads at once, 64 MiB each (256 MiB in all): more than the cooperative pool has threads here.
        let block = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 11) })
        let uploads = (0..<4).map { index -> Data in
            var payload = Data([UInt8(index)])
            for _ in 0..<64 { payload.append(block) }
            return payload
        }
        let hashStart = ContinuousClock.now
        for (index, payload) in uploads.enumerated() {
            let copy = try board.scratch.write("calibration-\(index).bin", payload)
            _ = try SHA256.hex(ofFileAt: copy)
            try FileManager.default.removeItem(atPath: copy)
        }
        let writeAndHash = ContinuousClock.now - hashStart
        let writeAndHashSeconds =
            Double(writeAndHash.components.seconds) + Double(writeAndHash.components.attoseconds) / 1e18

        let statuses = Mutex<[Int]>([])
        for payload in uploads {
            Thread.detachNewThread {
                let reply = board.put(payload)
                statuses.withLock { $0.append(reply?.status ?? -1) }
            }
        }
        var during: [Double] = []
        while statuses.withLock({ $0.count }) < uploads.count {
            if let seconds = roundTrip() { during.append(seconds) }
        }
        #expect(statuses.withLock { $0 } == [201, 201, 201, 201])
        let slowest = try #require(during.max(), "health answered during the uploads")
        let bound = max(writeAndHashSeconds / 2, 50 * idleMedian)
        print(
            "health during 4 × 64 MiB uploads: slowest \(String(format: "%.3f", slowest)) s of \(during.count); idle median \(String(format: "%.4f", idleMedian)) s; write+hash here \(String(format: "%.2f", writeAndHashSeconds)) s; bound \(String(format: "%.3f", bound)) s"
        )
        #expect(
            slowest < bound,
            "health took \(slowest) s during the uploads (\(during.count) requests); idle median \(idleMedian) s, writing and hashing the upload here \(writeAndHashSeconds) s"
        )
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
    }

    /// A newline in a path or id from the network never starts a line of the agent's log.
    @Test func aNewlineFromTheNetworkCannotForgeALogLine() async throws {
        let board = try await Board()
        defer { board.served.process.signal(SIGKILL) }
        let reply = board.http.request("DELETE", "/v1/cases/x%0Ahilbench-forged-line%0D%0A")
        #expect(reply?.status == 404)
        #expect(board.isUp())
        #expect(await board.served.terminate() == 0)
        let lines = board.served.text.split(whereSeparator: \.isNewline)
        #expect(lines.contains { $0.contains("hilbench-forged-line") }, "the request is logged")
        #expect(!lines.contains { $0.hasPrefix("hilbench-forged-line") }, "\(board.served.text)")
    }

    /// Attack 9: concurrent HEADs of an artifact this agent has not hashed yet cost one hash, not one each.
    @Test func concurrentVerificationsOfOneArtifactHashItOnce() async throws {
        let scratch = try Scratch("attack-hash")
        let store = try ArtifactStore(directory: scratch.path + "/store", maxUploadBytes: 1 << 30)
        let data = Data((0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let sha = SHA256.hex(of: data)
        // Put there by another agent sharing the store: present, never hashed by this one.
        try data.write(to: URL(fileURLWithPath: store.path(for: sha)))
        let answers = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 { group.addTask { await Task.detached { store.verify(sha) }.value } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(answers == Array(repeating: true, count: 16))
        #expect(store.verificationHashes == 1)
    }
}
