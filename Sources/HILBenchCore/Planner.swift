import HILBenchNativeTools

/// One cell of the planned matrix: either runnable (with its spec) or skipped with the reason.
public struct PlannedCase: Sendable, Equatable {
    public var key: CaseKey
    public var spec: CaseSpec?
    /// Why the case cannot run here; nil when runnable.
    public var skipReason: String?
}

/// What a board can do, as far as planning needs to know (from the agent's `info`).
public struct BoardCapabilities: Sendable, Equatable {
    public var available: [RuntimeKind: String]
    public var unavailable: [RuntimeKind: String]

    public init(available: [RuntimeKind: String], unavailable: [RuntimeKind: String]) {
        self.available = available
        self.unavailable = unavailable
    }

    public init(info: AgentInfo) {
        var available: [RuntimeKind: String] = [:]
        var unavailable: [RuntimeKind: String] = [:]
        for runtime in info.runtimes {
            if runtime.available {
                available[runtime.runtime] = runtime.version ?? ""
            } else {
                unavailable[runtime.runtime] = runtime.reason ?? "not installed"
            }
        }
        self.init(available: available, unavailable: unavailable)
    }
}

/// Expands a suite over targets into cases. Pure: the same inputs give the same plan, in the same order.
public enum Planner {
    /// Plans the matrix. Pairs whose formats can never meet (the reference runtime and an ONNX file) are not
    /// cells of the suite and are left out; cells that could run elsewhere but not here are skipped with a reason.
    ///
    /// Order: target, model, runtime, threads, batch, then precision with the accuracy reference first, so the
    /// reference outputs exist before the other precisions are compared with them.
    public static func plan(
        suite: SuiteConfig, targets: [TargetConfig], capabilities: [String: BoardCapabilities]
    ) -> [PlannedCase] {
        var cases: [PlannedCase] = []
        let precisions = suite.precisions.sorted { lhs, rhs in
            if lhs == suite.accuracy.reference { return rhs != suite.accuracy.reference }
            if rhs == suite.accuracy.reference { return false }
            return lhs < rhs
        }
        for target in targets {
            for model in suite.models {
                for runtime in suite.runtimes where loads(runtime, model.format, suite: suite) {
                    for threads in suite.threads {
                        for batch in suite.batch {
                            // A tool's own model list is one run, whatever the precisions: its rows carry their own.
                            for precision in model.format == .toolModels ? Array(precisions.prefix(1)) : precisions {
                                let key = CaseKey(
                                    target: target.name, model: model.name, runtime: runtime, precision: precision,
                                    threads: threads, batch: batch)
                                cases.append(
                                    planOne(
                                        key: key, suite: suite, model: model, target: target,
                                        capabilities: capabilities[target.name]))
                            }
                        }
                    }
                }
            }
        }
        return cases
    }

    /// Whether `runtime` loads `format`; the `command` runtime loads what its tool loads.
    private static func loads(_ runtime: RuntimeKind, _ format: ModelFormat, suite: SuiteConfig) -> Bool {
        guard runtime.formats.contains(format) else { return false }
        guard runtime == .command, let options = try? NativeCommandOptions(suite.runtimeOptions[.command] ?? [:]) else {
            return true
        }
        return options.tool.modelFormats.contains(format)
    }

    private static func planOne(
        key: CaseKey, suite: SuiteConfig, model: SuiteConfig.Model, target: TargetConfig,
        capabilities: BoardCapabilities?
    ) -> PlannedCase {
        if let capabilities, capabilities.available[key.runtime] == nil {
            let why = capabilities.unavailable[key.runtime] ?? "not reported by the agent"
            return PlannedCase(
                key: key, spec: nil,
                skipReason: "runtime \(key.runtime.rawValue) is not available on \(target.name): \(why)")
        }
        let modelRef: String
        let sha: String?
        var weights: SuiteConfig.Artifact.Weights?
        if let builtin = model.builtin {
            modelRef = builtin
            sha = nil
        } else if let artifact = model.artifacts[key.precision] {
            modelRef = artifact.path
            sha = artifact.sha256
            weights = artifact.weights
        } else {
            let have = model.artifacts.keys.sorted().map(\.rawValue).joined(separator: ", ")
            return PlannedCase(
                key: key, spec: nil,
                skipReason: "model \(model.name) has no \(key.precision.rawValue) artifact (it has: \(have))")
        }
        var spec = CaseSpec(
            key: key, model: modelRef, format: model.format, artifactSHA256: sha, inputs: model.inputs,
            warmup: suite.measure.warmup, iterations: suite.measure.iterations,
            timeoutSeconds: suite.measure.timeoutSeconds,
            memorySamplePeriodMs: suite.measure.memorySamplePeriodMs, idleMs: suite.energy.idleMs,
            options: suite.runtimeOptions[key.runtime] ?? [:], collectOutputs: true,
            maxOutputValues: suite.accuracy.maxValues, marker: target.marker, adaptive: suite.measure.adaptive,
            thermal: suite.thermal, energyWindows: suite.energy.windows == .perRun ? nil : suite.energy.windows)
        spec.weights = weights?.path
        spec.weightsSHA256 = weights?.sha256
        spec.warmupSeconds = suite.measure.warmupSeconds
        spec.durationSeconds = suite.measure.durationSeconds
        spec.suiteDefaults = suite.defaultedKnobs
        spec.sensor = BoardSensor(meter: target.meter)
        return PlannedCase(key: key, spec: spec, skipReason: nil)
    }
}
