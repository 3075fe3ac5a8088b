import Foundation
import HILBenchNativeTools
import Yams

/// Loads and validates target and suite files. Every problem in a file is reported, each located.
public enum ConfigLoader {
    /// The largest config file accepted (a guard against feeding it something that is not a config).
    public static let maxFileBytes = 1 << 20

    private static func isValidName(_ name: String) -> Bool { ConfigLimits.isValidName(name) }

    /// Loads a target (board) file.
    public static func loadTarget(at path: String) throws(ConfigError) -> TargetConfig {
        let (root, sink) = try parse(path)
        let map = try hilbenchMapping(
            root, path: path, what: "target", keys: ["name", "transport", "chip", "marker", "meter", "power"])
        let target = readTarget(map, path: path)
        map.rejectUnknownKeys()
        guard sink.diagnostics.isEmpty, let target else { throw ConfigError(sink.diagnostics) }
        return target
    }

    /// Loads a suite file; artifact paths are resolved against its folder and their sha256 checked.
    ///
    /// - Parameter artifactRoots: folders besides the suite's own where models, weights and `.npy` inputs may be
    ///   (`--artifact-root`); a path outside all of them (`..`, absolute, a symlink out) is an error at its field.
    public static func loadSuite(
        at path: String, verifyArtifacts: Bool = true, artifactRoots: [String] = []
    ) throws(ConfigError) -> SuiteConfig {
        let (root, sink) = try parse(path)
        let map = try hilbenchMapping(
            root, path: path, what: "suite", keys: ["name", "models", "runtimes", "measure", "energy"])
        let folders = ArtifactFolders(suiteFolder: (path as NSString).deletingLastPathComponent, roots: artifactRoots)
        let suite = readSuite(map, path: path, verifyArtifacts: verifyArtifacts, folders: folders)
        map.rejectUnknownKeys()
        guard sink.diagnostics.isEmpty, let suite else { throw ConfigError(sink.diagnostics) }
        return suite
    }

    /// The top-level mapping, if the file looks like a hilbench file at all. A file that is not (a key file, an
    /// `.env`, `/etc/shadow` through a symlink) gets one line that quotes none of its content: its lines must
    /// not come back as "unknown key" errors.
    private static func hilbenchMapping(
        _ root: YAMLValue, path: String, what: String, keys: Set<String>
    ) throws(ConfigError) -> YAMLMapping {
        let notOurs = ConfigError([
            ConfigDiagnostic(
                file: path, line: nil, column: nil, field: "",
                message:
                    "not a hilbench \(what) file: expected a YAML mapping with \(keys.sorted().joined(separator: ", "))"
            )
        ])
        guard case .mapping(let mapping) = root.node else { throw notOurs }
        let present = mapping.compactMap { key, _ -> String? in
            if case .scalar(let scalar) = key { scalar.string } else { nil }
        }
        guard present.contains(where: keys.contains) else { throw notOurs }
        guard let map = root.mapping() else { throw notOurs }
        return map
    }

