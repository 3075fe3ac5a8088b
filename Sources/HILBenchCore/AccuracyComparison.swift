import Foundation

/// Compares a case's outputs with the reference precision's outputs on the same inputs, output by output.
public enum AccuracyComparison {
    /// Per output: max and mean absolute error, cosine similarity, and top-1/top-5 agreement where the output looks
    /// like class scores (`[rows, classes]`, ≥ 2 classes; top-5 with ≥ 5). Outputs are matched by name, else by
    /// position when no name is shared; one that cannot be compared is listed with the reason, never skipped silently.
    ///
    /// The case-level figures are the worst over the compared outputs (largest errors, lowest cosine and agreement),
    /// so a pooled average can no longer hide one output that went wrong; `worstOutput` names the output with the
    /// largest error relative to its reference's scale. Returns nil when there is nothing to compare at all (no outputs on either side).
    public static func compare(
        _ outputs: [CaseResult.Output], with reference: [CaseResult.Output], referencePrecision: Precision
    ) -> CaseResult.Accuracy? {
        guard !outputs.isEmpty || !reference.isEmpty else { return nil }
        var compared: [OutputAccuracy] = []
        var uncompared: [UncomparedOutput] = []
        var matched = Set<String>()
        // By name; by position only when no name is shared (a runtime that renames every output).
        let byPosition = Set(outputs.map(\.name)).isDisjoint(with: reference.map(\.name))
        for (index, output) in outputs.enumerated() {
            guard
                let ref = reference.first(where: { $0.name == output.name })
                    ?? (byPosition && index < reference.count ? reference[index] : nil)
            else {
                uncompared.append(.init(name: output.name, reason: "the reference has no output of that name"))
                continue
            }
            matched.insert(ref.name)
            if let reason = reasonNotComparable(output, ref) {
                uncompared.append(.init(name: output.name, reason: reason))
                continue
            }
            compared.append(measure(output, ref))
        }
        for ref in reference where !matched.contains(ref.name) {
            uncompared.append(.init(name: ref.name, reason: "this case returned no output of that name"))
        }
        // Worst: the largest error against the output's own scale (a probability that doubled is worse than a state
        // vector that moved by 0.1%, whatever their sizes), ties broken by the lower cosine.
        guard
            let worst = compared.max(by: {
                ($0.relativeError, -$0.cosineSimilarity) < ($1.relativeError, -$1.cosineSimilarity)
            })
        else {
            return CaseResult.Accuracy(
                reference: referencePrecision, maxAbsError: .nan, meanAbsError: .nan, cosineSimilarity: .nan,
                top1Agreement: nil, perOutput: [], worstOutput: nil, uncompared: uncompared)
        }
        let top1 = compared.compactMap(\.top1Agreement).min()
        var accuracy = CaseResult.Accuracy(
            reference: referencePrecision, maxAbsError: compared.map(\.maxAbsError).max() ?? 0,
            meanAbsError: compared.map(\.meanAbsError).max() ?? 0,
            cosineSimilarity: compared.map(\.cosineSimilarity).min() ?? worst.cosineSimilarity,
            top1Agreement: top1, perOutput: compared, worstOutput: worst.name,
            uncompared: uncompared.isEmpty ? nil : uncompared)
        accuracy.top5Agreement = compared.compactMap(\.top5Agreement).min()
        return accuracy
    }

    /// Why two outputs cannot be compared value by value, or nil when they can.
    static func reasonNotComparable(_ output: CaseResult.Output, _ ref: CaseResult.Output) -> String? {
        if output.values.isEmpty || ref.values.isEmpty {
            return
                "no values were returned (dtype \((output.values.isEmpty ? output : ref).dtype)); only its sha256 is known"
        }
        if ref.shape != output.shape {
            return "shape \(output.shape) differs from the reference's \(ref.shape)"
        }
        if ref.values.count != output.values.count {
            return "\(output.values.count) values returned, the reference returned \(ref.values.count)"
        }
        return nil
    }

