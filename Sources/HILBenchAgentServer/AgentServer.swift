import Foundation
public import HILBenchAgentKit
import HILBenchCore
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle
import UnixSignals

/// `hilbench-agent serve`: the agent's HTTP(S) API on Hummingbird 2, one board, one case at a time.
public struct AgentServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 picks a free port (reported to `onListening`).
        public var port: Int
        public var tokenFile: String
        /// PEM certificate chain and private key; both or neither (plain HTTP).
        public var tlsCertificateFile: String?
        public var tlsKeyFile: String?
        public var storeDirectory: String
        public var maxUploadBytes: Int64
        /// Total size of the artifact store; uploads evict the least recently used artifacts to stay under it.
        public var maxStoreBytes: Int64?
        public var policy: AgentRouterPolicy
        /// `trace` … `critical`.
        public var logLevel: String
        /// A connection that completes no request part for this long is closed: it bounds the TLS handshake and the
        /// request head (counted from the connection or the last response) and a stalled body (between chunks).
        /// A request being answered (a long poll) is not idle.
        public var idleTimeout: Duration
        /// Connections served at once; beyond it new ones wait in the kernel's backlog, so file descriptors never run out.
        public var maxConnections: Int

        public init(
            host: String, port: Int, tokenFile: String, tlsCertificateFile: String? = nil, tlsKeyFile: String? = nil,
            storeDirectory: String = Configuration.defaultStoreDirectory, maxUploadBytes: Int64 = 1024 << 20,
            policy: AgentRouterPolicy = AgentRouterPolicy(), logLevel: String = "info",
            idleTimeout: Duration = .seconds(30), maxConnections: Int = 256, maxStoreBytes: Int64? = nil
        ) {
            self.maxStoreBytes = maxStoreBytes
            self.idleTimeout = idleTimeout
            self.maxConnections = maxConnections
            self.host = host
            self.port = port
            self.tokenFile = tokenFile
            self.tlsCertificateFile = tlsCertificateFile
            self.tlsKeyFile = tlsKeyFile
            self.storeDirectory = storeDirectory
            self.maxUploadBytes = maxUploadBytes
            self.policy = policy
            self.logLevel = logLevel
        }

        /// `$XDG_CACHE_HOME/hilbench/artifacts`, else `~/.cache/hilbench/artifacts`.
        public static var defaultStoreDirectory: String {
            let environment = ProcessInfo.processInfo.environment
            let cache = environment["XDG_CACHE_HOME"] ?? "\(environment["HOME"] ?? NSHomeDirectory())/.cache"
            return "\(cache)/hilbench/artifacts"
        }

        /// Splits `HOST:PORT` (`[v6]:PORT` for IPv6).
        public static func parseListen(_ text: String) throws -> (host: String, port: Int) {
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
                (0...65535).contains(port)
            else {
                throw HILBenchError(
                    .usage, "--listen wants HOST:PORT (e.g. 0.0.0.0:8765 or [::1]:8765), got \(text.debugDescription)")
            }
            var host = String(text[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            guard !host.isEmpty else {
                throw HILBenchError(.usage, "--listen wants HOST:PORT, the host is missing in \(text.debugDescription)")
            }
            return (host, port)
        }

        public var usesTLS: Bool { tlsCertificateFile != nil }
    }

    public let configuration: Configuration
    public let store: ArtifactStore
    public let cases: CaseSupervisor
    private let responder: RouterResponder<AgentRequestContext>
    private let tls: TLSConfiguration?
    private let logger: Logger

    /// Reads the token and TLS files and opens the store; every failure names the file and what to do.
    public init(configuration: Configuration, service: AgentService, logger: Logger? = nil) throws {
        self.configuration = configuration
        var logger = logger ?? Logger(label: "hilbench-agent", factory: { StreamLogHandler.standardError(label: $0) })
        if let level = Logger.Level(rawValue: configuration.logLevel) { logger.logLevel = level }
        self.logger = logger
        let token = try BearerToken(contentsOfFile: configuration.tokenFile)
        if let status = FileStatus(regularFileAt: configuration.tokenFile), status.permissions & 0o077 != 0 {
            logger.warning(
                "the token file is readable by other users; chmod 600 it",
                metadata: ["file": "\(configuration.tokenFile)"])
        }
        store = try ArtifactStore(
            directory: configuration.storeDirectory, maxUploadBytes: configuration.maxUploadBytes,
            maxStoreBytes: configuration.maxStoreBytes)
        cases = CaseSupervisor(service: service)
        switch (configuration.tlsCertificateFile, configuration.tlsKeyFile) {
        case (nil, nil):
            tls = nil
        case (let certificate?, let key?):
            tls = try Self.tlsConfiguration(certificateFile: certificate, keyFile: key)
        default:
            throw HILBenchError(.usage, "TLS needs both --tls-cert and --tls-key")
        }
        responder = makeAgentRouter(
            service: service, token: token, store: store, cases: cases, policy: configuration.policy
        ).buildResponder()
    }

    /// Serves until SIGTERM/SIGINT (with `handleSignals`) or until the calling task is cancelled; both shut down
    /// gracefully: the running case is cancelled first (its runner killed), then the server finishes the
    /// requests in flight (long polls end with the case) and closes.
    /// - Parameter onListening: called once bound, with the actual port.
    public func run(
        handleSignals: Bool = true, onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) async throws {
        let configuration = self.configuration
        if tls == nil, !["127.0.0.1", "::1", "localhost"].contains(configuration.host) {
            logger.warning(
                "serving plain HTTP on a non-loopback address: the bearer token and the artifacts travel in clear; use --tls-cert/--tls-key outside an isolated lab",
                metadata: ["listen": "\(configuration.host):\(configuration.port)"])
        }
        let idle = configuration.idleTimeout.components
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: TimeAmount.nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))
        let app = Application(
            responder: responder,
            server: try tls.map { try .tls(.http1(configuration: http1), tlsConfiguration: $0) }
                ?? .http1(configuration: http1),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "hilbench-agent/\(AgentProtocol.softwareVersion)",
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: logger)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        // Shutdown runs in reverse order: the case first, so the server's graceful shutdown never waits on a measurement.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [
                    .init(service: app),
                    .init(service: CaseShutdown(cases: cases), successTerminationBehavior: .gracefullyShutdownGroup),
                ],
                gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
                logger: logger))
        // Not a child task: cancelling the caller must become a graceful shutdown, not a cancellation of the server.
        let serving = Task { try await group.run() }
        try await withTaskCancellationHandler {
            try await serving.value
        } onCancel: {
            Task { await group.triggerGracefulShutdown() }
        }
    }

    static func tlsConfiguration(certificateFile: String, keyFile: String) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateFile)
        } catch {
            throw HILBenchError(
                .config, "cannot load the TLS certificate \(certificateFile) (PEM expected): \(error)", cause: error)
        }
        guard !chain.isEmpty else {
            throw HILBenchError(.config, "the TLS certificate file \(certificateFile) holds no PEM certificate")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyFile, format: .pem)
        } catch {
            throw HILBenchError(
                .config, "cannot load the TLS private key \(keyFile) (PEM, unencrypted): \(error)", cause: error)
        }
        return TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }
}

/// Cancels the running case when the agent shuts down (its runner is killed) and waits for it to end.
private struct CaseShutdown: Service {
    let cases: CaseSupervisor

    func run() async throws {
        try? await gracefulShutdown()  // returns on graceful shutdown, throws on cancellation: either way, stop the case
        await cases.shutdown()
    }
}
