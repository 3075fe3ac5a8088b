import HILBenchCore
import Testing

@Suite struct PlannerTests {
    func suite(
        models: [SuiteConfig.Model], runtimes: [RuntimeKind], precisions: [Precision], threads: [Int] = [1, 2]
    ) -> SuiteConfig {
        SuiteConfig(
            name: "s", description: nil, models: models, runtimes: runtimes, precisions: precisions, threads: threads,
            batch: [1],
            measure: .init(), energy: .init(), accuracy: .init(), thresholds: .init(),
            runtimeOptions: [.onnxruntime: ["graph_optimization_level": .string("all")]], sourcePath: "s.yaml")
    }

    func target(_ name: String) -> TargetConfig {
        TargetConfig(
            name: name, transport: .local(agentPath: nil), chip: .init(soc: "x"), marker: .simulated, meter: .simulated)
    }

    let onnx = SuiteConfig.Model(
        name: "net", format: .onnx,
        artifacts: [
            .fp32: .init(path: "/m/net.onnx", sha256: String(repeating: "1", count: 64), format: .onnx),
            .int8: .init(path: "/m/net.int8.onnx", sha256: String(repeating: "2", count: 64), format: .onnx),
        ])
    let builtin = SuiteConfig.Model(name: "tinycnn", builtin: "tinycnn", format: .builtin)

    @Test func expandsTheMatrixInOrderWithTheReferencePrecisionFirst() {
        let plan = Planner.plan(
            suite: suite(models: [builtin], runtimes: [.reference], precisions: [.int8, .fp16, .fp32]),
            targets: [target("a"), target("b")], capabilities: [:])
        #expect(
            plan.map(\.key.id) == [
                "a/tinycnn/reference/fp32/t1/b1", "a/tinycnn/reference/fp16/t1/b1", "a/tinycnn/reference/int8/t1/b1",
                "a/tinycnn/reference/fp32/t2/b1", "a/tinycnn/reference/fp16/t2/b1", "a/tinycnn/reference/int8/t2/b1",
                "b/tinycnn/reference/fp32/t1/b1", "b/tinycnn/reference/fp16/t1/b1", "b/tinycnn/reference/int8/t1/b1",
                "b/tinycnn/reference/fp32/t2/b1", "b/tinycnn/reference/fp16/t2/b1", "b/tinycnn/reference/int8/t2/b1",
            ])
        #expect(plan.allSatisfy { $0.spec != nil && $0.skipReason == nil })
    }

    @Test func formatMismatchesAreNotCellsButMissingArtifactsAndRuntimesAreSkippedWithAReason() throws {
        let capabilities = [
            "a": BoardCapabilities(
                available: [.reference: "0.1", .onnxruntime: "1.20"],
                unavailable: [.openvino: "No module named 'openvino'"])
        ]
        let plan = Planner.plan(
            suite: suite(
                models: [onnx, builtin], runtimes: [.reference, .onnxruntime, .openvino], precisions: [.fp32, .fp16],
                threads: [1]),
            targets: [target("a")], capabilities: capabilities)
        #expect(plan.count == 6)  // net × {ort, ov} × 2 precisions + tinycnn × reference × 2; never reference × onnx
        let fp16 = try #require(plan.first { $0.key.id == "a/net/onnxruntime/fp16/t1/b1" })
        #expect(fp16.skipReason == "model net has no fp16 artifact (it has: fp32, int8)")
        let openvino = try #require(plan.first { $0.key.id == "a/net/openvino/fp32/t1/b1" })
        #expect(openvino.skipReason == "runtime openvino is not available on a: No module named 'openvino'")
        let ort = try #require(plan.first { $0.key.id == "a/net/onnxruntime/fp32/t1/b1" }?.spec)
        #expect(ort.model == "/m/net.onnx")
        #expect(ort.artifactSHA256 == String(repeating: "1", count: 64))
        #expect(ort.options == ["graph_optimization_level": .string("all")])
        #expect(ort.iterations == 200)
    }
}

@Suite struct ClockMappingTests {
    @Test func aRoundTripTakesTheMidpointAndHalfTheTripAsItsUncertainty() {
        // The board read 10_000_500 while the controller's clock went from 1_000 to 1_801.
        let mapping = ClockMapping.roundTrip(boardNs: 10_000_500, sentNs: 1_000, receivedNs: 1_801)
        #expect(mapping.method == "round_trip")
        #expect(mapping.offsetNs == 10_000_500 - 1_400)
        #expect(mapping.uncertaintyNs == 401)
        #expect(mapping.controllerTime(10_000_500) == 1_400)
        #expect(ClockMapping.sameKernel.controllerTime(77) == 77)
    }
}
