import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchSystem
import HILBenchTransport
import Synchronization

/// The real agent server on 127.0.0.1 and a free port, in this process, for the length of `body`.
func withLiveAgent<T: Sendable>(
    _ fixture: AgentFixture, tls: (certificate: String, key: String)? = nil,
    body: @Sendable (_ url: String) async throws -> T
) async throws -> T {
    let configuration = AgentServer.Configuration(
        host: "127.0.0.1", port: 0, tokenFile: fixture.tokenFile, tlsCertificateFile: tls?.certificate,
        tlsKeyFile: tls?.key,
        storeDirectory: fixture.storeDirectory, maxUploadBytes: fixture.store.maxUploadBytes, logLevel: "warning")
    let server = try AgentServer(configuration: configuration, service: fixture.service)
    let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
    let serving = Task {
        try await server.run(handleSignals: false) { port in
            portSink.yield(port)
            portSink.finish()
        }
    }
    defer { serving.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
        _ = try await serving.value
        throw HILBenchError(.io, "the agent server stopped before listening")
    }
    let url = "\(tls == nil ? "http" : "https")://127.0.0.1:\(port)"
    do {
        let value = try await body(url)
        serving.cancel()
        _ = await serving.result
        return value
    } catch {
        serving.cancel()
        _ = await serving.result
        throw error
    }
}

/// A client for the fixture's agent with its token (or another one).
func transport(
    _ url: String, _ fixture: AgentFixture, tokenFile: String? = nil, caFile: String? = nil, pin: String? = nil,
    pollWait: Duration = .seconds(10)
) -> HTTPAgentTransport {
    HTTPAgentTransport(
        board: "http-test",
        configuration: .init(
            url: url, tokenFile: tokenFile ?? fixture.tokenFile, caFile: caFile,
            pinnedPublicKey: pin, pollWait: pollWait))
}

/// Runs a command (no shell) and returns its standard output; throws with its stderr if it fails.
@discardableResult
func command(_ arguments: [String], input: Data? = nil, allowFailure: Bool = false) throws -> Data {
    let output = try SpawnedProcess.run(arguments, input: input ?? Data())
    guard output.succeeded || allowFailure else {
        throw HILBenchError(.io, "\(arguments.joined(separator: " ")) failed: \(output.stderrText)")
    }
    return output.stdout
}

/// A self-signed P-256 certificate for 127.0.0.1, and its public-key pin (`sha256//…`).
struct SelfSignedCertificate {
    let certificate: String
    let key: String
    let pin: String

    init(in scratch: Scratch) throws {
        certificate = scratch.path + "/cert.pem"
        key = scratch.path + "/key.pem"
        try command([
            "/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate,
        ])
        let publicKey = try command(["/usr/bin/openssl", "x509", "-in", certificate, "-pubkey", "-noout"])
        let der = try command(["/usr/bin/openssl", "pkey", "-pubin", "-outform", "der"], input: publicKey)
        let digest = try command(["/usr/bin/openssl", "dgst", "-sha256", "-binary"], input: der)
        pin = "sha256//" + digest.base64EncodedString()
    }
}

/// Whether the ONNX Runtime Python module imports here (CI installs it; a developer machine may not).
let onnxRuntimeImports: Bool = {
    guard let python = RuntimeRegistry.findPython() else { return false }
    return (try? command([python, "-c", "import onnxruntime"])) != nil
}()