    /// Loads several target files and rejects duplicate board names across them.
    public static func loadTargets(at paths: [String]) throws(ConfigError) -> [TargetConfig] {
        var targets: [TargetConfig] = []
        var diagnostics: [ConfigDiagnostic] = []
        for path in paths {
            do throws(ConfigError) {
                let target = try loadTarget(at: path)
                if let other = targets.first(where: { $0.name == target.name }) {
                    diagnostics.append(
                        ConfigDiagnostic(
                            file: path, line: nil, column: nil, field: "name",
                            message: "duplicate target name '\(target.name)' (also in \(other.sourcePath))"))
                } else {
                    targets.append(target)
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw ConfigError(diagnostics) }
        return targets
    }

    // MARK: - Parsing

    private static func parse(_ path: String) throws(ConfigError) -> (YAMLValue, DiagnosticSink) {
        let sink = DiagnosticSink(file: path)
        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> ConfigError {
            ConfigError([ConfigDiagnostic(file: path, line: line, column: column, field: "", message: message)])
        }
        // The size and type of what the path finally names (a symlink's own size says nothing).
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved) else {
            throw fail("no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw fail("not a regular file; a hilbench config is a YAML file")
        }
        if let size = attributes[.size] as? Int, size > maxFileBytes {
            throw fail("file is \(size) bytes; a config file may be at most \(maxFileBytes) bytes")
        }
        // Read at most one byte past the limit: the size above can lie (a FIFO, /dev/zero, a file still growing).
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot read the file") }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxFileBytes + 1) ?? Data() else {
            throw fail("cannot read the file")
        }
        if data.count > maxFileBytes {
            throw fail("file is larger than \(maxFileBytes) bytes; a config file may be at most \(maxFileBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("the file is not UTF-8 text") }
        if let problem = YAMLEventCheck.firstProblem(in: text, maxDepth: ConfigLimits.fileDepth) {
            throw fail(problem.message, line: problem.line, column: problem.column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw duplicateKeyError(duplicates, mapping: context.mark, text: text, path: path)
        } catch let error as YamlError {
            throw yamlSyntaxError(error, path: path)
        } catch {
            throw fail("not valid YAML: \(error)")
        }
        guard let root else { throw fail("the file is empty; expected a mapping with at least 'name'") }
        return (YAMLValue(node: root, path: "", sink: sink), sink)
    }

    /// Yams refuses duplicate keys while composing and names only the mapping; find the repeated line so the
    /// error points at it like every other error.
    private static func duplicateKeyError(_ keys: [String], mapping: Mark, text: String, path: String) -> ConfigError {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: max(0, mapping.column - 1))
        var diagnostics: [ConfigDiagnostic] = []
        for key in keys.sorted() {
            var seen: [Int] = []
            for index in min(max(0, mapping.line - 1), lines.count)..<lines.count {
                let line = lines[index]
                if line.hasPrefix(indent + key + ":") || line.hasPrefix(indent + "\"" + key + "\":") {
                    seen.append(index + 1)
                }
            }
            let line = seen.count >= 2 ? seen[1] : mapping.line
            let first = seen.first.map { " (first at line \($0))" } ?? ""
            diagnostics.append(
                ConfigDiagnostic(
                    file: path, line: line, column: mapping.column, field: key,
                    message: "duplicate key '\(key)'\(first)"))
        }
        return ConfigError(diagnostics)
    }

    private static func yamlSyntaxError(_ error: YamlError, path: String) -> ConfigError {
        let (problem, mark): (String, Mark?) =
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                (problem, mark)
            case .reader(let problem, _, _, _): (problem, nil)
            default: ("\(error)", nil)
            }
        return ConfigError([
            ConfigDiagnostic(
                file: path, line: mark?.line, column: mark?.column, field: "", message: "YAML syntax error: \(problem)")
        ])
    }

    // MARK: - Target

    private static func readName(_ map: YAMLMapping) -> String? {
        guard let value = map.value("name", required: true), let name = value.string() else { return nil }
        guard isValidName(name) else {
            value.sink.error(
                value.node, value.path,
                "'\(name)' is not a valid name: use letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit)"
            )
            return nil
        }
        return name
    }

    /// A path on the board (the agent reads it there): absolute and without `..`, never resolved against the file.
    private static func boardPath(_ value: YAMLValue?) -> String? {
        guard let value, let path = value.string() else { return nil }
        guard path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            value.sink.error(value.node, value.path, "expected an absolute path on the board, without '..'")
            return nil
        }
        return path
    }

    private static func readTarget(_ map: YAMLMapping, path: String) -> TargetConfig? {
        let baseDir = (path as NSString).deletingLastPathComponent
        let name = readName(map)
        let description = map.value("description")?.string()
        let transport = map.value("transport", required: true)?.mapping().flatMap {
            readTransport($0, baseDir: baseDir)
        }
        let chip = map.value("chip", required: true)?.mapping().flatMap(readChip)
        let marker = map.value("marker").map { $0.mapping().flatMap(readMarker) } ?? .simulated
        let meterValue = map.value("meter")
        let meter = meterValue.map { $0.mapping().flatMap(readMeter) } ?? TargetConfig.Meter.none
        let power = map.value("power").map { $0.mapping().flatMap(readPower) }
        guard let name, let transport, let chip, let marker, let meter else { return nil }
        if case .some(.none) = power { return nil }
        return TargetConfig(
            name: name, description: description, transport: transport, chip: chip, marker: marker, meter: meter,
            power: power ?? nil, sourcePath: path)
    }

    private enum RelayKind: String, CaseIterable { case gpio, command }

    private static func readPower(_ map: YAMLMapping) -> TargetConfig.Power? {
        defer { map.rejectUnknownKeys() }
        let relay = map.value("relay", required: true)?.mapping().flatMap(readRelay)
        var ok = relay != nil
        var offSeconds = 2.0
        var bootTimeout = 120.0
        if let value = map.value("off_s") {
            if let v = value.double(min: 0, max: 3_600) { offSeconds = v } else { ok = false }
        }
        if let value = map.value("boot_timeout_s") {
            if let v = value.double(min: 1, max: 86_400) { bootTimeout = v } else { ok = false }
        }
        guard ok, let relay else { return nil }
        return TargetConfig.Power(relay: relay, offSeconds: offSeconds, bootTimeoutSeconds: bootTimeout)
    }

    private static func readRelay(_ map: YAMLMapping) -> TargetConfig.Power.Relay? {
        defer { map.rejectUnknownKeys() }
        guard let kind = map.value("kind", required: true)?.oneOf(RelayKind.self, what: "relay kind") else {
            return nil
        }
        switch kind {
        case .gpio:
            let chip = map.value("chip", required: true)?.string()
            let line = map.value("line", required: true)?.int(in: ConfigLimits.gpioLine)
            let activeLow = map.value("active_low")?.bool() ?? false
            guard let chip, let line else { return nil }
            return .gpio(chip: chip, line: line, activeLow: activeLow)
        case .command:
            let off = readCommand(map.value("off", required: true))
            let on = readCommand(map.value("on", required: true))
            guard let off, let on else { return nil }
            return .command(off: off, on: on)
        }
    }

    /// A command as an argument array (a shell string is refused: nothing from a config reaches a shell).
    private static func readCommand(_ value: YAMLValue?) -> [String]? {
        guard let value else { return nil }
        guard let items = value.sequence() else { return nil }
        var arguments: [String] = []
        for item in items {
            guard let argument = item.string() else { return nil }
            arguments.append(argument)
        }
        guard !arguments.isEmpty, !arguments[0].isEmpty else {
            value.sink.error(
                value.node, value.path, "expected an argument array such as [pdu, off, '3'], got an empty list")
            return nil
        }
        return arguments
    }

    private static func resolve(_ path: String?, baseDir: String) -> String? {
        guard let path else { return nil }
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        return URL(fileURLWithPath: baseDir.isEmpty ? "." : baseDir).appendingPathComponent(path).standardizedFileURL
            .path
    }

    private enum TransportKind: String, CaseIterable { case local, ssh, http }

    private static func readTransport(_ map: YAMLMapping, baseDir: String) -> TargetConfig.Transport? {
        defer { map.rejectUnknownKeys() }
        guard let kind = map.value("kind", required: true)?.oneOf(TransportKind.self, what: "transport kind") else {
            return nil
        }
        switch kind {
        case .local:
            return .local(agentPath: resolve(map.value("agent_path")?.string(), baseDir: baseDir))
        case .ssh:
            let host = map.value("host", required: true)?.string()
            let port = map.value("port")?.int(min: 1, max: 65535) ?? 22
            let user = map.value("user")?.string()
            let identity = resolve(map.value("identity_file")?.string(), baseDir: baseDir)
            let knownHosts = map.value("known_hosts", required: true)?.string()
            let proxyJump = map.value("proxy_jump")?.string()
            let agentPath = map.value("agent_path")?.string() ?? "hilbench-agent"
            let httpURL = map.value("http_url")?.string()
            let tokenFile = resolve(map.value("token_file")?.string(), baseDir: baseDir)
            let artifactStore = map.value("artifact_store")?.string()  // a path on the board: not resolved here
            let artifactStoreMaxMB = map.value("artifact_store_max_mb")?.int(min: 1, max: 1_048_576)
            // These reach ssh's command line: a value starting with '-' would be read as an option (-oProxyCommand=…).
            var injected = false
            for (field, value) in [("host", host), ("user", user), ("proxy_jump", proxyJump)] {
                guard let value, let problem = sshWordProblem(value, field: field) else { continue }
                map.sink.error(map.value(field)?.node, map.child(field), problem)
                injected = true
            }
            if injected { return nil }
            guard let host, let knownHosts else { return nil }
            return .ssh(
                .init(
                    host: host, port: port, user: user, identityFile: identity,
                    knownHosts: resolve(knownHosts, baseDir: baseDir) ?? knownHosts,
                    proxyJump: proxyJump, agentPath: agentPath, httpURL: httpURL, tokenFile: tokenFile,
                    artifactStore: artifactStore, artifactStoreMaxMB: artifactStoreMaxMB))
        case .http:
            let urlValue = map.value("url", required: true)
            let url = urlValue?.string()
            let token = resolve(map.value("token_file")?.string(), baseDir: baseDir)
            let ca = resolve(map.value("ca_file")?.string(), baseDir: baseDir)
            let pinned = map.value("pinned_public_key")?.string()
            guard let url else { return nil }
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                map.sink.error(urlValue?.node, map.child("url"), "expected an http:// or https:// URL, got '\(url)'")
                return nil
            }
            return .http(.init(url: url, tokenFile: token, caFile: ca, pinnedPublicKey: pinned))
        }
    }

