import ArgumentParser
import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchReferenceModel
import HILBenchSystem

extension AgentCommand {
    /// The dependency-free runner: the built-in networks at fp32, fp16 and int8, speaking the runner protocol
    /// (docs/runner-protocol.md) exactly as the Python runners do.
    struct ReferenceRunner: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reference-runner",
            abstract: "Run the built-in reference networks (runner protocol on stdin/stdout).")

        func run() throws {
            signal(SIGPIPE, SIG_IGN)
            ParentWatch.exitWhenOrphaned()
            var session = ReferenceSession()
            session.reply([
                "op": "hello", "protocol": 1, "runner": "reference", "runtime_version": AgentProtocol.softwareVersion,
                "capabilities": ["marker_wire"],
            ])
            while let line = readLine(strippingNewline: true) {
                if line.isEmpty { continue }
                guard let data = line.data(using: .utf8),
                    let request = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let op = request["op"] as? String
                else {
                    session.error("bad_request", "not a JSON object with an 'op': \(line.prefix(200))")
                    continue
                }
                if op == "exit" { return }
                session.handle(op, request)
            }
        }
    }
}

/// A runner must not outlive its agent: a killed agent (SIGKILL, a lost SSH session) would otherwise leave a
/// runner spinning through its iterations and disturbing every later measurement on the board.
enum ParentWatch {
    static func exitWhenOrphaned() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(100_000) }
            exit(70)
        }
    }
}

/// One loaded network and the replies to the protocol's requests.
struct ReferenceSession {
    private var network: ReferenceNetwork?
    /// Test option `inject_slowdown`: each timed inference is stretched to this factor of its own duration
    /// by spinning inside the timed region — a synthetic regression for testing nightly verdicts.
    private var slowdown = 1.0
    /// Test option `inject_wait_ms`: each timed inference also waits this long with its CPU idle, as a board whose
    /// accelerator computes while its host waits — boards whose time is not this machine's CPU (the drain benchmark).
    private var waitNs: Int64 = 0

    func reply(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]) else {
            return
        }
        FileHandle.standardOutput.write(data + Data([10]))
    }

    func error(_ code: String, _ message: String) {
        reply(["op": "error", "code": code, "message": message])
    }

    mutating func handle(_ op: String, _ request: [String: Any]) {
        switch op {
        case "load": load(request)
        case "warmup", "measure":
            guard let network else { return error("bad_request", "'\(op)' before 'load'") }
            guard let iterations = request["iterations"] as? Int, iterations >= 0 else {
                return error("bad_request", "'\(op)' needs a non-negative 'iterations'")
            }
            // Per-inference marker windows (runner protocol §4): both edges of each inference go to the wire after it.
            var wire: MarkerWireAppender?
            if op == "measure", let path = request["marker_wire"] {
                guard let path = path as? String, !path.isEmpty else {
                    return error("bad_request", "'marker_wire' must be the path of the marker's wire file")
                }
                do { wire = try MarkerWireAppender(path: path) } catch { return self.error("bad_request", "\(error)") }
            }
            var latencies = [Int64](repeating: 0, count: iterations)
            var edges: [Int64] = []
            if wire != nil { edges.reserveCapacity(2 * iterations) }
            let begin = Monotonic.nowNs()
            for index in 0..<iterations {
                let t0 = Monotonic.nowNs()
                network.infer()
                if slowdown > 1 {
                    let until = t0 + Int64(Double(Monotonic.nowNs() - t0) * slowdown)
                    while Monotonic.nowNs() < until {}
                }
                if waitNs > 0 {
                    var pause = timespec(tv_sec: Int(waitNs / 1_000_000_000), tv_nsec: Int(waitNs % 1_000_000_000))
                    var left = timespec()
                    while nanosleep(&pause, &left) != 0 && errno == EINTR { pause = left }
                }
                let t1 = Monotonic.nowNs()
                latencies[index] = t1 - t0
                if let wire {
                    do { try wire.append(rise: t0, fall: t1) } catch { return self.error("bad_request", "\(error)") }
                    edges += [t0, t1]
                }
            }
            let end = Monotonic.nowNs()
            if op == "warmup" {
                reply(["op": "warmed", "latencies_ns": latencies])
            } else if wire != nil {
                reply([
                    "op": "measured", "begin_ns": edges.first ?? begin, "end_ns": edges.last ?? end,
                    "latencies_ns": latencies,
                    "marker_edges_ns": edges,
                ])
            } else {
                reply(["op": "measured", "begin_ns": begin, "end_ns": end, "latencies_ns": latencies])
            }
        case "outputs":
            guard let network else { return error("bad_request", "'outputs' before 'load'") }
            let maxValues = request["max_values"] as? Int ?? 100_000
            network.infer()
            let values = network.output()
            var bytes = [UInt8]()
            bytes.reserveCapacity(values.count * 4)
            for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
            reply([
                "op": "outputs",
                "outputs": [
                    [
                        "name": "logits", "dtype": "float32", "shape": network.outputShape,
                        "sha256": SHA256.hex(of: bytes),
                        "values": values.prefix(maxValues).map(Double.init), "truncated": values.count > maxValues,
                    ]
                ],
            ])
        default:
            error("bad_request", "unknown op '\(op)'")
        }
    }

    private mutating func load(_ request: [String: Any]) {
        guard let name = request["model"] as? String else { return error("bad_request", "'load' needs 'model'") }
        guard let precision = ReferencePrecision(rawValue: request["precision"] as? String ?? "fp32") else {
            return error(
                "unsupported", "the reference runner has fp32, fp16 and int8, not '\(request["precision"] ?? "")'")
        }
        let batch = request["batch"] as? Int ?? 1
        let options = request["options"] as? [String: Any] ?? [:]
        let known = ["inject_slowdown", "inject_wait_ms"]
        let unknown = options.keys.filter { !known.contains($0) }.sorted()
        guard unknown.isEmpty else {
            return error(
                "unsupported",
                "reference runner: unknown option(s) \(unknown.joined(separator: ", ")) (known: "
                    + known.joined(separator: ", ") + ")")
        }
        if let wait = options["inject_wait_ms"] {
            guard let value = (wait as? Double) ?? (wait as? Int).map(Double.init), value >= 0, value <= 10_000 else {
                return error("bad_request", "inject_wait_ms must be a number of ms from 0 to 10000, got \(wait)")
            }
            waitNs = Int64(value * 1e6)
        }
        if let factor = options["inject_slowdown"] {
            guard let value = (factor as? Double) ?? (factor as? Int).map(Double.init), value >= 1, value <= 100 else {
                return error("bad_request", "inject_slowdown must be a number from 1 to 100, got \(factor)")
            }
            slowdown = value
        }
        let seed =
            ((request["inputs"] as? [String: Any])?["seed"] as? Int).map { UInt64(truncatingIfNeeded: $0) } ?? 1234
        let start = Monotonic.nowNs()
        do {
            let network = try ReferenceNetwork(name: name, precision: precision, batch: batch)
            let loadNs = Monotonic.nowNs() - start  // building inputs is not part of the load (runner protocol)
            network.setInput(seed: seed)
            self.network = network
            reply([
                "op": "loaded", "load_ns": loadNs, "runtime": "reference",
                "runtime_version": AgentProtocol.softwareVersion,
                "provider": "swift-cpu-\(precision.rawValue)", "threads": 1,
                "inputs": [["name": "input", "dtype": "float32", "shape": network.inputShape]],
                "outputs": [["name": "logits", "dtype": "float32", "shape": network.outputShape]],
            ])
        } catch {
            self.error("load_failed", "\(error)")
        }
    }
}
