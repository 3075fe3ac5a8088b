extension CaseResult {
    /// The artifact the suite declares for this case (`holds`) folded into its effective precision.
    public func withDeclaredArtifact(suite: SuiteConfig) -> CaseResult {
        var result = self
        let holds = suite.models.first { $0.name == key.model }?.artifacts[key.precision]?.holds
        if effectivePrecision != nil || holds != nil {
            result.effectivePrecision = EffectivePrecision(
                requested: key.precision, runtime: effectivePrecision?.runtime,
                runtimeSource: effectivePrecision?.runtimeSource, artifact: holds)
        }
        return result
    }

    /// Accuracy against the reference precision's outputs, output by output, judged against the suite's limits: a
    /// case beyond one becomes `accuracy_failed` (its measurements stay). Without reference outputs, `accuracyNote`
    /// says why (`referenceFailure`: the reference case's status and cause). Output values are dropped afterwards:
    /// only the reference's are kept in the store.
    public func judgedAccuracy(suite: SuiteConfig, referenceOutputs: [Output]?, referenceFailure: String?) -> CaseResult
    {
        var result = self
        result.outputs = nil
        let reference = suite.accuracy.reference
        guard status == .ok, let outputs else { return result }
        guard let referenceOutputs else {
            result.accuracyNote =
                "no accuracy figures: "
                + (referenceFailure ?? "no \(reference.rawValue) reference case ran for this case")
            return result
        }
        guard var accuracy = AccuracyComparison.compare(outputs, with: referenceOutputs, referencePrecision: reference)
        else { return result }
        let broken = AccuracyLimits.broken(accuracy, limits: suite.accuracy)
        if !broken.isEmpty {
            accuracy.limitsBroken = broken
            result.status = .accuracyFailed
            result.failure = .init(
                kind: "accuracy",
                message: "beyond the suite's accuracy limits against \(reference.rawValue): "
                    + broken.joined(separator: "; "))
        }
        result.accuracy = accuracy
        return result
    }
}
