/// A statistics function could not work with the input it was given.
///
/// Measured outcomes (too few samples for a percentile, a noisy sample) are data, not errors; this is
/// thrown only when the input itself is unusable: an empty sample, a NaN or infinity, a non-positive value
/// where a ratio needs logarithms, or a parameter outside its range.
public struct StatsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is, for callers that branch on it.
    public enum Code: String, Sendable, Hashable {
        /// A sample had no values.
        case emptySample
        /// A value was NaN or infinite.
        case nonFiniteValue
        /// A value was zero or negative where logarithms (ratios) are taken.
        case nonPositiveValue
        /// A parameter (confidence level, count, fraction) was out of range.
        case invalidParameter
    }

    /// The kind of problem.
    public var code: Code
    /// The function or argument that failed, e.g. `Summary.init(values)`.
    public var context: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error; `context` names the function and argument.
    public init(_ code: Code, context: String, message: String) {
        self.code = code
        self.context = context
        self.message = message
    }

    /// `context: message`.
    public var description: String { "\(context): \(message)" }
}

extension StatsError {
    /// Throws unless `values` is non-empty and every value is finite.
    static func checkSample(_ values: [Double], context: String) throws(StatsError) {
        if values.isEmpty {
            throw StatsError(.emptySample, context: context, message: "the sample is empty; record at least one value")
        }
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw StatsError(
                .nonFiniteValue, context: context,
                message:
                    "value #\(index) is \(values[index]); drop NaN/infinite measurements before computing statistics")
        }
    }

    /// Throws unless every value is strictly positive (needed before taking logarithms).
    static func checkPositive(_ values: [Double], context: String) throws(StatsError) {
        if let index = values.firstIndex(where: { $0 <= 0 }) {
            throw StatsError(
                .nonPositiveValue, context: context,
                message: "value #\(index) is \(values[index]); ratios are computed on logarithms and need values > 0")
        }
    }

    /// Throws unless `level` is strictly between 0 and 1.
    static func checkLevel(_ level: Double, name: String, context: String) throws(StatsError) {
        if !(level > 0 && level < 1) {
            throw StatsError(.invalidParameter, context: context, message: "\(name) must be in (0, 1), got \(level)")
        }
    }
}
