/// One figure a native benchmark tool printed, kept under its own name and unit: a number, or a text such as a
/// device name or a warning. Figures hilbench derived are never among them (they are labelled derived in reports).
public struct ToolFigure: Sendable, Codable, Equatable {
    /// The figure's name: `latency.p99`, `throughput`, `first_inference`, `device`, `warning`, `setting.warmup`.
    public var name: String
    /// The value, for a number.
    public var value: Double?
    /// The text, for a figure that is not a number (a device, a delegate, a warning, how a knob was honoured).
    public var text: String?
    /// The unit (`ms`, `1/s`, `MiB`, `count`); empty for text.
    public var unit: String

    public init(name: String, value: Double, unit: String) {
        self.name = name
        self.value = value
        self.text = nil
        self.unit = unit
    }

    public init(name: String, text: String) {
        self.name = name
        self.value = nil
        self.text = text
        self.unit = ""
    }

    /// The value as a report shows it: the number with its unit, or the text.
    public var display: String {
        if let value {
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            return unit.isEmpty ? number : "\(number) \(unit)"
        }
        return text ?? ""
    }
}
