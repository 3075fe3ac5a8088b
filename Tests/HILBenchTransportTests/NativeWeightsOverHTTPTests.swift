import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchNativeTools
import HILBenchTransport
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A graph with a separate weights file (OpenVINO IR `.xml` + `.bin`, ncnn `.param` + `.bin`) reaches a board over
/// HTTP: the transport uploads both by sha256, the real agent server takes both from its store, and the tool finds the
/// weights beside the graph. The board's tool is a fake that prints a real recorded output.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct NativeWeightsOverHTTPTests {
    static let fixtures = repository + "/Tests/HILBenchNativeToolsTests/Fixtures"

    struct Tool: Sendable, CustomTestStringConvertible {
        var tool: NativeTool
        var format: ModelFormat
        var graph: String
        var options: [String: OptionValue]
        /// How the fake finds the graph among its arguments (a shell snippet that sets `graph`).
        var findGraph: String
        var output: String
        var figure: ToolFigure
        var testDescription: String { tool.rawValue }
    }

    static let tools: [Tool] = [
        Tool(
            tool: .benchmarkApp, format: .openvinoIR, graph: "net.xml", options: [:],
            findGraph: #"while [ $# -gt 0 ]; do [ "$1" = -m ] && graph="$2"; shift; done"#,
            output: "benchmark_app-2022-cpp-static.txt",
            figure: ToolFigure(name: "throughput", value: 110.59, unit: "1/s")),
        Tool(
            tool: .benchncnn, format: .ncnn, graph: "squeezenet.param",
            options: ["input_shapes": .list([.list([.int(227), .int(227), .int(3)])])],
            findGraph: #"for a; do case "$a" in param=*) graph="${a#param=}";; esac; done"#,
            output: "benchncnn-2023-param-cpu.txt",
            figure: ToolFigure(name: "latency.mean", value: 28.64, unit: "ms")),
    ]

    @Test(arguments: tools)
    func theWeightsTravelByTheirOwnSHA256AndLieBesideTheGraph(_ tool: Tool) async throws {
        let board = try Scratch("board")
        let seen = board.path + "/seen"
        // The fake tool loads what the real one loads: the graph it was given and the .bin of the same stem beside it.
        let script = """
            #!/bin/sh
            graph=""
            \(tool.findGraph)
            weights="${graph%.*}.bin"
            [ -f "$graph" ] && [ -f "$weights" ] || { echo "[ ERROR ] cannot open $graph or $weights"; exit 1; }
            cat "$graph" > "\(seen).graph"
            cat "$weights" > "\(seen).bin"
            readlink -f "$weights" > "\(seen).path"
            basename "$graph" > "\(seen).name"
            cat "\(Self.fixtures)/\(tool.output)"

            """
        let fake = try board.write(tool.tool.rawValue, Data(script.utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: fake)
        let fixture = try AgentFixture(tools: ToolAllowlist([tool.tool: fake]))
        let controller = try Scratch("controller")
        let graphBytes = Data("<graph of \(tool.tool.rawValue)>\n".utf8)
        let weightsBytes = Data((0..<4099).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let graph = try controller.write(tool.graph, graphBytes)
        let weights = try controller.write("weights-\(UUID().uuidString).bin", weightsBytes)
        let graphSHA = try SHA256.hex(ofFileAt: graph)
        let weightsSHA = try SHA256.hex(ofFileAt: weights)
        var options = tool.options
        options["tool"] = .string(tool.tool.rawValue)
        var spec = CaseSpec(
            key: CaseKey(target: "http-test", model: "net", runtime: .command, precision: .fp32, threads: 1, batch: 1),
            model: graph, format: tool.format, artifactSHA256: graphSHA, inputs: .init(seed: 1), warmup: 10,
            iterations: 200, timeoutSeconds: 60, memorySamplePeriodMs: 10, idleMs: 0, options: options,
            collectOutputs: false, maxOutputValues: 0, marker: .simulated)
        spec.marker.backend = .none
        spec.weights = weights
        spec.weightsSHA256 = weightsSHA
        spec.suiteDefaults = NativeToolKnobs.defaultable
        let caseSpec = spec

        try await withLiveAgent(fixture) { url in
            let client = transport(url, fixture)
            let result = try await client.run(caseSpec, timeout: .seconds(60))
            #expect(result.status == .ok, "\(String(describing: result.failure))")
            #expect(result.reported?.figures?.contains(tool.figure) == true, "\(result.reported?.figures ?? [])")
            // Both files are in the board's store under their sha256, and the tool read exactly those bytes.
            #expect(fixture.scratch.entries(fixture.storeDirectory) == [graphSHA, weightsSHA].sorted())
            #expect(FileManager.default.contents(atPath: "\(seen).graph") == graphBytes)
            #expect(FileManager.default.contents(atPath: "\(seen).bin") == weightsBytes)
            // …from the board's store, not from the path the controller keeps them at.
            let opened = try String(contentsOfFile: "\(seen).path", encoding: .utf8)
            #expect(opened == "\(fixture.storeDirectory)/\(weightsSHA)\n")
            // …and the graph under the case's model name, not the store's sha256 name.
            let graphName = try String(contentsOfFile: "\(seen).name", encoding: .utf8)
            #expect(graphName == "net.\(tool.format == .ncnn ? "param" : "xml")\n")

            // Weights the store lost are uploaded again before the next case; the graph is not.
            try FileManager.default.removeItem(atPath: "\(fixture.storeDirectory)/\(weightsSHA)")
            try FileManager.default.removeItem(atPath: "\(seen).bin")
            let sent = await client.requestsSent
            let again = try await client.run(caseSpec, timeout: .seconds(60))
            #expect(again.status == .ok, "\(String(describing: again.failure))")
            #expect(await client.requestsSent - sent == 5, "HEAD graph, HEAD weights (absent), PUT weights, POST, GET")
            #expect(FileManager.default.contents(atPath: "\(seen).bin") == weightsBytes)
        }
    }
}

extension AgentRouterTests {
    @Test func aCaseWhoseWeightsAreNotInTheStoreIsRefusedNamingThem() async throws {
        let fixture = try AgentFixture(tools: ToolAllowlist([.benchmarkApp: "/bin/true"]))
        let controller = try Scratch("controller")
        let graph = try controller.write("net.xml", Data("<net/>\n".utf8))
        let weights = try controller.write("net.bin", Data([1, 2, 3]))
        let graphSHA = try SHA256.hex(ofFileAt: graph)
        let weightsSHA = try SHA256.hex(ofFileAt: weights)
        // The graph is on the board; the weights are not.
        let upload = fixture.store.newUploadPath()
        try Data("<net/>\n".utf8).write(to: URL(fileURLWithPath: upload))
        _ = try await fixture.store.adopt(upload: upload, as: graphSHA)
        var spec = CaseSpec(
            key: CaseKey(target: "http-test", model: "net", runtime: .command, precision: .fp32, threads: 1, batch: 1),
            model: graph, format: .openvinoIR, artifactSHA256: graphSHA, inputs: .init(seed: 1), warmup: 10,
            iterations: 200, timeoutSeconds: 60, memorySamplePeriodMs: 10, idleMs: 0,
            options: ["tool": .string("benchmark_app")], collectOutputs: false, maxOutputValues: 0, marker: .simulated)
        spec.marker.backend = .none
        spec.weights = "/controller/only/net.bin"
        spec.weightsSHA256 = weightsSHA
        let body = try json(spec)
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: body))
            #expect(response.status == .conflict)
            let detail = try error(response)
            #expect(detail.code == "artifact_missing")
            #expect(detail.message.contains("the weights \(weightsSHA) are not in this agent's store"))
        }
        #expect(fixture.cases.runningID == nil, "nothing was started")
    }
}
