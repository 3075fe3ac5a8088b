import Foundation

/// Metrics in the Prometheus text exposition format (version 0.0.4), for node_exporter's textfile collector or any
/// scraper: one `# HELP` and `# TYPE` line per family, then its samples; label values and help text escaped.
public struct PrometheusText: Sendable {
    /// A metric family's type.
    public enum MetricType: String, Sendable { case counter, gauge, summary, untyped }

    /// One sample: the family name plus an optional suffix (`_sum`, `_count`), labels in order, a value.
    public struct Sample: Sendable, Equatable {
        public var suffix: String
        public var labels: [(name: String, value: String)]
        public var value: Double

        public init(_ value: Double, labels: [(name: String, value: String)] = [], suffix: String = "") {
            self.value = value
            self.labels = labels
            self.suffix = suffix
        }

        public static func == (lhs: Sample, rhs: Sample) -> Bool {
            lhs.suffix == rhs.suffix && lhs.value == rhs.value && lhs.labels.map(\.name) == rhs.labels.map(\.name)
                && lhs.labels.map(\.value) == rhs.labels.map(\.value)
        }
    }

    /// A named family of samples.
    public struct Family: Sendable {
        public var name: String
        public var help: String
        public var type: MetricType
        public var samples: [Sample]

        public init(_ name: String, _ type: MetricType, help: String, samples: [Sample]) {
            self.name = name
            self.help = help
            self.type = type
            self.samples = samples
        }
    }

    public var families: [Family]

    public init(_ families: [Family] = []) { self.families = families }

    /// The exposition text; families without samples are left out.
    public func render() -> String {
        var text = ""
        for family in families where !family.samples.isEmpty {
            text +=
                "# HELP \(family.name) \(Self.escapeHelp(family.help))\n# TYPE \(family.name) \(family.type.rawValue)\n"
            for sample in family.samples {
                text += family.name + sample.suffix
                if !sample.labels.isEmpty {
                    text +=
                        "{"
                        + sample.labels.map { "\($0.name)=\"\(Self.escapeLabel($0.value))\"" }.joined(separator: ",")
                        + "}"
                }
                text += " " + Self.number(sample.value) + "\n"
            }
        }
        return text
    }

    /// `\`, `"` and line feed escaped, as the format requires inside label values.
    public static func escapeLabel(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    static func escapeHelp(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Integers without a decimal point; `NaN`, `+Inf`, `-Inf` as the format spells them.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
