import Foundation
import HILBenchCore
import Testing

/// Each bad config gets exactly one error, naming file:line:column, the field and what was expected.
@Suite struct ConfigValidationTests {
    static let goodSuite = """
        name: s
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, int8]
        measure:
          warmup: 2
          iterations: 50

        """

    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        /// The expected diagnostic, with `FILE` standing for the file's path.
        var expected: String
        var testDescription: String { name }
    }

    static let badSuites: [BadCase] = [
        BadCase(
            name: "unknown key with did-you-mean",
            yaml: goodSuite.replacingOccurrences(of: "  iterations: 50", with: "  iteratons: 50"),
            expected:
                "FILE:9:3: error: measure.iteratons: unknown key 'iteratons' (did you mean 'iterations'?); known keys here: adaptive, duration_s, executions, iterations, memory_sample_ms, timeout_s, warmup, warmup_s"
        ),
        BadCase(
            name: "zero executions",
            yaml: goodSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 50\n  executions: 0"),
            expected: "FILE:10:15: error: measure.executions: must be at least 1, got 0"),
        BadCase(
            name: "too many executions",
            yaml: goodSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 50\n  executions: 101"),
            expected: "FILE:10:15: error: measure.executions: must be at most 100, got 101"),
        BadCase(
            name: "zero iterations", yaml: goodSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 0"),
            expected: "FILE:9:15: error: measure.iterations: must be at least 1, got 0"),
        BadCase(
            name: "negative warmup", yaml: goodSuite.replacingOccurrences(of: "warmup: 2", with: "warmup: -3"),
            expected: "FILE:8:11: error: measure.warmup: must be at least 0, got -3"),
        BadCase(
            name: "wrong type", yaml: goodSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: fifty"),
            expected: "FILE:9:15: error: measure.iterations: expected an integer, got the string 'fifty'"),
        BadCase(
            name: "unknown precision", yaml: goodSuite.replacingOccurrences(of: "[fp32, int8]", with: "[fp32, int4]"),
            expected:
                "FILE:6:20: error: precisions[1]: unknown precision 'int4' (did you mean 'int8'?); expected one of: fp32, fp16, int8"
        ),
        BadCase(
            name: "unknown runtime", yaml: goodSuite.replacingOccurrences(of: "[reference]", with: "[onnxruntim]"),
            expected:
                "FILE:5:12: error: runtimes[0]: unknown runtime 'onnxruntim' (did you mean 'onnxruntime'?); expected one of: reference, onnxruntime, openvino, litert, command"
        ),
        BadCase(
            name: "missing required field",
            yaml: goodSuite.replacingOccurrences(of: "runtimes: [reference]\n", with: ""),
            expected: "FILE:1:1: error: runtimes: missing required field 'runtimes'"),
        BadCase(
            name: "duplicate model names",
            yaml: goodSuite.replacingOccurrences(
                of: "runtimes:", with: "  - name: tinycnn\n    builtin: tinycnn\nruntimes:"),
            expected: "FILE:5:11: error: models[1].name: duplicate model name 'tinycnn'"),
        BadCase(
            name: "duplicate key", yaml: goodSuite.replacingOccurrences(of: "name: s\n", with: "name: s\nname: t\n"),
            expected: "FILE:2:1: error: name: duplicate key 'name' (first at line 1)"),
        BadCase(
            name: "list where a mapping belongs",
            yaml: goodSuite.replacingOccurrences(
                of: "measure:\n  warmup: 2\n  iterations: 50", with: "measure: [2, 50]"),
            expected: "FILE:7:10: error: measure: expected a mapping (key: value lines), got a list"),
        BadCase(
            name: "yaml syntax error", yaml: "name: s\nmodels: [tinycnn\n",
            expected: "FILE:3:1: error: YAML syntax error: did not find expected ',' or ']'"),
        BadCase(
            name: "duplicate list value",
            yaml: goodSuite.replacingOccurrences(of: "[fp32, int8]", with: "[fp32, fp32]"),
            expected: "FILE:6:20: error: precisions[1]: duplicate value"),
        BadCase(
            name: "unknown energy window mode", yaml: goodSuite + "energy:\n  windows: per_inferenc\n",
            expected:
                "FILE:11:12: error: energy.windows: unknown window mode 'per_inferenc' (did you mean 'per_inference'?); expected one of: per_run, per_inference"
        ),
        BadCase(
            name: "negative minimum pulse", yaml: goodSuite + "energy:\n  windows: per_inference\n  min_pulse_us: -5\n",
            expected: "FILE:12:17: error: energy.min_pulse_us: must be at least 0, got -5"),
        BadCase(
            name: "minimum pulse of more than a second", yaml: goodSuite + "energy:\n  min_pulse_us: 2000000\n",
            expected: "FILE:11:17: error: energy.min_pulse_us: must be at most 1000000, got 2000000"),
        BadCase(
            name: "minimum pulse as text", yaml: goodSuite + "energy:\n  min_pulse_us: 50us\n",
            expected: "FILE:11:17: error: energy.min_pulse_us: expected an integer, got the string '50us'"),
        BadCase(
            name: "unknown energy key", yaml: goodSuite + "energy:\n  window: per_run\n",
            expected:
                "FILE:11:3: error: energy.window: unknown key 'window' (did you mean 'windows'?); known keys here: idle_ms, min_pulse_us, subtract_idle, windows"
        ),
        BadCase(
            name: "alias refused", yaml: goodSuite + "runtime_options:\n  onnxruntime: &o {intra: 1}\n  openvino: *o\n",
            expected:
                "FILE:11:16: error: YAML anchors and aliases are not supported in hilbench files ('&o'); write the value out"
        ),
    ]

    @Test(arguments: badSuites)
    func badSuiteGetsItsExactError(_ bad: BadCase) throws {
        // Given a suite file with one mistake
        let folder = try TestFolder()
        let file = try folder.write("suite.yaml", bad.yaml)
        // When it is loaded
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        // Then the first diagnostic is the expected one, located in that file
        let first = try #require(error?.diagnostics.first)
        #expect(first.description == bad.expected.replacingOccurrences(of: "FILE", with: file))
    }

    @Test func anAliasBombIsRefusedBeforeItIsExpanded() throws {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1..<9 {
            yaml +=
                "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) ["
                + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 9).joined(separator: ", ")
                + "]\n"
        }
        let folder = try TestFolder()
        let file = try folder.write("bomb.yaml", yaml)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        #expect(
            error?.diagnostics.first?.description
                == "\(file):1:4: error: YAML anchors and aliases are not supported in hilbench files ('&a'); write the value out"
        )
    }

    @Test func starsInsideTextAreNotAliases() throws {
        let folder = try TestFolder()
        let suite = try ConfigLoader.loadSuite(
            at: try folder.write("suite.yaml", Self.goodSuite + "description: uses *bold* & more # *not* an alias\n"))
        #expect(suite.description == "uses *bold* & more")
    }

    @Test func executionsAreReadAndTheAutomaticCountFollowsTheBudget() throws {
        let folder = try TestFolder()
        let yaml = Self.goodSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 50\n  executions: 6")
        #expect(try ConfigLoader.loadSuite(at: try folder.write("suite.yaml", yaml)).measure.executions == 6)
        // 20 s of board time per case: 10 executions of ≤ 2 s, 4 of 5 s, never fewer than 3.
        #expect(SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: 0.5) == 10)
        #expect(SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: 5) == 4)
        #expect(SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: 60) == 3)
    }

    @Test func theGoodSuiteLoads() throws {
        let folder = try TestFolder()
        let suite = try ConfigLoader.loadSuite(at: try folder.write("suite.yaml", Self.goodSuite))
        #expect(suite.name == "s")
        #expect(suite.precisions == [.fp32, .int8])
        #expect(suite.measure.iterations == 50)
        #expect(suite.measure.warmup == 2)
        #expect(suite.measure.executions == nil)
        #expect(suite.models.first?.builtin == "tinycnn")
        #expect(suite.threads == [1])
    }

    static let board = TargetConfig(
        name: "b", transport: .local(agentPath: nil), chip: .init(soc: "x"), marker: .simulated, meter: .simulated)

    @Test func energyWindowsDefaultToPerRunWithoutAGlitchFilter() throws {
        let folder = try TestFolder()
        let suite = try ConfigLoader.loadSuite(at: try folder.write("suite.yaml", Self.goodSuite))
        #expect(suite.energy.windows == .perRun)
        #expect(suite.energy.minPulseUs == 0)
        let plan = Planner.plan(suite: suite, targets: [Self.board], capabilities: [:])
        #expect(plan.compactMap(\.spec).count == 2)
        #expect(plan.compactMap(\.spec).allSatisfy { $0.energyWindows == nil })
    }

    @Test func perInferenceWindowsAndTheGlitchFilterReachTheCase() throws {
        let folder = try TestFolder()
        let suite = try ConfigLoader.loadSuite(
            at: try folder.write(
                "suite.yaml", Self.goodSuite + "energy:\n  windows: per_inference\n  min_pulse_us: 50\n"))
        #expect(suite.energy.windows == .perInference)
        #expect(suite.energy.minPulseUs == 50)
        #expect(suite.energy.idleMs == 100)
        let specs = Planner.plan(suite: suite, targets: [Self.board], capabilities: [:]).compactMap(\.spec)
        #expect(specs.count == 2)
        #expect(specs.allSatisfy { $0.energyWindows == .perInference })
    }

    @Test func aStoredSuiteFromBeforePerInferenceWindowsStillDecodes() throws {
        let old = Data(#"{"idleMs": 30, "subtractIdle": false}"#.utf8)
        let energy = try JSONDecoder().decode(SuiteConfig.Energy.self, from: old)
        #expect(energy == SuiteConfig.Energy(idleMs: 30, subtractIdle: false, windows: .perRun, minPulseUs: 0))
    }

    @Test func missingArtifactFileIsNamed() throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "suite.yaml",
            """
            name: s
            models:
              - name: m
                artifacts:
                  fp32: {path: models/m.onnx, sha256: "\(String(repeating: "a", count: 64))"}
            runtimes: [onnxruntime]

            """)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        #expect(
            error?.diagnostics.map(\.description) == [
                "\(file):5:20: error: models[0].artifacts.fp32.path: artifact file not found: \(folder.path)/models/m.onnx"
            ])
    }

    @Test func artifactWithTheWrongSha256IsRefused() throws {
        let folder = try TestFolder()
        try folder.write("models/m.onnx", "not really a model")
        let pinned = String(repeating: "0", count: 64)
        let file = try folder.write(
            "suite.yaml",
            """
            name: s
            models:
              - name: m
                artifacts:
                  fp32: {path: models/m.onnx, sha256: "\(pinned)"}
            runtimes: [onnxruntime]

            """)
        let actual = SHA256.hex(of: Array("not really a model".utf8))
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        #expect(
            error?.diagnostics.map(\.description) == [
                "\(file):5:43: error: models[0].artifacts.fp32.sha256: sha256 mismatch for models/m.onnx: the file has \(actual), the suite pins \(pinned)"
            ])
    }

    @Test func artifactWithTheRightSha256LoadsWithAnAbsolutePath() throws {
        let folder = try TestFolder()
        try folder.write("models/m.onnx", "bytes")
        let file = try folder.write(
            "suite.yaml",
            """
            name: s
            models:
              - name: m
                artifacts:
                  fp32: {path: models/m.onnx, sha256: "\(SHA256.hex(of: Array("bytes".utf8)))"}
            runtimes: [onnxruntime, openvino]

            """)
        let suite = try ConfigLoader.loadSuite(at: file)
        #expect(suite.models[0].format == .onnx)
        #expect(suite.models[0].artifacts[.fp32]?.path == "\(folder.path)/models/m.onnx")
    }

    @Test func everyProblemInAFileIsReportedAtOnce() throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "suite.yaml",
            Self.goodSuite
                .replacingOccurrences(of: "iterations: 50", with: "iterations: 0")
                .replacingOccurrences(of: "[reference]", with: "[tensorrt]"))
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        #expect(error?.diagnostics.count == 2)
        #expect(error?.diagnostics.map(\.field) == ["runtimes[0]", "measure.iterations"])
    }

    @Test func badTargetsGetTheirErrors() throws {
        let folder = try TestFolder()
        let wrongKind = try folder.write("a.yaml", "name: a\ntransport:\n  kind: serial\nchip:\n  soc: x\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: wrongKind) }
        #expect(
            error?.diagnostics.first?.description
                == "\(wrongKind):3:9: error: transport.kind: unknown transport kind 'serial'; expected one of: local, ssh, http"
        )

        let sshWithoutKnownHosts = try folder.write(
            "b.yaml", "name: b\ntransport:\n  kind: ssh\n  host: 10.0.0.2\nchip:\n  soc: x\n")
        let error2 = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: sshWithoutKnownHosts) }
        #expect(
            error2?.diagnostics.first?.description
                == "\(sshWithoutKnownHosts):3:3: error: transport.known_hosts: missing required field 'known_hosts'")

        let badName = try folder.write(
            "c.yaml", "name: \"my board; rm -rf /\"\ntransport:\n  kind: local\nchip:\n  soc: x\n")
        let error3 = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: badName) }
        #expect(error3?.diagnostics.first?.field == "name")
        #expect(error3?.diagnostics.first?.line == 1)
    }

    /// The stdio agent's store quota on an SSH board (`hilbench-agent stdio --max-store-mb`).
    @Test func anSSHBoardsStoreQuotaIsReadAndRanged() throws {
        let folder = try TestFolder()
        let head = "name: b\ntransport:\n  kind: ssh\n  host: 10.0.0.2\n  known_hosts: kh\n"
        let good = try ConfigLoader.loadTarget(
            at: try folder.write("a.yaml", head + "  artifact_store_max_mb: 512\nchip:\n  soc: x\n"))
        guard case .ssh(let ssh) = good.transport else {
            Issue.record("expected an ssh transport, got \(good.transport)")
            return
        }
        #expect(ssh.artifactStoreMaxMB == 512)
        let zero = try folder.write("b.yaml", head + "  artifact_store_max_mb: 0\nchip:\n  soc: x\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: zero) }
        #expect(
            error?.diagnostics.first?.description
                == "\(zero):6:26: error: transport.artifact_store_max_mb: must be at least 1, got 0")
    }

    @Test func otiiMetersAreReadAndChecked() throws {
        let folder = try TestFolder()
        let head = "name: o\ntransport:\n  kind: local\nchip:\n  soc: x\nmeter:\n  kind: otii\n"
        let good = try ConfigLoader.loadTarget(
            at: try folder.write(
                "a.yaml", head + "  host: 10.0.0.9\n  port: 1906\n  device: Arc-1\n  digital_input: i2\n"))
        #expect(good.meter.kind == .otii)
        #expect(
            good.meter.host == "10.0.0.9" && good.meter.port == 1906 && good.meter.device == "Arc-1"
                && good.meter.digitalInput == .i2)
        let noHost = try folder.write("b.yaml", head + "  port: 1905\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: noHost) }
        #expect(
            error?.diagnostics.map(\.description) == ["\(noHost):7:3: error: meter.host: missing required field 'host'"]
        )
        let badInput = try folder.write("c.yaml", head + "  host: 127.0.0.1\n  digital_input: d0\n")
        let error2 = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: badInput) }
        #expect(
            error2?.diagnostics.map(\.description) == [
                "\(badInput):9:18: error: meter.digital_input: unknown Otii digital input 'd0' (did you mean 'i1'?); expected one of: i1, i2"
            ])
        let badPort = try folder.write("d.yaml", head + "  host: 127.0.0.1\n  port: 70000\n")
        let error3 = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: badPort) }
        #expect(error3?.diagnostics.first?.field == "meter.port")
        #expect(error3?.diagnostics.first?.line == 9)
        let powered = try ConfigLoader.loadTarget(
            at: try folder.write(
                "e.yaml",
                head + """
                      host: 127.0.0.1
                      credentials: /etc/hilbench/otii.json
                      supply: otii
                      supply_v: 1.8
                      logic_v: 1.8

                    """))
        #expect(powered.meter.credentials == "/etc/hilbench/otii.json" && powered.meter.supply == .otii)
        #expect(
            powered.meter.supplyVolts == 1.8 && powered.meter.logicVolts == 1.8 && powered.meter.maxCurrentAmps == nil)
        let noVolts = try folder.write("f.yaml", head + "  host: 127.0.0.1\n  supply: otii\n")
        let error4 = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: noVolts) }
        #expect(error4?.diagnostics.map(\.field) == ["meter.supply_v"])
    }

    @Test func scpiCurrentRangeIsAutoOrAmps() throws {
        let folder = try TestFolder()
        let head = "name: s\ntransport:\n  kind: local\nchip:\n  soc: x\nmeter:\n  kind: scpi\n  host: 10.0.0.9\n"
        let auto = try ConfigLoader.loadTarget(at: try folder.write("a.yaml", head + "  current_range: auto\n"))
        #expect(auto.meter.currentAutoRange == true && auto.meter.currentRangeAmps == nil)
        let fixed = try ConfigLoader.loadTarget(at: try folder.write("b.yaml", head + "  current_range: 0.1\n"))
        #expect(fixed.meter.currentRangeAmps == 0.1 && fixed.meter.currentAutoRange == nil)
        let bad = try folder.write("c.yaml", head + "  current_range: lots\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: bad) }
        #expect(error?.diagnostics.map(\.field) == ["meter.current_range"])
    }

    @Test func duplicateTargetNamesAcrossFilesAreRefused() throws {
        let folder = try TestFolder()
        let text = "name: same\ntransport:\n  kind: local\nchip:\n  soc: x\n"
        let a = try folder.write("a.yaml", text)
        let b = try folder.write("b.yaml", text)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTargets(at: [a, b]) }
        #expect(
            error?.diagnostics.map(\.description) == ["\(b): error: name: duplicate target name 'same' (also in \(a))"])
    }

    @Test func theShippedFilesLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let target = try ConfigLoader.loadTarget(at: "\(root)/Targets/local.yaml")
        #expect(target.name == "local")
        #expect(target.transport == .local(agentPath: nil))
        #expect(target.meter.kind == .simulated)
        #expect(target.meter.sampleRateHz == 10_000)
        let suite = try ConfigLoader.loadSuite(at: "\(root)/Suites/quickstart.yaml")
        #expect(suite.precisions == [.fp32, .fp16, .int8])
    }
}

