extension CaseSpec {
    /// A field of a case spec outside what the suite loader would accept. `field` is the spec's JSON path.
    public struct InvalidField: Error, Sendable, Equatable, CustomStringConvertible {
        public var field: String
        public var message: String
        public var description: String { "field '\(field)': \(message)" }
    }

    /// Checks every field against `ConfigLimits` (the ranges the suite loader enforces), so a spec that arrives
    /// over the network can neither crash the agent (NaN, infinity, overflowing conversions) nor ask for what a
    /// suite file could not. Throws for the first field out of range.
    public func validate() throws(InvalidField) {
        func fail(_ field: String, _ message: String) -> InvalidField { InvalidField(field: field, message: message) }
        func check(_ value: Int, _ range: ClosedRange<Int>, _ field: String) throws(InvalidField) {
            guard range.contains(value) else {
                throw fail(field, "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
            }
        }
        func check(_ value: Double, _ range: ClosedRange<Double>, _ field: String) throws(InvalidField) {
            guard value.isFinite else { throw fail(field, "\(value) is not a finite number") }
            guard range.contains(value) else {
                throw fail(field, "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
            }
        }
        func text(_ value: String, _ limit: Int, _ field: String) throws(InvalidField) {
            guard value.utf8.count <= limit else { throw fail(field, "longer than \(limit) bytes") }
            guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else {
                throw fail(field, "contains control characters")
            }
        }
        guard ConfigLimits.isValidName(key.target) else {
            throw fail("key.target", "not a valid name (letters, digits, . _ -; ≤ 64)")
        }
        guard ConfigLimits.isValidName(key.model) else {
            throw fail("key.model", "not a valid name (letters, digits, . _ -; ≤ 64)")
        }
        try check(key.threads, ConfigLimits.threads, "key.threads")
        try check(key.batch, ConfigLimits.batch, "key.batch")
        try text(model, ConfigLimits.stringLength, "model")
        if let sha = artifactSHA256, !ConfigLimits.isHexDigest(sha) {
            throw fail("artifactSHA256", "expected 64 lowercase hex digits")
        }
        guard inputs.shapes.count <= 64, inputs.npy.count <= 64 else { throw fail("inputs", "more than 64 inputs") }
        for (name, dims) in inputs.shapes {
            try text(name, ConfigLimits.nameLength, "inputs.shapes")
            guard (1...16).contains(dims.count) else {
                throw fail("inputs.shapes.\(name)", "expected 1 to 16 dimensions")
            }
            for dim in dims { try check(dim, ConfigLimits.inputDimension, "inputs.shapes.\(name)") }
        }
        for (name, file) in inputs.npy {
            try text(name, ConfigLimits.nameLength, "inputs.npy")
            try text(file, ConfigLimits.stringLength, "inputs.npy.\(name)")
        }
        // Literal input values: numbers and booleans (or one flat list of them), as the suite loader accepts.
        guard inputs.values.count <= 64 else { throw fail("inputs.values", "more than 64 inputs") }
        for (name, value) in inputs.values {
            try text(name, ConfigLimits.nameLength, "inputs.values")
            if case .string = value {
                throw fail("inputs.values.\(name)", "expected a number, a boolean or a list of them")
            }
            guard value.listDepth <= 1 else { throw fail("inputs.values.\(name)", "expected a flat list") }
            try Self.validate(value, field: "inputs.values.\(name)", depth: 1)
            if case .list(let items) = value, items.contains(where: { if case .string = $0 { true } else { false } }) {
                throw fail("inputs.values.\(name)", "expected numbers or booleans")
            }
        }
        if let range = inputs.floatRange {
            guard range.count == 2, range.allSatisfy(\.isFinite), range[0] < range[1] else {
                throw fail("inputs.floatRange", "expected [low, high] with finite low < high")
            }
        }
        try check(warmup, ConfigLimits.warmup, "warmup")
        // The native-tool fields (weights, a timed warm-up, the knobs left at their defaults).
        if let weights { try text(weights, ConfigLimits.stringLength, "weights") }
        if let sha = weightsSHA256, !ConfigLimits.isHexDigest(sha) {
            throw fail("weightsSHA256", "expected 64 lowercase hex digits")
        }
        if (weights == nil) != (weightsSHA256 == nil) {
            throw fail("weights", "a weights file needs its sha256, and only then")
        }
        if let warmupSeconds { try check(warmupSeconds, 0...3600, "warmupSeconds") }
        if let durationSeconds {
            try check(durationSeconds, ConfigLimits.durationSeconds, "durationSeconds")
            guard key.runtime == .command else {
                throw fail("durationSeconds", "only the command runtime's native tools measure for a time")
            }
        }
        if let defaults = suiteDefaults, !defaults.allSatisfy(NativeToolKnobs.defaultable.contains) {
            throw fail("suiteDefaults", "expected names among \(NativeToolKnobs.defaultable.joined(separator: ", "))")
        }
        try check(iterations, ConfigLimits.iterations, "iterations")
        try check(timeoutSeconds, ConfigLimits.timeoutSeconds, "timeoutSeconds")
        try check(memorySamplePeriodMs, ConfigLimits.memorySampleMs, "memorySamplePeriodMs")
        try check(idleMs, ConfigLimits.idleMs, "idleMs")
        // 0: no outputs asked (a spec may carry it when collectOutputs is false).
        try check(maxOutputValues, 0...ConfigLimits.maxOutputValues.upperBound, "maxOutputValues")
        guard options.count <= 64 else { throw fail("options", "more than 64 options") }
        for (name, value) in options {
            try text(name, ConfigLimits.nameLength, "options")
            try Self.validate(value, field: "options.\(name)", depth: 1)
        }
        if let chip = marker.chip { try text(chip, ConfigLimits.stringLength, "marker.chip") }
        if let line = marker.line { try check(line, ConfigLimits.gpioLine, "marker.line") }
        if let wire = marker.wire { try text(wire, ConfigLimits.stringLength, "marker.wire") }
        if let sensor {
            // As the target loader accepts; the root is a path on the board, absolute and without `..`, and only the
            // sensor's own attributes under it are ever read.
            try check(sensor.periodMs, 1...10_000, "sensor.periodMs")
            try text(sensor.sysfsRoot, ConfigLimits.stringLength, "sensor.sysfsRoot")
            guard sensor.sysfsRoot.hasPrefix("/"), !sensor.sysfsRoot.split(separator: "/").contains("..") else {
                throw fail("sensor.sysfsRoot", "expected an absolute path without '..'")
            }
            for (value, field) in [(sensor.chip, "chip"), (sensor.rail, "rail"), (sensor.domain, "domain")] {
                if let value {
                    try text(value, ConfigLimits.nameLength, "sensor.\(field)")
                    guard !value.contains("/") else { throw fail("sensor.\(field)", "a name, not a path") }
                }
            }
            if sensor.kind == .hwmon, sensor.chip?.isEmpty ?? true {
                throw fail("sensor.chip", "a hwmon sensor needs its chip's name")
            }
        }
        if let adaptive {
            try check(adaptive.targetHalfWidth, ConfigLimits.adaptiveTargetCI, "adaptive.targetHalfWidth")
            try check(adaptive.batch, ConfigLimits.adaptiveBatch, "adaptive.batch")
            try check(adaptive.maxIterations, ConfigLimits.adaptiveMaxIterations, "adaptive.maxIterations")
            try check(adaptive.maxSeconds, ConfigLimits.adaptiveMaxSeconds, "adaptive.maxSeconds")
            guard adaptive.maxIterations >= iterations else {
                throw fail("adaptive.maxIterations", "must be at least iterations (\(iterations))")
            }
        }
        if let thermal {
            if let value = thermal.cooldownBelowCelsius {
                try check(value, ConfigLimits.celsius, "thermal.cooldownBelowCelsius")
            }
            try check(
                thermal.cooldownTimeoutSeconds, ConfigLimits.cooldownTimeoutSeconds, "thermal.cooldownTimeoutSeconds")
            if let value = thermal.throttleCelsius { try check(value, ConfigLimits.celsius, "thermal.throttleCelsius") }
            try check(thermal.samplePeriodMs, ConfigLimits.thermalSampleMs, "thermal.samplePeriodMs")
        }
    }

    private static func validate(_ value: OptionValue, field: String, depth: Int) throws(InvalidField) {
        switch value {
        case .double(let number) where !number.isFinite:
            throw InvalidField(field: field, message: "\(number) is not a finite number")
        case .string(let text) where text.utf8.count > ConfigLimits.stringLength:
            throw InvalidField(field: field, message: "longer than \(ConfigLimits.stringLength) bytes")
        case .list(let items):
            guard depth <= ConfigLimits.optionDepth else {
                throw InvalidField(field: field, message: "lists nested deeper than \(ConfigLimits.optionDepth)")
            }
            guard items.count <= 1024 else { throw InvalidField(field: field, message: "more than 1024 items") }
            for (index, item) in items.enumerated() {
                try validate(item, field: "\(field)[\(index)]", depth: depth + 1)
            }
        default:
            break
        }
    }
}

extension OptionValue {
    /// How many lists deep this value goes (a scalar: 0, `[1]`: 1, `[[1]]`: 2).
    public var listDepth: Int {
        if case .list(let items) = self { 1 + (items.map(\.listDepth).max() ?? 0) } else { 0 }
    }
}
