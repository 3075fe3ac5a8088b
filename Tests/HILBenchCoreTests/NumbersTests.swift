import Foundation
import HILBenchCore
import Testing

/// Accuracy output by output with limits, effective precision, and the suite fields that feed them.
@Suite struct NumbersTests {
    static func output(_ name: String, _ values: [Double], shape: [Int]? = nil) -> CaseResult.Output {
        CaseResult.Output(
            name: name, dtype: "float32", shape: shape ?? [1, values.count], sha256: "", values: values,
            truncated: false)
    }

    /// The issue's case: a 256-value state that barely moves hides a probability that doubled when pooled.
    static let state = (0..<256).map { sin(Double($0)) }
    static let reference = [output("output", [0.2], shape: [1, 1]), output("stateN", state, shape: [2, 1, 128])]
    static let candidate = [
        output("output", [0.4], shape: [1, 1]), output("stateN", state.map { $0 * 1.001 }, shape: [2, 1, 128]),
    ]

    @Test func theWorstOutputIsNamedAndItsFiguresAreTheCases() throws {
        let accuracy = try #require(
            AccuracyComparison.compare(Self.candidate, with: Self.reference, referencePrecision: .fp32))
        let perOutput = try #require(accuracy.perOutput)
        #expect(perOutput.map(\.name) == ["output", "stateN"])
        let probability = perOutput[0]
        #expect(abs(probability.maxAbsError - 0.2) < 1e-12)
        #expect(abs(probability.cosineSimilarity - 1) < 1e-12)  // one value: cosine cannot see a doubling; the error can
        #expect(abs(probability.relativeError - 1) < 1e-12)
        #expect(abs(perOutput[1].cosineSimilarity - 1) < 1e-9)
        #expect(abs(accuracy.maxAbsError - 0.2) < 1e-12)  // the probability's, not a pooled figure
        #expect(accuracy.worstOutput == "output")
        #expect(accuracy.uncompared == nil)
    }

    @Test func limitsPerOutputMakeTheDoubledProbabilityFail() throws {
        let accuracy = try #require(
            AccuracyComparison.compare(Self.candidate, with: Self.reference, referencePrecision: .fp32))
        let loose = SuiteConfig.Accuracy(minCosine: 0.99)
        #expect(AccuracyLimits.broken(accuracy, limits: loose).isEmpty)
        let limits = SuiteConfig.Accuracy(minCosine: 0.99, perOutput: ["output": .init(maxAbs: 0.05)])
        #expect(
            AccuracyLimits.broken(accuracy, limits: limits) == ["output 'output': max abs error 0.2 > max_abs 0.05"])
    }

    @Test func aLowCosineBreaksTheSuiteWideLimitAndNamesTheOutput() throws {
        let accuracy = try #require(
            AccuracyComparison.compare(
                [Self.output("y", [1, 0, 0, 1])], with: [Self.output("y", [0, 1, 1, 0.2])],
                referencePrecision: .fp32))
        #expect(accuracy.worstOutput == "y")
        #expect(abs(accuracy.cosineSimilarity - 0.2 / (2.0.squareRoot() * 2.04.squareRoot())) < 1e-12)
        #expect(
            AccuracyLimits.broken(accuracy, limits: .init(minCosine: 0.99)) == [
                "output 'y': cosine 0.0990148 < min_cosine 0.99"
            ])
    }

    @Test func outputsThatCannotBeComparedAreListedWithTheReason() throws {
        let reference = [
            Self.output("a", [1, 2]), Self.output("b", [1, 2, 3]), Self.output("gone", [1]),
            CaseResult.Output(name: "text", dtype: "string", shape: [1], sha256: "y", values: [], truncated: true),
        ]
        let candidate = [
            Self.output("a", [1, 2.5]), Self.output("b", [1, 2, 3, 4]), Self.output("extra", [1]),
            CaseResult.Output(name: "text", dtype: "string", shape: [1], sha256: "x", values: [], truncated: true),
        ]
        let accuracy = try #require(AccuracyComparison.compare(candidate, with: reference, referencePrecision: .fp32))
        #expect(accuracy.perOutput?.map(\.name) == ["a"])
        let reasons = Dictionary(uniqueKeysWithValues: (accuracy.uncompared ?? []).map { ($0.name, $0.reason) })
        #expect(reasons["b"] == "shape [1, 4] differs from the reference's [1, 3]")
        #expect(reasons["text"] == "no values were returned (dtype string); only its sha256 is known")
        #expect(reasons["extra"] == "the reference has no output of that name")
        #expect(reasons["gone"] == "this case returned no output of that name")
        // By position only when no name is shared: a runtime that renamed every output is still compared.
        let renamed = try #require(
            AccuracyComparison.compare(
                [Self.output("out:0", [1, 2])], with: [Self.output("logits", [1, 2])],
                referencePrecision: .fp32))
        #expect(renamed.perOutput?.map(\.name) == ["out:0"] && renamed.uncompared == nil)
        let limits = SuiteConfig.Accuracy(perOutput: ["b": .init(minCosine: 0.9)])
        #expect(
            AccuracyLimits.broken(accuracy, limits: limits) == [
                "output 'b' has limits but was not compared: shape [1, 4] differs from the reference's [1, 3]"
            ])
    }

    @Test func nothingComparableWithLimitsSetIsAFailureNotAPass() throws {
        let accuracy = try #require(
            AccuracyComparison.compare(
                [Self.output("a", [1, 2, 3])], with: [Self.output("a", [1, 2])], referencePrecision: .fp32))
        #expect(accuracy.perOutput == [])
        #expect(accuracy.cosineSimilarity.isNaN)
        let broken = AccuracyLimits.broken(accuracy, limits: .init(minCosine: 0.9))
        #expect(broken.count == 1 && broken[0].hasPrefix("no output could be compared with the reference"))
    }

    @Test func topOneAndTopFiveAgreementOnClassScores() throws {
        // Two rows of six classes: row 0 keeps its arg-max; row 1's reference best (class 5) falls to 2nd place.
        let reference = [Self.output("logits", [0, 1, 2, 3, 4, 9, 0, 1, 2, 3, 4, 9], shape: [2, 6])]
        let candidate = [Self.output("logits", [0, 1, 2, 3, 4, 9, 0, 1, 2, 3, 9, 8], shape: [2, 6])]
        let accuracy = try #require(AccuracyComparison.compare(candidate, with: reference, referencePrecision: .fp32))
        #expect(accuracy.top1Agreement == 0.5)
        #expect(accuracy.top5Agreement == 1)
        #expect(
            AccuracyLimits.broken(accuracy, limits: .init(minTop1: 0.9)) == [
                "output 'logits': top-1 agreement 0.5 < min_top1 0.9"
            ])
    }

    @Test(arguments: [
        (Precision.fp16, "bf16", [EffectivePrecision.runtimeMismatchFlag], "fp16 → bf16 ⚠"),
        (.fp16, "f16", [], "fp16"),
        (.fp32, "f32", [], "fp32"),
        (.fp32, "bf16", [EffectivePrecision.runtimeMismatchFlag], "fp32 → bf16 ⚠"),
        (.int8, "f32", [], "int8"),  // an int8 model's float parts run in float: not a mismatch
    ])
    func theRuntimesPrecisionIsComparedWithTheAskedOne(asked: Precision, ran: String, flags: [String], label: String) {
        let effective = EffectivePrecision(requested: asked, runtime: ran, runtimeSource: "inference_precision")
        #expect(effective.flags == flags)
        var result = CaseResult(
            key: CaseKey(target: "t", model: "m", runtime: .openvino, precision: asked, threads: 1, batch: 1),
            status: .ok)
        result.effectivePrecision = effective
        #expect(result.precisionLabel == label)
        if !flags.isEmpty {
            #expect(effective.note == "asked \(asked.rawValue), the runtime ran bf16 (inference_precision: bf16)")
        }
    }

    @Test func anArtifactDeclaredToHoldAnotherPrecisionIsFlagged() {
        let effective = EffectivePrecision(
            requested: .fp16, runtime: nil, runtimeSource: "execution_provider CPUExecutionProvider", artifact: .fp32)
        #expect(effective.flags == [EffectivePrecision.artifactMismatchFlag])
        #expect(effective.note == "the fp16 artifact holds fp32 (declared in the suite)")
    }

    @Test func theCauseIsTheLastLineNotTheFirstCharacters() {
        let traceback =
            "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    run()\nValueError: sr must be 8000 or 16000\n"
        #expect(FailureText.cause(traceback) == "ValueError: sr must be 8000 or 16000")
        let long = String(repeating: "context ", count: 50) + "the cause"
        let short = FailureText.cause(long, limit: 40)
        #expect(short.count == 40 && short.hasPrefix("…") && short.hasSuffix("the cause"))
        let bounded = FailureText.bounded(long, limit: 100)
        #expect(
            bounded.hasPrefix("context ") && bounded.hasSuffix("the cause") && bounded.contains("characters left out"))
    }

    @Test func theSuiteDeclaresLimitsValuesRangesAndWhatAnArtifactHolds() throws {
        let folder = try TestFolder()
        let model = try folder.write("m.onnx", "not a real model")
        let sha = try SHA256.hex(ofFileAt: model)
        let file = try folder.write(
            "suite.yaml",
            """
            name: s
            models:
              - name: vad
                artifacts:
                  fp32: {path: m.onnx, sha256: "\(sha)"}
                  fp16: {path: m.onnx, sha256: "\(sha)", holds: fp32}
                inputs:
                  values: {sr: 16000, flags: [true, false]}
                  float_range: [-1, 1]
            runtimes: [onnxruntime]
            precisions: [fp32, fp16]
            accuracy:
              min_cosine: 0.99
              max_abs: 0.5
              per_output: {output: {max_abs: 0.05, min_top1: 0.9}}

            """)
        let suite = try ConfigLoader.loadSuite(at: file)
        let vad = try #require(suite.models.first)
        #expect(vad.artifacts[.fp16]?.holds == .fp32)
        #expect(vad.artifacts[.fp32]?.holds == nil)
        #expect(vad.inputs.values == ["sr": .int(16000), "flags": .list([.bool(true), .bool(false)])])
        #expect(vad.inputs.floatRange == [-1, 1])
        #expect(suite.accuracy.minCosine == 0.99 && suite.accuracy.maxAbs == 0.5)
        #expect(suite.accuracy.perOutput == ["output": .init(maxAbs: 0.05, minTop1: 0.9)])
    }

    @Test(arguments: [
        ("values: {sr: fast}", "expected a number, a boolean or a list of them for input 'sr'"),
        ("float_range: [1, -1]", "expected [low, high] with low < high, e.g. [-1, 1]"),
    ])
    func badInputValuesAreRefusedWithTheField(line: String, message: String) throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "suite.yaml",
            """
            name: s
            models:
              - name: tinycnn
                builtin: tinycnn
                inputs:
                  \(line)
            runtimes: [reference]
            precisions: [fp32]

            """)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        let text = error?.diagnostics.map(\.description).joined(separator: "\n") ?? ""
        #expect(text.contains(message), "\(text)")
        #expect(text.contains("suite.yaml:6:"), "\(text)")
    }

    @Test func oldStoredSpecsWithoutValuesStillDecode() throws {
        let json = #"{"seed": 7, "shapes": {}, "npy": {}}"#
        let inputs = try JSONDecoder().decode(SuiteConfig.Inputs.self, from: Data(json.utf8))
        #expect(inputs.seed == 7 && inputs.values.isEmpty && inputs.floatRange == nil)
    }
}