@Suite struct AdaptiveConfigTests {
    @Test func adaptiveStoppingIsReadAndItsCapChecked() throws {
        let folder = try TestFolder()
        let good = try ConfigLoader.loadSuite(
            at: try folder.write(
                "a.yaml",
                ConfigValidationTests.goodSuite
                    + "  adaptive: {target_ci: 0.02, batch: 25, max_iterations: 5000, max_seconds: 30}\n"))
        #expect(
            good.measure.adaptive
                == SuiteConfig.Adaptive(targetHalfWidth: 0.02, batch: 25, maxIterations: 5000, maxSeconds: 30))
        let file = try folder.write("b.yaml", ConfigValidationTests.goodSuite + "  adaptive: {max_iterations: 10}\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        #expect(
            error?.diagnostics.first?.description
                == "\(file):10:13: error: measure.adaptive.max_iterations: must be at least measure.iterations (50), got 10"
        )
    }

    @Test func adaptiveExecutionsAreReadAndRefusedBesideAFixedCount() throws {
        let folder = try TestFolder()
        let good = try ConfigLoader.loadSuite(
            at: try folder.write("a.yaml", ConfigValidationTests.goodSuite + "  adaptive: {max_executions: 12}\n"))
        #expect(good.measure.adaptive?.maxExecutions == 12)
        #expect(good.measure.executions == nil)
        let both = try folder.write(
            "b.yaml", ConfigValidationTests.goodSuite + "  executions: 5\n  adaptive: {max_executions: 12}\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: both) }
        #expect(
            error?.diagnostics.first?.description
                == "\(both):10:15: error: measure.executions: is fixed at 5 while adaptive.max_executions chooses the count: give one of the two"
        )
        let outOfRange = try folder.write(
            "c.yaml", ConfigValidationTests.goodSuite + "  adaptive: {max_executions: 0}\n")
        let rangeError = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: outOfRange) }
        #expect(rangeError?.diagnostics.first?.description.contains("measure.adaptive.max_executions") == true)
    }
}

