/// Compares a case's outputs with the reference precision's outputs on the same inputs.
public enum AccuracyComparison {
    /// Max and mean absolute error and cosine similarity over all compared values (outputs matched by name,
    /// else by position); top-1 agreement over rows where an output is `[rows, classes]` with ≥ 2 classes.
    /// Returns nil when nothing can be compared (no outputs, or shapes differ).
    public static func compare(_ outputs: [CaseResult.Output], with reference: [CaseResult.Output], referencePrecision: Precision) -> CaseResult.Accuracy? {
        var maxAbs = 0.0, sumAbs = 0.0, count = 0
        var dot = 0.0, normA = 0.0, normB = 0.0
        var rowsAgreeing = 0, rows = 0
        for (index, output) in outputs.enumerated() {
            guard let ref = reference.first(where: { $0.name == output.name }) ?? (index < reference.count ? reference[index] : nil),
                  ref.shape == output.shape, ref.values.count == output.values.count, !output.values.isEmpty else { continue }
            for (a, b) in zip(output.values, ref.values) {
                let error = abs(a - b)
                maxAbs = max(maxAbs, error.isNaN ? .infinity : error)
                sumAbs += error
                dot += a * b
                normA += a * a
                normB += b * b
            }
            count += output.values.count
            if output.shape.count == 2, output.shape[1] >= 2, !output.truncated, output.shape[0] * output.shape[1] == output.values.count {
                let classes = output.shape[1]
                for row in 0..<output.shape[0] {
                    let slice = row * classes..<(row + 1) * classes
                    if argmax(output.values[slice]) == argmax(ref.values[slice]) { rowsAgreeing += 1 }
                    rows += 1
                }
            }
        }
        guard count > 0 else { return nil }
        let cosine = normA > 0 && normB > 0 ? dot / (normA.squareRoot() * normB.squareRoot()) : (normA == normB ? 1 : 0)
        return CaseResult.Accuracy(reference: referencePrecision, maxAbsError: maxAbs, meanAbsError: sumAbs / Double(count),
                                   cosineSimilarity: cosine, top1Agreement: rows > 0 ? Double(rowsAgreeing) / Double(rows) : nil)
    }

    private static func argmax(_ values: ArraySlice<Double>) -> Int {
        var best = values.startIndex
        for index in values.indices where values[index] > values[best] { best = index }
        return best - values.startIndex
    }
}
