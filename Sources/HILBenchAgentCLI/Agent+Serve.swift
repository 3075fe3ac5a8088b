import ArgumentParser
import Foundation
import HILBenchAgentServer
import HILBenchCore
import Synchronization

extension AgentCommand {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the controller over HTTP(S): artifacts, cases, info (docs/http-api.md).",
            discussion: """
                Every route but GET /v1/health needs 'Authorization: Bearer <token>' with the content of --token-file.
                Plain HTTP sends the token in clear: outside an isolated lab give --tls-cert and --tls-key.
                """)

        @Option(
            help: "Address to listen on, HOST:PORT ([::1]:PORT for IPv6; port 0 picks a free one, printed on start).")
        var listen: String

        @Option(help: "File holding the bearer token (its content, trimmed).")
        var tokenFile: String

        @Option(help: "TLS certificate chain (PEM); with --tls-key.")
        var tlsCert: String?

        @Option(help: "TLS private key (PEM, unencrypted); with --tls-cert.")
        var tlsKey: String?

        @Option(help: "Artifact store directory (default: ~/.cache/hilbench/artifacts).")
        var store: String?

        @Option(help: "Largest artifact upload, MiB (1 … 1048576).")
        var maxUploadMb: Int = 1024

        @Option(
            help:
                "Total size of the artifact store, MiB (1 … 1048576); uploads evict the least recently used artifacts (never one a running case uses) to stay under it."
        )
        var maxStoreMb: Int = 10240

        @Option(
            help:
                "Close a connection that sends no complete request head, or no body data, for this many seconds (1 … 3600)."
        )
        var idleTimeoutS: Int = 30

        @Option(help: "Connections served at once (1 … 65536); more wait in the kernel's backlog.")
        var maxConnections: Int = 256

        @Flag(
            help:
                "Let a case's simulated marker append edges to the wire file its spec names (a virtual lab sharing the controller's file system)."
        )
        var allowMarkerWire = false

        @OptionGroup var tools: ToolOptions

        @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
        var logLevel: String = "info"

        func validate() throws {
            _ = try parsedListen()
            if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
            // Bounded so that MiB → bytes never overflows into a negative limit.
            guard (1...1_048_576).contains(maxUploadMb) else {
                throw ValidationError("--max-upload-mb must be between 1 and 1048576 (1 TiB), got \(maxUploadMb)")
            }
            guard (1...1_048_576).contains(maxStoreMb) else {
                throw ValidationError("--max-store-mb must be between 1 and 1048576 (1 TiB), got \(maxStoreMb)")
            }
            guard (1...3600).contains(idleTimeoutS) else {
                throw ValidationError("--idle-timeout-s must be between 1 and 3600, got \(idleTimeoutS)")
            }
            guard (1...65_536).contains(maxConnections) else {
                throw ValidationError("--max-connections must be between 1 and 65536, got \(maxConnections)")
            }
        }

        private func parsedListen() throws -> (host: String, port: Int) {
            do { return try AgentServer.Configuration.parseListen(listen) } catch let error as HILBenchError {
                throw ValidationError(error.message)
            }
        }

        func run() throws {
            signal(SIGPIPE, SIG_IGN)
            let (host, port) = try parsedListen()
            let configuration = AgentServer.Configuration(
                host: host, port: port, tokenFile: tokenFile, tlsCertificateFile: tlsCert, tlsKeyFile: tlsKey,
                storeDirectory: store ?? AgentServer.Configuration.defaultStoreDirectory,
                maxUploadBytes: Int64(maxUploadMb) << 20, policy: .init(allowMarkerWire: allowMarkerWire),
                logLevel: logLevel,
                idleTimeout: .seconds(idleTimeoutS), maxConnections: maxConnections,
                maxStoreBytes: Int64(maxStoreMb) << 20)
            let server = try AgentServer(
                configuration: configuration, service: makeService(tools: try tools.allowlist()))
            let scheme = configuration.usesTLS ? "https" : "http"
            let shownHost = host.contains(":") ? "[\(host)]" : host
            // The root command is synchronous, so this thread waits for the server task (the cooperative pool serves).
            let outcome = Mutex<(any Error)?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run { port in
                        FileHandle.standardError.write(
                            Data(
                                "hilbench-agent: listening on \(scheme)://\(shownHost):\(port) (store \(configuration.storeDirectory))\n"
                                    .utf8))
                    }
                } catch {
                    outcome.withLock { $0 = error }
                }
                done.signal()
            }
            done.wait()
            if let error = outcome.withLock({ $0 }) { throw error }
        }
    }
}