@Suite struct PowerRelayConfigTests {
    static let board = "name: b\ntransport:\n  kind: local\nchip:\n  soc: x\n"

    @Test func aCommandRelayIsReadAsArgumentArrays() throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "b.yaml",
            Self.board + """
                power:
                  relay: {kind: command, off: [/usr/bin/pdu, off, "3"], on: [/usr/bin/pdu, on, "3"]}
                  off_s: 5
                  boot_timeout_s: 90

                """)
        let target = try ConfigLoader.loadTarget(at: file)
        #expect(
            target.power
                == TargetConfig.Power(
                    relay: .command(off: ["/usr/bin/pdu", "off", "3"], on: ["/usr/bin/pdu", "on", "3"]),
                    offSeconds: 5, bootTimeoutSeconds: 90))
    }

    @Test func aGPIORelayTakesItsDefaults() throws {
        let folder = try TestFolder()
        let target = try ConfigLoader.loadTarget(
            at: try folder.write(
                "b.yaml", Self.board + "power:\n  relay: {kind: gpio, chip: gpiochip0, line: 17, active_low: true}\n"))
        #expect(
            target.power
                == TargetConfig.Power(
                    relay: .gpio(chip: "gpiochip0", line: 17, activeLow: true), offSeconds: 2, bootTimeoutSeconds: 120))
        #expect(try ConfigLoader.loadTarget(at: try folder.write("c.yaml", Self.board)).power == nil)
    }

    @Test(arguments: [
        (
            "power:\n  relay: {kind: command, off: \"pdu off 3\", on: [pdu, on]}\n",
            "FILE:7:31: error: power.relay.off: expected a list, got the string 'pdu off 3'"
        ),
        (
            "power:\n  relay: {kind: command, off: [], on: [pdu, on]}\n",
            "FILE:7:31: error: power.relay.off: expected an argument array such as [pdu, off, '3'], got an empty list"
        ),
        (
            "power:\n  relay: {kind: usb, off: [a], on: [b]}\n",
            "FILE:7:17: error: power.relay.kind: unknown relay kind 'usb'; expected one of: gpio, command"
        ),
        (
            "power:\n  relay: {kind: gpio, chip: gpiochip0}\n",
            "FILE:7:10: error: power.relay.line: missing required field 'line'"
        ),
        (
            "power:\n  relay: {kind: gpio, chip: gpiochip0, line: 3}\n  boot_timeout_s: 0\n",
            "FILE:8:19: error: power.boot_timeout_s: must be at least 1.0, got 0.0"
        ),
    ])
    func aBadRelayIsNamed(_ yaml: String, _ expected: String) throws {
        let folder = try TestFolder()
        let file = try folder.write("b.yaml", Self.board + yaml)
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: file) }
        #expect(error?.diagnostics.first?.description == expected.replacingOccurrences(of: "FILE", with: file))
    }
}

@Suite struct MarkerCaptureConfigTests {
    @Test func aCaptureInputIsReadAndALibgpiodOneNeedsItsChipAndLine() throws {
        let folder = try TestFolder()
        let board = "name: b\ntransport:\n  kind: local\nchip:\n  soc: x\n"
        let gpio = try ConfigLoader.loadTarget(
            at: try folder.write(
                "a.yaml",
                board
                    + "marker:\n  backend: libgpiod\n  chip: gpiochip1\n  line: 4\n  capture: {backend: libgpiod, chip: gpiochip0, line: 23, active_low: true}\n"
            ))
        #expect(
            gpio.marker.capture
                == TargetConfig.Marker.Capture(backend: .libgpiod, chip: "gpiochip0", line: 23, activeLow: true))
        let file = try folder.write(
            "b.yaml", board + "marker:\n  backend: simulated\n  capture: {backend: libgpiod, line: 23}\n")
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadTarget(at: file) }
        #expect(
            error?.diagnostics.first?.description
                == "\(file):8:12: error: marker.capture.chip: missing required field 'chip'")
    }
}
