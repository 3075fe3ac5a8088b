import Foundation
import HILBenchAgentServer
import HILBenchCore
import HILBenchTransport
import Testing

/// `HTTPAgentTransport` (libcurl) against the real agent server on 127.0.0.1.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct HTTPAgentTransportTests {
    @Test func helloAndInfoOverOneKeptAliveConnection() async throws {
        let fixture = try AgentFixture()
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            #expect(try await client.hello() == AgentProtocol.softwareVersion)
            let info = try await client.info()
            #expect(info.protocolVersion == AgentProtocol.version)
            #expect(info.runtimes.contains { $0.runtime == .reference && $0.available })
            #expect(info.environment.cores == ProcessInfo.processInfo.activeProcessorCount)
            _ = try await client.hello()
            #expect(await client.requestsSent == 3)
            #expect(await client.connectionsOpened == 1, "keep-alive: one TCP connection for every request")
            await client.close()
            _ = try await client.hello()
            #expect(await client.connectionsOpened == 2, "close() drops the connection; the next request opens one")
        }
    }

    @Test func theTransportFactoryBuildsItForAnHTTPTarget() throws {
        let http = try JSONDecoder().decode(TargetConfig.HTTP.self, from: Data(#"{"url": "http://127.0.0.1:1"}"#.utf8))
        let target = TargetConfig(
            name: "board-h", transport: .http(http),
            chip: .init(soc: "x"), marker: .init(backend: .none), meter: .none)
        let made = try TransportFactory.make(for: target, agentCommand: ["/nonexistent"], controlDirectory: "/tmp")
        #expect(made.kind == "http")
        #expect(made.board == "board-h")
    }

    @Test func aReferenceCaseRunsAndComesBackWithItsLatencies() async throws {
        let fixture = try AgentFixture()
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            let spec = referenceSpec(iterations: 25, warmup: 3)
            let result = try await client.run(spec, timeout: .seconds(60))
            #expect(result.status == .ok, "\(String(describing: result.failure))")
            #expect(result.key == spec.key)
            #expect(result.transport == "http")
            #expect(result.latenciesNs.count == 25)
            #expect(result.warmupLatenciesNs.count == 3)
            #expect(result.latenciesNs.allSatisfy { $0 > 0 })
            #expect(result.runtime?.name == "reference")
            #expect(result.durationSeconds > 0)
            #expect(fixture.scratch.entries(fixture.storeDirectory).isEmpty, "a built-in network needs no artifact")
        }
    }

    @Test(.enabled(if: onnxRuntimeImports, "onnxruntime does not import here"))
    func anONNXCaseUploadsItsArtifactOnceThenRuns() async throws {
        let fixture = try AgentFixture()
        let model = repository + "/Suites/models/tinycnn.onnx"
        let spec = try onnxSpec(path: model)
        let sha = try #require(spec.artifactSHA256)
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            let first = try await client.run(spec, timeout: .seconds(120))
            #expect(first.status == .ok, "\(String(describing: first.failure))")
            #expect(first.latenciesNs.count == 20)
            #expect(first.runtime?.name == "onnxruntime")
            #expect(first.artifactSHA256 == sha)
            #expect(first.outputs?.first?.shape == [1, 10])
            #expect(fixture.scratch.entries(fixture.storeDirectory) == [sha])
            #expect(
                FileManager.default.contents(atPath: "\(fixture.storeDirectory)/\(sha)")
                    == FileManager.default.contents(atPath: model))
            let stored =
                try FileManager.default.attributesOfItem(atPath: "\(fixture.storeDirectory)/\(sha)")[.modificationDate]
                as? Date

            let sent = await client.requestsSent
            let second = try await client.run(spec, timeout: .seconds(120))
            #expect(second.status == .ok)
            #expect(await client.requestsSent - sent == 3, "HEAD (present), POST, one long-poll GET: no second upload")
            #expect(
                try FileManager.default.attributesOfItem(atPath: "\(fixture.storeDirectory)/\(sha)")[.modificationDate]
                    as? Date == stored)
        }
    }

    /// `inputs.npy` over HTTP: the controller uploads the file and names it by sha256; the agent's runner reads it
    /// from the store. The controller's path never reaches the agent.
    @Test(.enabled(if: onnxRuntimeImports, "onnxruntime does not import here"))
    func anNPYInputIsUploadedBySHA256AndFedToTheModel() async throws {
        let fixture = try AgentFixture()
        let values = (0..<(3 * 32 * 32)).map { Float($0 % 97) / 97 }
        let raw = values.withUnsafeBytes { Data($0) }
        let npy = try fixture.scratch.write("controller-only-input.npy", Self.npy(float32: raw, shape: [1, 3, 32, 32]))
        var withInput = try onnxSpec(path: repository + "/Suites/models/tinycnn.onnx", iterations: 5)
        withInput.inputs.npy = ["input": npy]
        let spec = withInput
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            let result = try await client.run(spec, timeout: .seconds(120))
            #expect(result.status == .ok, "\(String(describing: result.failure))")
            let input = try #require(result.inputs?.first { $0.name == "input" })
            #expect(input.source == "npy")
            #expect(input.shape == [1, 3, 32, 32])
            #expect(input.sha256 == SHA256.hex(of: raw), "the model was fed the file's own values")
            let fileSHA = try SHA256.hex(ofFileAt: npy)
            #expect(fixture.scratch.entries(fixture.storeDirectory).contains(fileSHA), "stored by its sha256")
            let sent = await client.requestsSent
            let again = try await client.run(spec, timeout: .seconds(120))
            #expect(again.status == .ok)
            #expect(await client.requestsSent - sent == 4, "HEAD model, HEAD input (both present), POST, one GET")
        }
    }

    /// A version 1.0 `.npy` file of little-endian float32 values (the format numpy documents in `numpy.lib.format`).
    static func npy(float32 raw: Data, shape: [Int]) -> Data {
        var header =
            "{'descr': '<f4', 'fortran_order': False, 'shape': (\(shape.map(String.init).joined(separator: ", ")),), }"
        // Magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64 and ended by \n.
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        data.append(contentsOf: [UInt8(header.utf8.count & 0xff), UInt8(header.utf8.count >> 8)])
        data.append(contentsOf: Array(header.utf8))
        data.append(raw)
        return data
    }

    @Test func aLargeArtifactIsStreamedFromDiskAndStoredIntact() async throws {
        let fixture = try AgentFixture()
        // Over the 1 MiB in-memory threshold, an odd size: read by curl's read callback in pieces.
        let bytes = Data((0..<(5 << 20) + 12_345).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        let file = try fixture.scratch.write("large.onnx", bytes)
        let spec = try onnxSpec(path: file, iterations: 1)
        let sha = try #require(spec.artifactSHA256)
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            // Not a real model: the case itself fails (or is skipped without onnxruntime), the upload must not.
            let result = try await client.run(spec, timeout: .seconds(120))
            #expect(result.status != .ok)
            #expect(
                result.failure?.kind != "artifact_mismatch" && result.failure?.kind != "artifact_missing",
                "\(String(describing: result.failure))")
            #expect(fixture.scratch.entries(fixture.storeDirectory) == [sha])
            #expect(FileManager.default.contents(atPath: "\(fixture.storeDirectory)/\(sha)") == bytes)
        }
    }

    @Test func anArtifactOverTheAgentsLimitIsRefusedWithTheAgentsMessage() async throws {
        let fixture = try AgentFixture(maxUploadBytes: 64 << 10)
        let big = try fixture.scratch.write("big.onnx", Data(repeating: 7, count: 3 << 20))  // streamed from disk (> 1 MiB)
        let spec = try onnxSpec(path: big)
        let sha = try #require(spec.artifactSHA256)
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            let error = await #expect(throws: HILBenchError.self) { try await client.run(spec, timeout: .seconds(30)) }
            #expect(error?.code == .transport)
            #expect(error?.board == "http-test")
            #expect(
                error?.message.contains("HTTP 413 from PUT /v1/artifacts/\(sha)") == true,
                "\(String(describing: error))")
            #expect(error?.message.contains("at most 65536") == true)
            #expect(fixture.scratch.entries(fixture.storeDirectory).isEmpty)
        }
    }

    @Test func aWrongTokenIsRefusedWithAClearErrorThatNeverShowsTheToken() async throws {
        let fixture = try AgentFixture()
        let wrong = "wrong-\(UUID().uuidString)"
        let wrongFile = try fixture.scratch.write("wrong-token", Data(wrong.utf8))
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture, tokenFile: wrongFile)
            let version = try await client.hello()
            #expect(version == AgentProtocol.softwareVersion, "health needs no token")
            let error = await #expect(throws: HILBenchError.self) { try await client.info() }
            let text = "\(String(describing: error))"
            #expect(error?.code == .transport)
            #expect(text.contains("HTTP 401 from GET /v1/info"), "\(text)")
            #expect(text.contains("wrong bearer token"))
            #expect(!text.contains(wrong) && !text.contains(AgentFixture.secret))
            let caseError = await #expect(throws: HILBenchError.self) {
                try await client.run(referenceSpec(), timeout: .seconds(10))
            }
            #expect(caseError?.message.contains("HTTP 401 from POST /v1/cases") == true)

            let anonymous = HTTPAgentTransport(board: "http-test", configuration: .init(url: url, tokenFile: nil))
            let missing = await #expect(throws: HILBenchError.self) { try await anonymous.info() }
            #expect(missing?.message.contains("missing 'Authorization: Bearer <token>'") == true)
            #expect(missing?.message.contains("the target has no token_file") == true)
        }
    }

    @Test func anUnreachableAgentIsATransportErrorWithCurlsText() async throws {
        let fixture = try AgentFixture()
        // A port that was free a moment ago: connection refused.
        let url = try await withLiveAgent(fixture) { url in url }
        let client = transport(url, fixture)
        let error = await #expect(throws: HILBenchError.self) { try await client.hello() }
        #expect(error?.code == .transport)
        #expect(
            error?.message.contains("GET /v1/health on \(url) failed: Couldn't connect to server") == true,
            "\(String(describing: error))")
    }

    @Test func aCaseThatOutlivesItsTimeoutIsCancelledOnTheAgent() async throws {
        let fixture = try AgentFixture()
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture, pollWait: .milliseconds(500))
            let start = ContinuousClock.now
            let error = await #expect(throws: HILBenchError.self) {
                try await client.run(
                    referenceSpec(iterations: 10_000_000, warmup: 0, timeout: 600), timeout: .seconds(2))
            }
            #expect(ContinuousClock.now - start < .seconds(60), "cancelled, not run through its 10 million iterations")
            #expect(error?.code == .transport)
            #expect(error?.message.contains("no result from the agent") == true, "\(String(describing: error))")
            #expect(error?.message.contains("it was cancelled there (DELETE /v1/cases/") == true)
            // The runner was killed: the board takes the next case (the client retries a brief "busy").
            let next = try await client.run(referenceSpec(iterations: 5), timeout: .seconds(60))
            #expect(next.status == .ok)
        }
    }

    @Test func cancellingTheCallingTaskCancelsTheCase() async throws {
        let fixture = try AgentFixture()
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture, pollWait: .seconds(30))
            let running = Task {
                try await client.run(
                    referenceSpec(iterations: 10_000_000, warmup: 0, timeout: 600), timeout: .seconds(120))
            }
            try await Task.sleep(for: .seconds(1))
            running.cancel()
            let start = ContinuousClock.now
            await #expect(throws: CancellationError.self) { try await running.value }
            #expect(ContinuousClock.now - start < .seconds(15), "the 30 s long poll is aborted, not waited out")
            for _ in 0..<100 where fixture.cases.runningID != nil { try await Task.sleep(for: .milliseconds(50)) }
            #expect(fixture.cases.runningID == nil, "the agent's runner was killed")
        }
    }

    // MARK: - TLS

    @Test func tlsWithTheCertificateAsCAWorksAndWithoutItFailsClearly() async throws {
        let fixture = try AgentFixture()
        let certificate = try SelfSignedCertificate(in: fixture.scratch)
        try await withLiveAgent(fixture, tls: (certificate.certificate, certificate.key)) { url in
            #expect(url.hasPrefix("https://127.0.0.1:"))
            let trusted = transport(url, fixture, caFile: certificate.certificate)
            #expect(try await trusted.hello() == AgentProtocol.softwareVersion)
            let result = try await trusted.run(referenceSpec(iterations: 5), timeout: .seconds(60))
            #expect(result.status == .ok)
            #expect(await trusted.connectionsOpened == 1, "one TLS handshake for hello and the whole case")

            let untrusted = transport(url, fixture)
            let error = await #expect(throws: HILBenchError.self) { try await untrusted.hello() }
            let text = error?.message ?? ""
            #expect(text.contains("GET /v1/health on \(url) failed"), "\(text)")
            #expect(text.contains("self-signed certificate") || text.contains("certificate"), "\(text)")
            #expect(text.contains("set ca_file"), "\(text)")

            let plain = transport(url.replacingOccurrences(of: "https:", with: "http:"), fixture)
            await #expect(throws: HILBenchError.self) { try await plain.hello() }
        }
    }

    @Test func tlsTrustedByPinnedPublicKeyAlone() async throws {
        let fixture = try AgentFixture()
        let certificate = try SelfSignedCertificate(in: fixture.scratch)
        let other = try SelfSignedCertificate(in: try Scratch("other-cert"))
        try await withLiveAgent(fixture, tls: (certificate.certificate, certificate.key)) { url in
            let pinned = transport(url, fixture, pin: certificate.pin)
            #expect(try await pinned.hello() == AgentProtocol.softwareVersion)
            _ = try await pinned.info()

            let wrongPin = transport(url, fixture, pin: other.pin)
            let error = await #expect(throws: HILBenchError.self) { try await wrongPin.hello() }
            #expect(error?.message.contains("is not the pinned_public_key") == true, "\(String(describing: error))")

            let bothWrongCA = transport(url, fixture, caFile: other.certificate, pin: certificate.pin)
            await #expect(throws: HILBenchError.self, "with ca_file the chain is checked as well") {
                try await bothWrongCA.hello()
            }
        }
    }

    // MARK: - Measurement

    /// Per-case HTTP overhead for a trivial reference case: wall time seen by the controller minus the
    /// agent's own `durationSeconds`, median of 20 cases. Printed, not asserted (speed is the benchmarks'
    /// business: `hilbench-benchmarks dispatch`); what is asserted is that all cases share one connection.
    @Test func perCaseOverheadOfTheHTTPTransport() async throws {
        let fixture = try AgentFixture()
        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            _ = try await client.run(referenceSpec(iterations: 1, warmup: 0), timeout: .seconds(60))  // warm: info probe, page cache
            var overheads: [Double] = []
            var walls: [Double] = []
            for _ in 0..<20 {
                let start = ContinuousClock.now
                let result = try await client.run(referenceSpec(iterations: 1, warmup: 0), timeout: .seconds(60))
                let wall = ContinuousClock.now - start
                let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
                #expect(result.status == .ok)
                walls.append(wallSeconds)
                overheads.append(wallSeconds - result.durationSeconds)
            }
            let median = overheads.sorted()[10]
            print(
                "http transport: per-case overhead median \(String(format: "%.2f", median * 1000)) ms (min \(String(format: "%.2f", overheads.min()! * 1000)), max \(String(format: "%.2f", overheads.max()! * 1000))); case wall median \(String(format: "%.1f", walls.sorted()[10] * 1000)) ms; connections \(await client.connectionsOpened)"
            )
            #expect(await client.connectionsOpened == 1)
        }
        // The same measure through the stdio transport to a local child agent, for comparison.
        let local = StdioAgentTransport(board: "local", kind: "local", command: [BuiltProducts.agent, "stdio"])
        _ = try await local.run(referenceSpec(iterations: 1, warmup: 0), timeout: .seconds(60))
        var overheads: [Double] = []
        for _ in 0..<20 {
            let start = ContinuousClock.now
            let result = try await local.run(referenceSpec(iterations: 1, warmup: 0), timeout: .seconds(60))
            let wall = ContinuousClock.now - start
            overheads.append(
                Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18 - result.durationSeconds)
        }
        await local.close()
        print(
            "stdio transport (local child agent): per-case overhead median \(String(format: "%.2f", overheads.sorted()[10] * 1000)) ms"
        )
    }
}