    static func measure(_ output: CaseResult.Output, _ ref: CaseResult.Output) -> OutputAccuracy {
        var maxAbs = 0.0
        var sumAbs = 0.0
        var scale = 0.0
        var dot = 0.0
        var normA = 0.0
        var normB = 0.0
        for (a, b) in zip(output.values, ref.values) {
            let error = abs(a - b)
            maxAbs = max(maxAbs, error.isNaN ? .infinity : error)
            sumAbs += error
            scale = max(scale, abs(b))
            dot += a * b
            normA += a * a
            normB += b * b
        }
        let cosine = normA > 0 && normB > 0 ? dot / (normA.squareRoot() * normB.squareRoot()) : (normA == normB ? 1 : 0)
        var result = OutputAccuracy(
            name: output.name, values: output.values.count, maxAbsError: maxAbs,
            meanAbsError: sumAbs / Double(output.values.count), cosineSimilarity: cosine.isNaN ? 0 : cosine)
        result.relativeError = scale > 0 ? maxAbs / scale : (maxAbs > 0 ? .infinity : 0)
        if output.shape.count == 2, output.shape[1] >= 2, !output.truncated,
            output.shape[0] * output.shape[1] == output.values.count
        {
            let classes = output.shape[1]
            var top1 = 0
            var top5 = 0
            for row in 0..<output.shape[0] {
                let slice = row * classes..<(row + 1) * classes
                let expected = argmax(ref.values[slice])
                let ranked = output.values[slice].indices.sorted { output.values[$0] > output.values[$1] }.map {
                    $0 - slice.lowerBound
                }
                if ranked.first == expected { top1 += 1 }
                if ranked.prefix(5).contains(expected) { top5 += 1 }
            }
            result.top1Agreement = Double(top1) / Double(output.shape[0])
            if classes >= 5 { result.top5Agreement = Double(top5) / Double(output.shape[0]) }
        }
        return result
    }

    private static func argmax(_ values: ArraySlice<Double>) -> Int {
        var best = values.startIndex
        for index in values.indices where values[index] > values[best] { best = index }
        return best - values.startIndex
    }
}

/// One output compared with the reference precision's.
public struct OutputAccuracy: Sendable, Codable, Equatable {
    public var name: String
    /// Values compared.
    public var values: Int
    public var maxAbsError: Double
    public var meanAbsError: Double
    public var cosineSimilarity: Double
    /// Fraction of rows whose arg-max agrees (class-score outputs only).
    public var top1Agreement: Double?
    /// Fraction of rows whose reference arg-max is among this case's five highest (≥ 5 classes only).
    public var top5Agreement: Double?
    /// Max abs error over the largest reference magnitude: the error on the output's own scale.
    public var relativeError: Double = 0

    public init(
        name: String, values: Int, maxAbsError: Double, meanAbsError: Double, cosineSimilarity: Double,
        top1Agreement: Double? = nil, top5Agreement: Double? = nil
    ) {
        self.name = name
        self.values = values
        self.maxAbsError = maxAbsError
        self.meanAbsError = meanAbsError
        self.cosineSimilarity = cosineSimilarity
        self.top1Agreement = top1Agreement
        self.top5Agreement = top5Agreement
    }
}

/// An output that could not be compared, and why (shapes differ, no values, missing on one side).
public struct UncomparedOutput: Sendable, Codable, Equatable {
    public var name: String
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}

/// The suite's accuracy limits applied to one case: which limits it is beyond, in words.
public enum AccuracyLimits {
    /// Each broken limit as `output 'p': cosine 0.27 < min_cosine 0.99`. Per-output limits replace the suite-wide
    /// ones for that output. Empty: within every limit (or no limit set).
    public static func broken(_ accuracy: CaseResult.Accuracy, limits: SuiteConfig.Accuracy) -> [String] {
        var broken: [String] = []
        let anyLimit =
            limits.minCosine != nil || limits.maxAbs != nil || limits.minTop1 != nil
            || !(limits.perOutput ?? [:]).isEmpty
        if anyLimit, (accuracy.perOutput ?? []).isEmpty {
            let why = (accuracy.uncompared ?? []).map { "'\($0.name)': \($0.reason)" }.joined(separator: "; ")
            return [
                "no output could be compared with the reference, so the limits cannot be checked"
                    + (why.isEmpty ? "" : " (\(why))")
            ]
        }
        for output in accuracy.perOutput ?? [] {
            let own = limits.perOutput?[output.name]
            let minCosine = own?.minCosine ?? limits.minCosine
            let maxAbs = own?.maxAbs ?? limits.maxAbs
            let minTop1 = own?.minTop1 ?? limits.minTop1
            let name = "output '\(output.name)'"
            if let minCosine, !(output.cosineSimilarity >= minCosine) {
                broken.append("\(name): cosine \(format(output.cosineSimilarity)) < min_cosine \(format(minCosine))")
            }
            if let maxAbs, !(output.maxAbsError <= maxAbs) {
                broken.append("\(name): max abs error \(format(output.maxAbsError)) > max_abs \(format(maxAbs))")
            }
            if let minTop1, let top1 = output.top1Agreement, !(top1 >= minTop1) {
                broken.append("\(name): top-1 agreement \(format(top1)) < min_top1 \(format(minTop1))")
            }
        }
        for name in (limits.perOutput ?? [:]).keys.sorted()
        where !(accuracy.perOutput ?? []).contains(where: { $0.name == name }) {
            let why = accuracy.uncompared?.first { $0.name == name }?.reason ?? "no output of that name"
            broken.append("output '\(name)' has limits but was not compared: \(why)")
        }
        return broken
    }

    static func format(_ value: Double) -> String {
        String(format: "%.6g", value)
    }
}
