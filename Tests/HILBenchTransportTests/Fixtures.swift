import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchSystem

/// Paths of the executables built next to the test bundle (`swift build --build-tests` builds them all).
enum BuiltProducts {
    static var directory: String {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        while !dir.isEmpty, dir != "/", !FileManager.default.fileExists(atPath: dir + "/hilbench-agent") {
            dir = (dir as NSString).deletingLastPathComponent
        }
        return dir
    }

    static var agent: String { directory + "/hilbench-agent" }
}

/// A fresh temporary folder per test, removed when the fixture goes away.
final class Scratch: Sendable {
    let path: String

    init(_ label: String) throws {
        path = NSTemporaryDirectory() + "hilbench-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file readable by its owner only (token files: the agent warns about anything wider).
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = "\(path)/\(name)"
        try data.write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        return file
    }

    /// Every entry of a folder, hidden ones included (partial uploads start with a dot).
    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// A marker that only reads the clock (the tests measure no energy).
struct ClockMarker: MarkerDriver {
    func set(_ active: Bool) throws -> Int64 { Monotonic.nowNs() }
}

/// The repository, for Suites/models.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// One agent's parts: token, store, service, supervisor, in a scratch folder.
struct AgentFixture {
    static let secret = "s3cret-token-\(UUID().uuidString)"
    let scratch: Scratch
    let tokenFile: String
    let store: ArtifactStore
    let service: AgentService
    let cases: CaseSupervisor

    init(
        maxUploadBytes: Int64 = 64 << 20, maxStoreBytes: Int64? = nil, tools: ToolAllowlist = ToolAllowlist(),
        cases makeCases: ((AgentService) -> CaseSupervisor)? = nil,
        marker: @escaping @Sendable (TargetConfig.Marker) throws -> any MarkerDriver = { _ in ClockMarker() }
    ) throws {
        scratch = try Scratch("http")
        tokenFile = try scratch.write("token", Data("  \(Self.secret)\n".utf8))
        store = try ArtifactStore(
            directory: scratch.path + "/store", maxUploadBytes: maxUploadBytes, maxStoreBytes: maxStoreBytes)
        var runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent, tools: tools),
            markerFactory: marker)
        runner.startTimeoutSeconds = 30
        service = AgentService(runner: runner)
        cases = makeCases?(service) ?? CaseSupervisor(service: service)
    }

    var storeDirectory: String { store.directory }
}

/// A case on the built-in network of the reference runner.
func referenceSpec(iterations: Int = 20, warmup: Int = 2, idleMs: Int = 0, timeout: Double = 60) -> CaseSpec {
    var spec = CaseSpec(
        key: CaseKey(
            target: "http-test", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1),
        model: "tinycnn", format: .builtin, artifactSHA256: nil, inputs: .init(seed: 7), warmup: warmup,
        iterations: iterations, timeoutSeconds: timeout, memorySamplePeriodMs: 10, idleMs: idleMs, options: [:],
        collectOutputs: false, maxOutputValues: 0, marker: .simulated)
    spec.marker.backend = .none
    return spec
}

/// A case on an ONNX file (uploaded by the HTTP transport first).
func onnxSpec(path: String, iterations: Int = 20) throws -> CaseSpec {
    var spec = CaseSpec(
        key: CaseKey(
            target: "http-test", model: "tinycnn", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1),
        model: path, format: .onnx, artifactSHA256: try SHA256.hex(ofFileAt: path), inputs: .init(seed: 1234),
        warmup: 2, iterations: iterations, timeoutSeconds: 120, memorySamplePeriodMs: 10, idleMs: 0, options: [:],
        collectOutputs: true, maxOutputValues: 100, marker: .simulated)
    spec.marker.backend = .none
    return spec
}

func json(_ value: some Encodable) throws -> Data { try HILBenchJSON.encoder().encode(value) }