    /// Why an ssh host, user or jump host cannot be passed to ssh as one plain word, or nil.
    static func sshWordProblem(_ value: String, field: String) -> String? {
        if value.isEmpty { return "may not be empty" }
        if value.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7f }) {
            return "may not contain spaces or control characters"
        }
        let parts =
            field == "proxy_jump"
            ? value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) : [value]
        for part in parts {
            // user@host:port: neither the whole nor the host after '@' may look like an option.
            let host = part.split(separator: "@", maxSplits: 1).last.map(String.init) ?? part
            if part.hasPrefix("-") || host.hasPrefix("-") || part.isEmpty {
                return "'\(value.prefix(80))' would be read by ssh as an option (it starts with '-')"
            }
        }
        if field == "user", value.contains("@") || value.contains(":") { return "a user name has no '@' or ':'" }
        return nil
    }

    private static func readChip(_ map: YAMLMapping) -> TargetConfig.Chip? {
        defer { map.rejectUnknownKeys() }
        let soc = map.value("soc", required: true)?.string()
        let cores = map.value("cores")?.int(min: 1, max: 4096)
        let accelerator = map.value("accelerator")?.string()
        let price = map.value("price_usd")?.double(min: 0)
        let tdp = map.value("tdp_w")?.double(min: 0)
        guard let soc else { return nil }
        return .init(soc: soc, cores: cores, accelerator: accelerator, priceUSD: price, tdpWatts: tdp)
    }

    private static func readMarker(_ map: YAMLMapping) -> TargetConfig.Marker? {
        defer { map.rejectUnknownKeys() }
        guard
            let backend = map.value("backend", required: true)?.oneOf(
                TargetConfig.Marker.Backend.self, what: "marker backend")
        else { return nil }
        let chip = map.value("chip", required: backend == .libgpiod)?.string()
        let line = map.value("line", required: backend == .libgpiod)?.int(in: ConfigLimits.gpioLine)
        let activeLow = map.value("active_low")?.bool() ?? false
        let wire = map.value("wire")?.string()
        let capture = map.value("capture").map { $0.mapping().flatMap(readCapture) }
        if case .some(.none) = capture { return nil }
        return .init(
            backend: backend, chip: chip, line: line, activeLow: activeLow, wire: wire, capture: capture ?? nil)
    }

    private static func readCapture(_ map: YAMLMapping) -> TargetConfig.Marker.Capture? {
        defer { map.rejectUnknownKeys() }
        guard
            let backend = map.value("backend", required: true)?.oneOf(
                TargetConfig.Marker.Capture.Backend.self, what: "capture backend")
        else { return nil }
        let chip = map.value("chip", required: backend == .libgpiod)?.string()
        let line = map.value("line", required: backend == .libgpiod)?.int(in: ConfigLimits.gpioLine)
        let activeLow = map.value("active_low")?.bool() ?? false
        if backend == .libgpiod, chip == nil || line == nil { return nil }
        return .init(backend: backend, chip: chip, line: line, activeLow: activeLow)
    }

    private static func readMeter(_ map: YAMLMapping) -> TargetConfig.Meter? {
        defer { map.rejectUnknownKeys() }
        guard let kind = map.value("kind", required: true)?.oneOf(TargetConfig.Meter.Kind.self, what: "meter kind")
        else { return nil }
        if kind == .none { return TargetConfig.Meter.none }
        var meter = TargetConfig.Meter.simulated
        meter.kind = kind
        switch kind {
        case .ppk2:
            meter.device = map.value("device", required: true)?.string()
            meter.sourceMillivolts = map.value("source_mv")?.int(min: 800, max: 5000)
            meter.spikeFilter = map.value("spike_filter")?.bool()
            if meter.device == nil { return nil }
        case .scpi:
            meter.host = map.value("host", required: true)?.string()
            meter.port = map.value("port")?.int(min: 1, max: 65535)
            meter.expectedManufacturer = map.value("expected_manufacturer")?.string()
            meter.expectedModel = map.value("expected_model")?.string()
            meter.channel = map.value("channel")?.int(min: 1, max: 16)
            if let range = map.value("current_range") {  // `auto` or the largest current expected (A)
                if range.string() == "auto" {
                    meter.currentAutoRange = true
                } else {
                    meter.currentRangeAmps = range.double(min: 1e-6, max: 100)
                }
            }
            if meter.host == nil { return nil }
        case .otii:
            meter.host = map.value("host", required: true)?.string()
            meter.port = map.value("port")?.int(min: 1, max: 65535)
            meter.device = map.value("device")?.string()
            meter.digitalInput = map.value("digital_input")?.oneOf(
                TargetConfig.Meter.DigitalInput.self, what: "Otii digital input")
            meter.credentials = map.value("credentials")?.string()
            meter.supply = map.value("supply")?.oneOf(TargetConfig.Meter.Supply.self, what: "Otii supply")
            meter.supplyVolts = map.value("supply_v", required: meter.supply == .otii)?.double(min: 0.5, max: 5)
            meter.maxCurrentAmps = map.value("max_current_a")?.double(min: 0.001, max: 5)
            meter.logicVolts = map.value("logic_v")?.double(min: 1.2, max: 5)
            if meter.host == nil || (meter.supply == .otii && meter.supplyVolts == nil) { return nil }
        case .hwmon:
            meter.sensorChip = map.value("chip", required: true)?.string()
            meter.rail = map.value("rail")?.string()
            meter.periodMs = map.value("period_ms")?.double(min: 1, max: 10_000)
            meter.sysfsRoot = boardPath(map.value("sysfs_root"))
            if meter.sensorChip == nil { return nil }
        case .rapl:
            meter.domain = map.value("domain")?.string()
            meter.periodMs = map.value("period_ms")?.double(min: 1, max: 10_000)
            meter.sysfsRoot = boardPath(map.value("sysfs_root"))
        case .simulated, .none:
            break
        }
        if let rate = map.value("sample_rate_hz")?.double(min: 1, max: 10_000_000) { meter.sampleRateHz = rate }
        if let idle = map.value("idle_w")?.double(min: 0, max: 10_000) { meter.idleWatts = idle }
        if let active = map.value("active_w")?.double(min: 0, max: 10_000) { meter.activeWatts = active }
        if let noise = map.value("noise_w")?.double(min: 0, max: 1_000) { meter.noiseWatts = noise }
        if let seed = map.value("seed")?.int(min: 0) { meter.seed = UInt64(seed) }
        return meter
    }

    // MARK: - Suite

    private static func readSuite(
        _ map: YAMLMapping, path: String, verifyArtifacts: Bool, folders: ArtifactFolders
    ) -> SuiteConfig? {
        let name = readName(map)
        let description = map.value("description")?.string()
        let models = readModels(map.value("models", required: true), folders: folders, verify: verifyArtifacts)
        let runtimes = readList(map.value("runtimes", required: true)) { $0.oneOf(RuntimeKind.self, what: "runtime") }
        let precisions =
            readList(map.value("precisions")) { $0.oneOf(Precision.self, what: "precision") } ?? Precision.allCases
        let threads = readList(map.value("threads")) { $0.int(in: ConfigLimits.threads) } ?? [1]
        let batch = readList(map.value("batch")) { $0.int(in: ConfigLimits.batch) } ?? [1]
        let measure = map.value("measure").map { $0.mapping().flatMap(readMeasure) } ?? SuiteConfig.Measure()
        let energy = map.value("energy").map { $0.mapping().flatMap(readEnergy) } ?? SuiteConfig.Energy()
        let accuracy = map.value("accuracy").map { $0.mapping().flatMap(readAccuracy) } ?? SuiteConfig.Accuracy()
        let thresholds =
            map.value("thresholds").map { $0.mapping().flatMap(readThresholds) } ?? SuiteConfig.Thresholds()
        let options = map.value("runtime_options").map { $0.mapping().flatMap(readRuntimeOptions) } ?? [:]
        let thermal = map.value("thermal").map { $0.mapping().flatMap(readThermal) }
        let requirements = map.value("requirements").map {
            $0.mapping().flatMap { readRequirements($0, measure: measure) }
        }
        guard let name, let models, let runtimes, let measure, let energy, let accuracy, let thresholds, let options
        else { return nil }
        if case .some(.none) = thermal { return nil }
        if case .some(.none) = requirements { return nil }
        var suite = SuiteConfig(
            name: name, description: description, models: models, runtimes: runtimes, precisions: precisions,
            threads: threads, batch: batch, measure: measure, energy: energy, accuracy: accuracy,
            thresholds: thresholds, thermal: thermal ?? nil, runtimeOptions: options, sourcePath: path)
        suite.requirements = requirements ?? nil
        let measureNode = map.value("measure")?.node
        suite.defaultedKnobs = NativeToolKnobs.defaultable.filter { knob in
            switch knob {
            case "warmup", "iterations": !hasValue(measureNode, knob)
            default: !hasValue(map.node, knob)
            }
        }
        if suite.measure.durationSeconds != nil, let other = runtimes.first(where: { $0 != .command }) {
            let node = measureNode?["duration_s"]
            map.sink.error(
                node, "measure.duration_s",
                "runtime \(other.rawValue) measures a number of iterations (measure.iterations; measure.adaptive."
                    + "max_seconds caps adaptive stopping); only the command runtime's native tools measure for a time: "
                    + "run them in a suite of their own")
            return nil
        }
        if runtimes.contains(.command), !checkNativeTool(suite, map: map) { return nil }
        return suite
    }

    /// Whether `node` is a mapping with a non-null value under `key`.
    private static func hasValue(_ node: Node?, _ key: String) -> Bool {
        guard let value = node?[key] else { return false }
        if case .scalar(let scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            return false
        }
        return true
    }

    /// The `command` runtime: its options, and every planned cell's knobs mapped onto the tool's flags, so a value the
    /// tool cannot honour is reported here, at the line that wrote it, and never becomes an unrunnable case.
    private static func checkNativeTool(_ suite: SuiteConfig, map: YAMLMapping) -> Bool {
        let optionsNode = map.value("runtime_options")?.mapping()?.value("command")
        let options: NativeCommandOptions
        do {
            options = try NativeCommandOptions(suite.runtimeOptions[.command] ?? [:])
        } catch {
            let node = optionsNode?.node[error.option] ?? optionsNode?.node ?? map.value("runtimes")?.node
            map.sink.error(node, "runtime_options.command.\(error.option)", error.message)
            return false
        }
        let defaulted = Set(suite.defaultedKnobs ?? [])
        var reported: Set<String> = []
        for model in suite.models where model.format == .toolModels {
            guard options.tool.modelFormats.contains(model.format) else { continue }
            for threads in suite.threads {
                for batch in suite.batch {
                    let settings = NativeToolKnobs.settings(
                        options: options, warmup: suite.measure.warmup, warmupSeconds: suite.measure.warmupSeconds,
                        durationSeconds: suite.measure.durationSeconds, iterations: suite.measure.iterations,
                        threads: threads, batch: batch, precision: suite.precisions.first ?? .fp32,
                        defaulted: defaulted, ownModels: true)
                    do {
                        _ = try options.tool.invocation(model: "", settings: settings)
                    } catch {
                        guard reported.insert(error.setting).inserted else { continue }
                        let (node, field) = locate(error.setting, map: map, optionsNode: optionsNode?.node)
                        map.sink.error(node, field, error.message)
                    }
                }
            }
        }
        for model in suite.models where model.format.isFile {
            guard options.tool.modelFormats.contains(model.format) else { continue }
            for (precision, artifact) in model.artifacts.sorted(by: { $0.key < $1.key })
            where suite.precisions.contains(precision) {
                for threads in suite.threads {
                    for batch in suite.batch {
                        let settings = NativeToolKnobs.settings(
                            options: options, warmup: suite.measure.warmup, warmupSeconds: suite.measure.warmupSeconds,
                            durationSeconds: suite.measure.durationSeconds,
                            iterations: suite.measure.iterations, threads: threads, batch: batch, precision: precision,
                            defaulted: defaulted)
                        do {
                            _ = try options.tool.invocation(model: artifact.path, settings: settings)
                        } catch {
                            guard reported.insert(error.setting).inserted else { continue }
                            let (node, field) = locate(error.setting, map: map, optionsNode: optionsNode?.node)
                            map.sink.error(node, field, error.message)
                        }
                    }
                }
            }
        }
        if !suite.models.contains(where: { options.tool.modelFormats.contains($0.format) }) {
            let formats = options.tool.modelFormats.map(\.rawValue).sorted().joined(separator: ", ")
            map.sink.error(
                map.value("models")?.node, "models",
                "no model has a format \(options.tool.rawValue) loads (\(formats)): the command runtime would have no case"
            )
            return false
        }
        return reported.isEmpty
    }

    /// The node and field a native-tool setting came from.
    private static func locate(_ setting: String, map: YAMLMapping, optionsNode: Node?) -> (Node?, String) {
        let measure = map.value("measure")?.node
        switch setting {
        case "warmup", "iterations": return (measure?[setting] ?? measure ?? map.node, "measure.\(setting)")
        case "warmup_s": return (measure?["warmup_s"] ?? measure, "measure.warmup_s")
        case "duration_s": return (measure?["duration_s"] ?? measure, "measure.duration_s")
        case "threads", "batch": return (map.node[setting] ?? map.node, setting)
        case "model": return (map.value("models")?.node, "models")
        default: return (optionsNode?[setting] ?? optionsNode ?? map.node, "runtime_options.command.\(setting)")
        }
    }

    /// A non-empty list without duplicates, each item read by `item`.
    private static func readList<T: Equatable>(_ value: YAMLValue?, _ item: (YAMLValue) -> T?) -> [T]? {
        guard let value, let items = value.sequence() else { return nil }
        if items.isEmpty {
            value.sink.error(value.node, value.path, "must list at least one value")
            return nil
        }
        var result: [T] = []
        var ok = true
        for element in items {
            guard let parsed = item(element) else {
                ok = false
                continue
            }
            if result.contains(parsed) {
                element.sink.error(element.node, element.path, "duplicate value")
                ok = false
            }
            result.append(parsed)
        }
        return ok ? result : nil
    }

    private static func readModels(
        _ value: YAMLValue?, folders: ArtifactFolders, verify: Bool
    ) -> [SuiteConfig.Model]? {
        guard let value, let items = value.sequence() else { return nil }
        if items.isEmpty {
            value.sink.error(value.node, value.path, "must list at least one model")
            return nil
        }
        var models: [SuiteConfig.Model] = []
        var ok = true
        for item in items {
            guard let map = item.mapping(), let model = readModel(map, folders: folders, verify: verify) else {
                ok = false
                continue
            }
            if models.contains(where: { $0.name == model.name }) {
                map.sink.error(map.value("name")?.node, map.child("name"), "duplicate model name '\(model.name)'")
                ok = false
            }
            models.append(model)
        }
        return ok ? models : nil
    }

    private static func readModel(_ map: YAMLMapping, folders: ArtifactFolders, verify: Bool) -> SuiteConfig.Model? {
        defer { map.rejectUnknownKeys() }
        let name = readName(map)
        let builtinValue = map.value("builtin")
        let builtin = builtinValue?.string()
        let artifactsValue = map.value("artifacts")
        let inputs =
            map.value("inputs").map { $0.mapping().flatMap { readInputs($0, folders: folders) } }
            ?? SuiteConfig.Inputs()
        if builtin == nil && artifactsValue == nil {
            map.sink.error(
                map.node, map.child("artifacts"),
                "missing required field 'artifacts' (or 'builtin' for a network built into the reference runner)")
            return nil
        }
        if builtin != nil && artifactsValue != nil {
            map.sink.error(
                artifactsValue?.node, map.child("artifacts"), "a model has either 'builtin' or 'artifacts', not both")
            return nil
        }
        guard let name, let inputs else { return nil }
        if let builtin {
            // `builtin: benchncnn`: the models benchncnn carries itself, not a network of the reference runner.
            let format: ModelFormat = NativeTool(rawValue: builtin)?.hasOwnModels == true ? .toolModels : .builtin
            return SuiteConfig.Model(name: name, builtin: builtin, format: format, inputs: inputs)
        }
        guard let artifactsMap = artifactsValue?.mapping() else { return nil }
        var artifacts: [Precision: SuiteConfig.Artifact] = [:]
        var ok = true
        for (key, keyNode, value) in artifactsMap.allEntries() {
            guard let precision = Precision(rawValue: key) else {
                let hint =
                    Suggest.closest(to: key, in: Precision.allCases.map(\.rawValue)).map { " (did you mean '\($0)'?)" }
                    ?? ""
                map.sink.error(
                    keyNode, value.path, "unknown precision '\(key)'\(hint); expected one of: fp32, fp16, int8")
                ok = false
                continue
            }
            guard let artifact = value.mapping().flatMap({ readArtifact($0, folders: folders, verify: verify) }) else {
                ok = false
                continue
            }
            artifacts[precision] = artifact
        }
        if ok && artifacts.isEmpty {
            map.sink.error(artifactsValue?.node, map.child("artifacts"), "must name at least one precision's artifact")
            return nil
        }
        let formats = Set(artifacts.values.map(\.format))
        guard ok, let format = formats.first else { return nil }
        if formats.count > 1 {
            map.sink.error(
                artifactsValue?.node, map.child("artifacts"),
                "all artifacts of one model must have one format, got \(formats.map(\.rawValue).sorted().joined(separator: ", "))"
            )
            return nil
        }
        return SuiteConfig.Model(name: name, format: format, artifacts: artifacts, inputs: inputs)
    }

    private static func readArtifact(
        _ map: YAMLMapping, folders: ArtifactFolders, verify: Bool
    ) -> SuiteConfig.Artifact? {
        defer { map.rejectUnknownKeys() }
        let pathValue = map.value("path", required: true)
        let relative = pathValue?.string()
        let shaValue = map.value("sha256", required: true)
        let sha = shaValue?.string()
        let formatValue = map.value("format")
        let declaredFormat = formatValue?.oneOf(ModelFormat.self, what: "model format")
        let holdsValue = map.value("holds")
        let holds = holdsValue?.oneOf(Precision.self, what: "precision")
        if holdsValue != nil && holds == nil { return nil }
        guard let relative, let sha, let path = contained(relative, in: folders, at: pathValue) else { return nil }
        guard sha.count == 64, sha.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) }) else {
            map.sink.error(shaValue?.node, map.child("sha256"), "expected 64 lowercase hex digits, got '\(sha)'")
            return nil
        }
        guard let format = declaredFormat ?? ModelFormat.from(path: path) else {
            map.sink.error(
                pathValue?.node, map.child("path"),
                "cannot tell the model format from '\(relative)'; add format: \(ModelFormat.allCases.filter(\.isFile).map(\.rawValue).joined(separator: "|"))"
            )
            return nil
        }
        if verify, !verifyFile(path, relative: relative, sha: sha, map: map, pathValue: pathValue, shaValue: shaValue) {
            return nil
        }
        var weights: SuiteConfig.Artifact.Weights?
        if let weightsValue = map.value("weights") {
            guard format.hasWeightsFile else {
                map.sink.error(
                    weightsValue.node, map.child("weights"),
                    "a \(format.rawValue) model is one file; only openvino-ir and ncnn have a weights file")
                return nil
            }
            guard let weightsMap = weightsValue.mapping() else { return nil }
            defer { weightsMap.rejectUnknownKeys() }
            let weightsPathValue = weightsMap.value("path", required: true)
            let weightsShaValue = weightsMap.value("sha256", required: true)
            guard let weightsRelative = weightsPathValue?.string(), let weightsSha = weightsShaValue?.string(),
                let weightsPath = contained(weightsRelative, in: folders, at: weightsPathValue)
            else { return nil }
            guard isHexDigest(weightsSha) else {
                weightsMap.sink.error(
                    weightsShaValue?.node, weightsMap.child("sha256"),
                    "expected 64 lowercase hex digits, got '\(weightsSha)'")
                return nil
            }
            if verify,
                !verifyFile(
                    weightsPath, relative: weightsRelative, sha: weightsSha, map: weightsMap,
                    pathValue: weightsPathValue, shaValue: weightsShaValue)
            {
                return nil
            }
            weights = .init(path: weightsPath, sha256: weightsSha)
        } else if format == .openvinoIR {
            map.sink.error(
                map.node, map.child("weights"),
                "an OpenVINO IR model is its .xml and its .bin: add weights: {path: …bin, sha256: …} so both are pinned and shipped"
            )
            return nil
        }
        return SuiteConfig.Artifact(path: path, sha256: sha, format: format, weights: weights, holds: holds)
    }

    /// The path of a model, weights or input file if it stays in the allowed folders; else an error at its field.
    private static func contained(_ written: String, in folders: ArtifactFolders, at value: YAMLValue?) -> String? {
        switch folders.contain(written) {
        case .success(let path): return path
        case .failure(let refusal):
            value?.sink.error(value?.node, value?.path ?? "", refusal.message)
            return nil
        }
    }

    private static func isHexDigest(_ sha: String) -> Bool {
        sha.count == 64 && sha.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
    }

    /// The file exists and has the pinned sha256; otherwise an error at the path or sha256 field.
    private static func verifyFile(
        _ path: String, relative: String, sha: String, map: YAMLMapping, pathValue: YAMLValue?,
        shaValue: YAMLValue?
    ) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            map.sink.error(pathValue?.node, map.child("path"), "artifact file not found: \(path)")
            return false
        }
        do {
            let actual = try SHA256.hex(ofFileAt: path)
            if actual != sha {
                map.sink.error(
                    shaValue?.node, map.child("sha256"),
                    "sha256 mismatch for \(relative): the file has \(actual), the suite pins \(sha)")
                return false
            }
        } catch {
            map.sink.error(pathValue?.node, map.child("path"), "cannot read artifact \(path): \(error)")
            return false
        }
        return true
    }

    private static func readInputs(_ map: YAMLMapping, folders: ArtifactFolders) -> SuiteConfig.Inputs? {
        defer { map.rejectUnknownKeys() }
        var inputs = SuiteConfig.Inputs()
        if let seed = map.value("seed")?.int(min: 0) { inputs.seed = UInt64(seed) }
        var ok = true
        if let shapes = map.value("shapes")?.mapping() {
            for (key, _, value) in shapes.allEntries() {
                guard let dims = value.sequence()?.map({ $0.int(in: ConfigLimits.inputDimension) }),
                    dims.allSatisfy({ $0 != nil }), !dims.isEmpty
                else {
                    ok = false
                    continue
                }
                inputs.shapes[key] = dims.compactMap { $0 }
            }
        }
        if let npy = map.value("npy")?.mapping() {
            for (key, _, value) in npy.allEntries() {
                guard let file = value.string(), let path = contained(file, in: folders, at: value) else {
                    ok = false
                    continue
                }
                if !FileManager.default.fileExists(atPath: path) {
                    value.sink.error(value.node, value.path, "input file not found: \(path)")
                    ok = false
                }
                inputs.npy[key] = path
            }
        }
        if let values = map.value("values")?.mapping() {
            for (key, _, value) in values.allEntries() {
                guard let given = value.optionValue(), Self.isNumeric(given) else {
                    value.sink.error(
                        value.node, value.path, "expected a number, a boolean or a list of them for input '\(key)'")
                    ok = false
                    continue
                }
                if inputs.npy[key] != nil {
                    value.sink.error(
                        value.node, value.path, "input '\(key)' has both a value and an .npy file; give one")
                    ok = false
                }
                inputs.values[key] = given
            }
        }
        if let rangeValue = map.value("float_range") {
            let bounds = rangeValue.sequence()?.map { $0.double() }
            guard let bounds, bounds.count == 2, let low = bounds[0], let high = bounds[1], low < high, low.isFinite,
                high.isFinite
            else {
                rangeValue.sink.error(
                    rangeValue.node, rangeValue.path, "expected [low, high] with low < high, e.g. [-1, 1]")
                return nil
            }
            inputs.floatRange = [low, high]
        }
        return ok ? inputs : nil
    }

    private static func isNumeric(_ value: OptionValue) -> Bool {
        switch value {
        case .int, .double, .bool: true
        case .string: false
        case .list(let items):
            !items.isEmpty && items.allSatisfy { if case .list = $0 { false } else { isNumeric($0) } }
        }
    }

    private static func readMeasure(_ map: YAMLMapping) -> SuiteConfig.Measure? {
        defer { map.rejectUnknownKeys() }
        var measure = SuiteConfig.Measure()
        var ok = true
        func take<T>(_ value: T??, _ apply: (T) -> Void) {
            switch value {
            case .some(.some(let parsed)): apply(parsed)
            case .some(.none): ok = false
            case .none: break
            }
        }
        take(map.value("warmup").map { $0.int(in: ConfigLimits.warmup) }) { measure.warmup = $0 }
        take(map.value("warmup_s").map { $0.double(min: 0, max: 3600) }) { measure.warmupSeconds = $0 }
        take(map.value("duration_s").map { $0.double(in: ConfigLimits.durationSeconds) }) {
            measure.durationSeconds = $0
        }
        take(map.value("iterations").map { $0.int(in: ConfigLimits.iterations) }) { measure.iterations = $0 }
        take(map.value("timeout_s").map { $0.double(in: ConfigLimits.timeoutSeconds) }) { measure.timeoutSeconds = $0 }
        take(map.value("memory_sample_ms").map { $0.int(in: ConfigLimits.memorySampleMs) }) {
            measure.memorySamplePeriodMs = $0
        }
        take(map.value("executions").map { $0.int(in: ConfigLimits.executions) }) { measure.executions = $0 }
        take(map.value("adaptive").map { $0.mapping().flatMap(readAdaptive) }) { measure.adaptive = $0 }
        if let duration = measure.durationSeconds, duration >= measure.timeoutSeconds {
            map.sink.error(
                map.value("duration_s")?.node, map.child("duration_s"),
                "must be shorter than measure.timeout_s (\(measure.timeoutSeconds) s), "
                    + "after which the tool is stopped; got \(duration)")
            ok = false
        }
        if let adaptive = measure.adaptive, adaptive.maxIterations < measure.iterations {
            map.sink.error(
                map.value("adaptive")?.node, map.child("adaptive.max_iterations"),
                "must be at least measure.iterations (\(measure.iterations)), got \(adaptive.maxIterations)")
            ok = false
        }
        if let executions = measure.executions, measure.adaptive?.maxExecutions != nil {
            map.sink.error(
                map.value("executions")?.node, map.child("executions"),
                "is fixed at \(executions) while adaptive.max_executions chooses the count: give one of the two")
            ok = false
        }
        return ok ? measure : nil
    }

    private static func readAdaptive(_ map: YAMLMapping) -> SuiteConfig.Adaptive? {
        defer { map.rejectUnknownKeys() }
        var adaptive = SuiteConfig.Adaptive()
        if let value = map.value("target_ci") {
            guard let v = value.double(in: ConfigLimits.adaptiveTargetCI) else { return nil }
            adaptive.targetHalfWidth = v
        }
        if let value = map.value("batch") {
            guard let v = value.int(in: ConfigLimits.adaptiveBatch) else { return nil }
            adaptive.batch = v
        }
        if let value = map.value("max_iterations") {
            guard let v = value.int(in: ConfigLimits.adaptiveMaxIterations) else { return nil }
            adaptive.maxIterations = v
        }
        if let value = map.value("max_seconds") {
            guard let v = value.double(in: ConfigLimits.adaptiveMaxSeconds) else { return nil }
            adaptive.maxSeconds = v
        }
        if let value = map.value("max_executions") {
            guard let v = value.int(in: ConfigLimits.executions) else { return nil }
            adaptive.maxExecutions = v
        }
        return adaptive
    }

    private static func readEnergy(_ map: YAMLMapping) -> SuiteConfig.Energy? {
        defer { map.rejectUnknownKeys() }
        var energy = SuiteConfig.Energy()
        if let value = map.value("idle_ms") {
            guard let idle = value.int(in: ConfigLimits.idleMs) else { return nil }
            energy.idleMs = idle
        }
        if let value = map.value("subtract_idle") {
            guard let flag = value.bool() else { return nil }
            energy.subtractIdle = flag
        }
        if let value = map.value("windows") {
            guard let windows = value.oneOf(SuiteConfig.Energy.Windows.self, what: "window mode") else { return nil }
            energy.windows = windows
        }
        if let value = map.value("min_pulse_us") {
            guard let us = value.int(in: ConfigLimits.minPulseUs) else { return nil }
            energy.minPulseUs = us
        }
        return energy
    }

    private static func readThermal(_ map: YAMLMapping) -> SuiteConfig.Thermal? {
        defer { map.rejectUnknownKeys() }
        var thermal = SuiteConfig.Thermal()
        if let value = map.value("cooldown_below_c") {
            guard let v = value.double(in: ConfigLimits.celsius) else { return nil }
            thermal.cooldownBelowCelsius = v
        }
        if let value = map.value("cooldown_timeout_s") {
            guard let v = value.double(in: ConfigLimits.cooldownTimeoutSeconds) else { return nil }
            thermal.cooldownTimeoutSeconds = v
        }
        if let value = map.value("throttle_c") {
            guard let v = value.double(in: ConfigLimits.celsius) else { return nil }
            thermal.throttleCelsius = v
        }
        if let value = map.value("sample_ms") {
            guard let v = value.int(in: ConfigLimits.thermalSampleMs) else { return nil }
            thermal.samplePeriodMs = v
        }
        return thermal
    }

    private static func readAccuracy(_ map: YAMLMapping) -> SuiteConfig.Accuracy? {
        defer { map.rejectUnknownKeys() }
        var accuracy = SuiteConfig.Accuracy()
        if let value = map.value("reference") {
            guard let precision = value.oneOf(Precision.self, what: "precision") else { return nil }
            accuracy.reference = precision
        }
        if let value = map.value("max_values") {
            guard let count = value.int(in: ConfigLimits.maxOutputValues) else { return nil }
            accuracy.maxValues = count
        }
        guard let limits = readOutputLimits(map) else { return nil }
        accuracy.minCosine = limits.minCosine
        accuracy.maxAbs = limits.maxAbs
        accuracy.minTop1 = limits.minTop1
        if let perOutput = map.value("per_output")?.mapping() {
            var all: [String: SuiteConfig.Accuracy.OutputLimits] = [:]
            for (name, _, value) in perOutput.allEntries() {
                guard
                    let own = value.mapping().flatMap({ output -> SuiteConfig.Accuracy.OutputLimits? in
                        defer { output.rejectUnknownKeys() }
                        return readOutputLimits(output)
                    })
                else { return nil }
                all[name] = own
            }
            accuracy.perOutput = all
        }
        return accuracy
    }

    /// `min_cosine` (−1…1), `max_abs` (≥ 0) and `min_top1` (0…1) of a mapping.
    private static func readOutputLimits(_ map: YAMLMapping) -> SuiteConfig.Accuracy.OutputLimits? {
        var limits = SuiteConfig.Accuracy.OutputLimits()
        if let value = map.value("min_cosine") {
            guard let v = value.double(min: -1, max: 1) else { return nil }
            limits.minCosine = v
        }
        if let value = map.value("max_abs") {
            guard let v = value.double(min: 0) else { return nil }
            limits.maxAbs = v
        }
        if let value = map.value("min_top1") {
            guard let v = value.double(min: 0, max: 1) else { return nil }
            limits.minTop1 = v
        }
        return limits
    }

    private static func readThresholds(_ map: YAMLMapping) -> SuiteConfig.Thresholds? {
        defer { map.rejectUnknownKeys() }
        var thresholds = SuiteConfig.Thresholds()
        if let value = map.value("latency") {
            guard let v = value.double(min: 0, max: 10) else { return nil }
            thresholds.latency = v
        }
        if let value = map.value("energy") {
            guard let v = value.double(min: 0, max: 10) else { return nil }
            thresholds.energy = v
        }
        if let value = map.value("memory") {
            guard let v = value.double(min: 0, max: 10) else { return nil }
            thresholds.memory = v
        }
        return thresholds
    }

    private static func readRuntimeOptions(_ map: YAMLMapping) -> [RuntimeKind: [String: OptionValue]]? {
        var result: [RuntimeKind: [String: OptionValue]] = [:]
        var ok = true
        for (key, keyNode, value) in map.allEntries() {
            guard let runtime = RuntimeKind(rawValue: key) else {
                let hint =
                    Suggest.closest(to: key, in: RuntimeKind.allCases.map(\.rawValue)).map {
                        " (did you mean '\($0)'?)"
                    } ?? ""
                map.sink.error(keyNode, value.path, "unknown runtime '\(key)'\(hint)")
                ok = false
                continue
            }
            guard let options = value.mapping() else {
                ok = false
                continue
            }
            var values: [String: OptionValue] = [:]
            for (option, keyNode, optionValue) in options.allEntries() {
                if runtime == .command && option == "executable" {
                    // The board alone names what runs on it: its agent's allowlist maps a tool to a path.
                    map.sink.error(
                        keyNode, optionValue.path,
                        "a suite names the tool, not its path; the board's agent maps it (hilbench-agent --allow-tool NAME=/path)"
                    )
                    ok = false
                    continue
                }
                guard let parsed = optionValue.optionValue() else {
                    ok = false
                    continue
                }
                guard parsed.listDepth <= ConfigLimits.optionDepth else {
                    optionValue.sink.error(
                        optionValue.node, optionValue.path, "lists nested deeper than \(ConfigLimits.optionDepth)")
                    ok = false
                    continue
                }
                values[option] = parsed
            }
            result[runtime] = values
        }
        return ok ? result : nil
    }
}
