import Foundation
import HILBenchCore
import HILBenchTesting
import Testing

/// Attack 2 (issue 18): every numeric field of a case spec is checked against the ranges the suite loader
/// enforces — the same `ConfigLimits` — so NaN, infinity and overflowing values are refused, naming the field.
@Suite struct CaseSpecValidationTests {
    static func spec() -> CaseSpec {
        CaseSpec(
            key: CaseKey(
                target: "board", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1),
            model: "tinycnn", format: .builtin, artifactSHA256: nil, inputs: .init(seed: 1), warmup: 2, iterations: 10,
            timeoutSeconds: 60, memorySamplePeriodMs: 10, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 0,
            marker: .init(backend: .none), adaptive: nil, thermal: SuiteConfig.Thermal())
    }

    struct Mutation: CustomTestStringConvertible, Sendable {
        var field: String
        var apply: @Sendable (inout CaseSpec) -> Void
        var testDescription: String { field }
    }

    /// The crashing values of the issue, and their neighbours.
    static let hostile: [Mutation] = [
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = .nan },
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = .infinity },
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = 9.3e9 },
        .init(field: "timeoutSeconds") { $0.timeoutSeconds = -1 },
        .init(field: "idleMs") { $0.idleMs = Int.max },
        .init(field: "memorySamplePeriodMs") { $0.memorySamplePeriodMs = Int.max },
        .init(field: "memorySamplePeriodMs") { $0.memorySamplePeriodMs = 0 },
        .init(field: "thermal.samplePeriodMs") { $0.thermal?.samplePeriodMs = Int.max },
        .init(field: "thermal.cooldownTimeoutSeconds") { $0.thermal?.cooldownTimeoutSeconds = .nan },
        .init(field: "thermal.cooldownBelowCelsius") { $0.thermal?.cooldownBelowCelsius = -.infinity },
        .init(field: "iterations") { $0.iterations = Int.max },
        .init(field: "warmup") { $0.warmup = -1 },
        .init(field: "key.threads") { $0.key.threads = -4 },
        .init(field: "key.batch") { $0.key.batch = 0 },
        .init(field: "adaptive.maxSeconds") { $0.adaptive = .init(maxSeconds: .infinity) },
        .init(field: "adaptive.maxIterations") { $0.adaptive = .init(maxIterations: 5) },
        .init(field: "marker.line") { $0.marker.line = 70_000 },
        .init(field: "options.x") { $0.options["x"] = .double(.nan) },
        .init(field: "options.x[0][0][0][0]") {
            $0.options["x"] = .list([.list([.list([.list([.list([.int(1)])])])])])
        },
        .init(field: "inputs.shapes.x") { $0.inputs.shapes["x"] = [1, 0] },
        .init(field: "key.target") { $0.key.target = "../x" },
        .init(field: "artifactSHA256") { $0.artifactSHA256 = "ABC" },
        .init(field: "inputs.values.sr") { $0.inputs.values["sr"] = .double(.nan) },
        .init(field: "inputs.values.sr") { $0.inputs.values["sr"] = .string("16000") },
        .init(field: "inputs.values.sr") { $0.inputs.values["sr"] = .list([.list([.int(1)])]) },
        .init(field: "inputs.floatRange") { $0.inputs.floatRange = [1, -1] },
        .init(field: "inputs.floatRange") { $0.inputs.floatRange = [0, .infinity] },
    ]

    @Test(arguments: hostile)
    func aHostileValueIsRefusedNamingItsField(_ mutation: Mutation) {
        var spec = Self.spec()
        mutation.apply(&spec)
        var refused: CaseSpec.InvalidField?
        do { try spec.validate() } catch { refused = error }
        #expect(refused?.field == mutation.field, "\(refused?.description ?? "accepted")")
    }

    @Test func theDefaultSpecIsValid() throws {
        try Self.spec().validate()
    }

    struct Bound: CustomTestStringConvertible, Sendable {
        var yaml: String
        var specField: String
        var range: ClosedRange<Int>
        var set: @Sendable (inout CaseSpec, Int) -> Void
        var testDescription: String { yaml }
    }

    /// One definition of the ranges: at each bound the loader and the spec check agree, and one past it both refuse.
    static let bounds: [Bound] = [
        .init(yaml: "measure.warmup", specField: "warmup", range: ConfigLimits.warmup) { $0.warmup = $1 },
        .init(yaml: "measure.iterations", specField: "iterations", range: ConfigLimits.iterations) {
            $0.iterations = $1
        },
        .init(yaml: "measure.memory_sample_ms", specField: "memorySamplePeriodMs", range: ConfigLimits.memorySampleMs) {
            $0.memorySamplePeriodMs = $1
        },
        .init(yaml: "energy.idle_ms", specField: "idleMs", range: ConfigLimits.idleMs) { $0.idleMs = $1 },
        .init(yaml: "thermal.sample_ms", specField: "thermal.samplePeriodMs", range: ConfigLimits.thermalSampleMs) {
            $0.thermal?.samplePeriodMs = $1
        },
        .init(
            yaml: "measure.timeout_s", specField: "timeoutSeconds",
            range: 1...Int(ConfigLimits.timeoutSeconds.upperBound)
        ) {
            $0.timeoutSeconds = Double($1)
        },
    ]

    @Test(arguments: bounds)
    func theLoaderAndTheAgentShareOneRange(_ bound: Bound) throws {
        let folder = try TestFolder()
        let parts = bound.yaml.split(separator: ".")
        func suite(_ value: Int) throws -> String {
            try folder.write(
                "s\(value).yaml",
                ConfigValidationTests.goodSuite.replacingOccurrences(
                    of: "measure:\n  warmup: 2\n  iterations: 50\n", with: "")
                    + "\(parts[0]):\n  \(parts[1]): \(value)\n")
        }
        for value in [bound.range.upperBound, bound.range.upperBound + 1, bound.range.lowerBound - 1] {
            var spec = Self.spec()
            bound.set(&spec, value)
            var specError: CaseSpec.InvalidField?
            do { try spec.validate() } catch { specError = error }
            var loaderError: ConfigError?
            do { _ = try ConfigLoader.loadSuite(at: try suite(value)) } catch let error as ConfigError {
                loaderError = error
            }
            let inRange = bound.range.contains(value)
            #expect(
                (specError == nil) == inRange, "\(bound.specField) = \(value): \(specError?.description ?? "accepted")")
            #expect(
                (loaderError == nil) == inRange, "\(bound.yaml) = \(value): \(loaderError?.description ?? "accepted")")
            if !inRange {
                #expect(specError?.field == bound.specField)
                #expect(loaderError?.diagnostics.map(\.field) == [bound.yaml])
            }
        }
    }
}