/// How a finished case is judged: limits turn it into `accuracy_failed`, a failed reference is said.
@Suite struct AccuracyJudgementTests {
    static let key = CaseKey(target: "t", model: "vad", runtime: .onnxruntime, precision: .int8, threads: 1, batch: 1)

    static func measured(_ outputs: [CaseResult.Output]) -> CaseResult {
        CaseResult(key: key, status: .ok, latenciesNs: [1_000, 2_000], outputs: outputs)
    }

    static func suite(_ accuracy: SuiteConfig.Accuracy, holds: Precision? = nil) -> SuiteConfig {
        let artifact = SuiteConfig.Artifact(
            path: "/m.onnx", sha256: String(repeating: "a", count: 64), format: .onnx, holds: holds)
        return SuiteConfig(
            name: "s", models: [.init(name: "vad", format: .onnx, artifacts: [.fp32: artifact, .int8: artifact])],
            runtimes: [.onnxruntime], precisions: [.fp32, .int8], accuracy: accuracy)
    }

    @Test func aCaseBeyondItsLimitIsAccuracyFailedAndKeepsItsMeasurements() {
        let judged = Self.measured(NumbersTests.candidate).judgedAccuracy(
            suite: Self.suite(.init(perOutput: ["output": .init(maxAbs: 0.05)])),
            referenceOutputs: NumbersTests.reference, referenceFailure: nil)
        #expect(judged.status == .accuracyFailed)
        #expect(judged.failure?.kind == "accuracy")
        #expect(
            judged.failure?.message
                == "beyond the suite's accuracy limits against fp32: output 'output': max abs error 0.2 > max_abs 0.05")
        #expect(judged.latenciesNs == [1_000, 2_000])
        #expect(judged.accuracy?.worstOutput == "output")
        #expect(judged.outputs == nil)
    }

    @Test func withinLimitsStaysOk() {
        let judged = Self.measured(NumbersTests.candidate).judgedAccuracy(
            suite: Self.suite(.init(minCosine: 0.99, maxAbs: 0.5)), referenceOutputs: NumbersTests.reference,
            referenceFailure: nil)
        #expect(judged.status == .ok)
        #expect(judged.accuracy?.limitsBroken == nil)
    }

    @Test func whenTheReferenceFailedTheCaseSaysSo() {
        let judged = Self.measured(NumbersTests.candidate).judgedAccuracy(
            suite: Self.suite(.init(minCosine: 0.99)), referenceOutputs: nil,
            referenceFailure: "the reference fp32 case failed (inference_failed: sr must be 8000 or 16000)")
        #expect(judged.status == .ok)
        #expect(judged.accuracy == nil)
        #expect(
            judged.accuracyNote
                == "no accuracy figures: the reference fp32 case failed (inference_failed: sr must be 8000 or 16000)")
    }

    @Test func aDeclaredArtifactPrecisionIsFoldedIn() {
        var result = Self.measured([])
        result.effectivePrecision = EffectivePrecision(
            requested: .int8, runtime: "f32", runtimeSource: "inference_precision")
        let judged = result.withDeclaredArtifact(suite: Self.suite(.init(), holds: .fp32))
        #expect(judged.effectivePrecision?.flags == [EffectivePrecision.artifactMismatchFlag])
        #expect(judged.effectivePrecision?.runtime == "f32")
        #expect(judged.precisionLabel == "int8 (holds fp32) ⚠")
    }
}
