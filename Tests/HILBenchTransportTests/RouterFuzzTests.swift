import Foundation
import HILBenchAgentServer
import HILBenchCore
import HILBenchTesting
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// Fuzz runs are reproducible from the seed printed on failure.
typealias RouterFuzzRandom = SeededGenerator

/// Hostile requests against the agent's router, without sockets: never a 5xx, every refusal a JSON error, no token echoed.
@Suite(.timeLimit(.minutes(2)))
struct RouterFuzzTests {
    static let sha = String(repeating: "a", count: 64)
    static let segments = [
        "v1", "health", "info", "cases", "artifacts", sha, "..", ".", "%00", "%2e%2e", "%2F", "x", "", "é", "😀",
        "%ZZ", "?wait=nan", "?wait=1e400", "?wait=-1", "?wait=0.01", "#frag", "a b", "\u{202E}",
        String(repeating: "z", count: 5_000),
        String(sha.dropLast()), sha.uppercased(), "\(sha)/x", ";", "*", "%", "~",
    ]
    static let methods: [HTTPRequest.Method] = [
        .get, .post, .put, .delete, .head, .patch, .options, .trace, .connect,
        HTTPRequest.Method("PROPFIND")!, HTTPRequest.Method("X-FUZZ")!,
    ]

    static func path(_ random: inout RouterFuzzRandom) -> String {
        switch random.int(0...3) {
        case 0:
            return random.pick([
                "/v1/health", "/v1/info", "/v1/cases", "/v1/cases/\(sha)", "/v1/artifacts/\(sha)",
                "/v1/artifacts/../../etc/passwd",
            ])
        default:
            var path = random.chance(0.9) ? "/v1" : ""
            for _ in 0..<random.int(0...5) { path += "/" + random.pick(segments) }
            if path.isEmpty || random.chance(0.1) { path = "/" + path }
            return path
        }
    }

    static func headers(_ random: inout RouterFuzzRandom) -> HTTPFields {
        var fields = HTTPFields()
        switch random.int(0...6) {
        case 0: break
        case 1, 2, 3: fields[.authorization] = "Bearer \(AgentFixture.secret)"
        case 4:
            fields[.authorization] = random.pick([
                "Bearer", "Bearer ", "bearer  \(AgentFixture.secret)", "Basic \(AgentFixture.secret)",
                "Bearer \(AgentFixture.secret)\(AgentFixture.secret)", "Bearer \(AgentFixture.secret.dropLast(3))",
                "Bearer é😀", AgentFixture.secret, "Bearer " + String(repeating: "A", count: 10_000),
            ])
        case 5:
            fields[.authorization] = "Bearer \(AgentFixture.secret), Bearer wrong"
        default:
            fields[.authorization] = "Bearer \(AgentFixture.secret)"
            fields[.contentType] = random.pick([
                "application/json", "text/plain", "x/\u{7F}", "multipart/form-data; boundary=x",
            ])
            fields[.contentLength] = random.pick(["0", "-1", "99999999999999999999", "abc"])
        }
        return fields
    }

    /// A valid spec for a model whose artifact is not in the store: refused (409) unless a mutation breaks it first.
    static let specJSON: String = {
        var spec = CaseSpec(
            key: CaseKey(target: "fuzz", model: "m", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1),
            model: "m.onnx", format: .onnx, artifactSHA256: sha, inputs: .init(seed: 1), warmup: 1, iterations: 1,
            timeoutSeconds: 5, memorySamplePeriodMs: 10, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 0,
            marker: .simulated)
        spec.marker.backend = .none
        return String(decoding: (try? json(spec)) ?? Data(), as: UTF8.self)
    }()

    static let jsonValues = [
        "1e400", "-1e400", "99999999999999999999999", "-9223372036854775809", "NaN", "\"NaN\"", "null", "true", "[]",
        "{}",
        "\"\"", "\"\u{0}\"", "\"😀\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "-0", "0.5",
        "\"onnxruntim\"", "\"../../etc/passwd\"",
    ]

    static func body(_ random: inout RouterFuzzRandom) -> ByteBuffer {
        switch random.int(0...7) {
        case 0: return ByteBuffer()
        case 1:
            return ByteBuffer(bytes: (0..<random.int(1...2_000)).map { _ in UInt8.random(in: 0...255, using: &random) })
        case 2: return ByteBuffer(string: String(specJSON.prefix(random.int(0...specJSON.count))))  // truncated
        case 3: return ByteBuffer(string: String(repeating: "[", count: random.int(1...100_000)))
        case 4: return ByteBuffer(string: "{\"key\": {\"runtime\": \(random.pick(jsonValues))}}")
        default:
            // The valid spec with one value replaced by a wrong type or an extreme number.
            var text = specJSON
            let colons = text.indices.filter { text[$0] == ":" }
            if let colon = colons.isEmpty ? nil : random.pick(colons) {
                let valueStart = text.index(after: colon)
                let valueEnd = text[valueStart...].firstIndex(where: { $0 == "," || $0 == "}" }) ?? text.endIndex
                text.replaceSubrange(valueStart..<valueEnd, with: random.pick(jsonValues))
            }
            return ByteBuffer(string: text)
        }
    }

    func application(_ fixture: AgentFixture) throws -> some ApplicationProtocol {
        let router = makeAgentRouter(
            service: fixture.service, token: try BearerToken(contentsOfFile: fixture.tokenFile),
            store: fixture.store, cases: fixture.cases, policy: .init(maxSpecBytes: 64 << 10))
        var logger = Logger(label: "router-fuzz")
        logger.logLevel = .critical
        return Application(router: router, logger: logger)
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func hostileRequestsGetA2xxOr4xxAndNeverTheToken(seed: UInt64) async throws {
        let fixture = try AgentFixture(maxUploadBytes: 1 << 20)
        var random = RouterFuzzRandom(seed: seed)
        var requests: [(HTTPRequest.Method, String, HTTPFields, ByteBuffer)] = []
        for _ in 0..<750 {
            requests.append((random.pick(Self.methods), Self.path(&random), Self.headers(&random), Self.body(&random)))
        }
        let requests_ = requests
        try await application(fixture).test(.router) { client in
            for (index, (method, uri, headers, body)) in requests_.enumerated() {
                let context =
                    "seed \(seed) request #\(index): \(method) \(uri.prefix(120)) auth=\(headers[.authorization]?.prefix(30).debugDescription ?? "none") body=\(String(buffer: body).prefix(120).debugDescription)"
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                let code = response.status.code
                #expect((200..<300).contains(code) || (400..<500).contains(code), "\(context) → \(code)")
                let text = String(buffer: response.body)
                #expect(!text.contains(AgentFixture.secret), "\(context): the token is in the response")
                if (400..<500).contains(code), method != .head {
                    let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
                    let message = (object?["error"] as? [String: Any])?["message"] as? String
                    #expect(
                        message?.isEmpty == false,
                        "\(context) → \(code) without a JSON error message: \(text.prefix(200).debugDescription)")
                }
            }
        }
    }
}
