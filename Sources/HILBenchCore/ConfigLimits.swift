/// The allowed range of every numeric setting: the one definition both the suite loader (YAML) and the agent
/// (a case spec arriving over HTTP or stdio) check against, so a value the loader refuses never reaches a board
/// by another road, and no value a board accepts can overflow a conversion (seconds → nanoseconds) there.
public enum ConfigLimits {
    public static let warmup = 0...1_000_000
    public static let iterations = 1...10_000_000
    public static let timeoutSeconds = 0.1...86_400.0
    /// `measure.duration_s`: a native tool's timed phase, seconds.
    public static let durationSeconds = 0.001...86_400.0
    public static let memorySampleMs = 1...60_000
    /// Executions (fresh runner processes) per case; the controller's setting, never sent to a board.
    public static let executions = 1...100
    public static let threads = 0...1024
    public static let batch = 1...65_536
    public static let idleMs = 0...600_000
    public static let minPulseUs = 0...1_000_000
    public static let maxOutputValues = 1...100_000_000
    public static let inputDimension = 1...(1 << 20)
    public static let adaptiveTargetCI = 0.0001...0.5
    public static let adaptiveBatch = 1...1_000_000
    public static let adaptiveMaxIterations = 1...100_000_000
    public static let adaptiveMaxSeconds = 0.1...86_400.0
    public static let celsius = 0.0...150.0
    public static let cooldownTimeoutSeconds = 0.0...86_400.0
    public static let thermalSampleMs = 10...60_000
    public static let gpioLine = 0...65_535
    /// Requirements (`requirements:`): budgets a product can have, far from any overflow.
    public static let latencyBudgetMs = 0.000_001...86_400_000.0
    public static let watts = 0.000_001...1_000_000.0
    public static let millijoules = 0.000_000_1...1e12
    public static let mebibytes = 0.001...16_777_216.0
    public static let inferencesPerSecond = 0.000_001...1e12
    public static let priceUSD = 0.0...1e12
    public static let kwhUSD = 0.0...1_000.0
    public static let dutyCycle = 0.0...1.0
    public static let years = 0.001...100.0
    /// Nesting of runtime option values (lists in lists): deep enough for shapes, far from any decoder's limit.
    public static let optionDepth = 4
    /// Nesting of a whole config file (mappings and lists).
    public static let fileDepth = 16
    /// Names (target, model, option keys) and free-text strings in a case spec.
    public static let nameLength = 64
    public static let stringLength = 4096

    /// Board, model and other names: letters, digits, `.`, `_`, `-`, at most 64, starting with a letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= nameLength else { return false }
        let allowed = { (c: Unicode.Scalar) in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "._-".unicodeScalars.contains(c))
        }
        return allowed(first) && !"._-".unicodeScalars.contains(first) && name.unicodeScalars.allSatisfy(allowed)
    }

    /// A sha256 as hilbench writes it: 64 lowercase hex digits.
    public static func isHexDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
