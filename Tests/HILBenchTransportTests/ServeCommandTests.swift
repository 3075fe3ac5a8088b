import Foundation
import HILBenchCore
import HILBenchSystem
import HILBenchTesting
import HILBenchTransport
import Synchronization
import Testing

/// The built `hilbench-agent serve`, end to end: flags, the port it prints, a case over HTTPS, SIGTERM.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ServeCommandTests {
    /// A running `hilbench-agent serve` whose stderr is collected.
    final class Served: Sendable {
        let process: SpawnedProcess
        private let output: CollectedOutput

        init(_ arguments: [String]) throws {
            process = try SpawnedProcess([BuiltProducts.agent, "serve"] + arguments, stdout: .null, stderr: .pipe)
            output = CollectedOutput(process)
        }

        var text: String { output.text }

        /// The URL from the "listening on …" line.
        func url(within limit: Duration = .seconds(30)) async throws -> String {
            let deadline = ContinuousClock.now + limit
            while ContinuousClock.now < deadline {
                if let line = text.split(separator: "\n").first(where: { $0.contains("hilbench-agent: listening on ") }
                ),
                    let url = line.split(separator: " ").first(where: { $0.hasPrefix("http") })
                {
                    return String(url)
                }
                if !process.isRunning { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            // The callers' cleanup starts only once the agent listens: an agent that never said so goes here.
            process.signal(SIGKILL)
            throw HILBenchError(.io, "hilbench-agent serve did not say where it listens: \(text)")
        }

        /// Waits for the exit and the rest of stderr.
        func waitForExit() -> Int32 {
            let exit = process.waitUntilExit()
            output.waitForEnd()
            return exit.shellStatus
        }

        /// SIGTERM, then SIGKILL after 6 s.
        func terminate() async -> Int32 {
            process.signal(SIGTERM)
            for _ in 0..<300 where process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
            process.signal(SIGKILL)
            return waitForExit()
        }
    }

    @Test func helpNamesTheFlagsTheVirtualLabLooksFor() throws {
        let help = String(decoding: try command([BuiltProducts.agent, "serve", "--help"]), as: UTF8.self)
        for flag in ["--listen", "--token-file", "--tls-cert", "--tls-key", "--store", "--max-upload-mb"] {
            #expect(help.contains(flag), "\(flag)")
        }
    }

    @Test(arguments: [
        ["--listen", "127.0.0.1"], ["--listen", "127.0.0.1:99999"],
        ["--listen", "127.0.0.1:0", "--tls-cert", "/x.pem"],
    ])
    func badFlagsAreRefusedBeforeServing(flags: [String]) async throws {
        let scratch = try Scratch("serve")
        let token = try scratch.write("token", Data("t".utf8))
        let served = try Served(flags + ["--token-file", token, "--store", scratch.path + "/store"])
        #expect(served.waitForExit() == 64, "\(served.text)")
    }

    @Test func anEmptyTokenFileIsRefusedWithoutShowingAnything() async throws {
        let scratch = try Scratch("serve")
        let token = try scratch.write("token", Data("\n".utf8))
        let served = try Served(["--listen", "127.0.0.1:0", "--token-file", token, "--store", scratch.path + "/store"])
        #expect(served.waitForExit() != 0)
        #expect(served.text.contains("the token file \(token) is empty"), "\(served.text)")
    }

    @Test func servesACaseOverHTTPSAndStopsOnSIGTERM() async throws {
        let scratch = try Scratch("serve")
        let secret = "serve-\(UUID().uuidString)"
        let token = try scratch.write("token", Data(secret.utf8))
        let certificate = try SelfSignedCertificate(in: scratch)
        let served = try Served([
            "--listen", "127.0.0.1:0", "--token-file", token, "--store", scratch.path + "/store",
            "--tls-cert", certificate.certificate, "--tls-key", certificate.key,
        ])
        let url = try await served.url()
        #expect(url.hasPrefix("https://127.0.0.1:"))
        let client = HTTPAgentTransport(
            board: "served", configuration: .init(url: url, tokenFile: token, caFile: certificate.certificate))
        #expect(try await client.hello() == AgentProtocol.softwareVersion)
        let result = try await client.run(referenceSpec(iterations: 10), timeout: .seconds(60))
        #expect(result.status == .ok, "\(String(describing: result.failure))")
        #expect(result.latenciesNs.count == 10)
        #expect(result.transport == "http")
        #expect(await served.terminate() == 0)
        #expect(!served.text.contains(secret), "the token never reaches the log")
        #expect(served.text.contains("path=/v1/cases status=202"), "one access-log line per request")
    }

    @Test func sigtermDuringACaseKillsItsRunnerAndExits() async throws {
        let scratch = try Scratch("serve")
        let token = try scratch.write("token", Data("t0k".utf8))
        let served = try Served(["--listen", "127.0.0.1:0", "--token-file", token, "--store", scratch.path + "/store"])
        let url = try await served.url()
        let client = HTTPAgentTransport(board: "served", configuration: .init(url: url, tokenFile: token))
        let running = Task {
            try await client.run(referenceSpec(iterations: 10_000_000, warmup: 0, timeout: 600), timeout: .seconds(60))
        }
        // Wait for the runner (the agent first probes its runtimes, which takes seconds on a busy machine).
        let agentPID = served.process.pid
        var children: [pid_t] = []
        for _ in 0..<1200 where children.isEmpty {
            try await Task.sleep(for: .milliseconds(50))
            children = String(
                decoding: try command(
                    ["/usr/bin/pgrep", "-P", String(agentPID), "-f", "reference-runner"],
                    allowFailure: true), as: UTF8.self
            )
            .split(separator: "\n").compactMap { pid_t($0) }
        }
        #expect(!children.isEmpty, "the runner is a child of the agent")
        let start = ContinuousClock.now
        #expect(await served.terminate() == 0)
        #expect(
            ContinuousClock.now - start < .seconds(60),
            "the agent ended at SIGTERM, not after its runner's 10 million iterations")
        running.cancel()
        _ = await running.result
        for _ in 0..<100 where children.contains(where: { kill($0, 0) == 0 }) {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(children.allSatisfy { kill($0, 0) != 0 }, "no runner of this agent survives it")
    }
}
