import HILBenchCore

extension RunController {
    /// What the numbers of a finished case are: the precision it really ran (the runtime's word and the artifact the
    /// suite declares), its accuracy against the reference precision output by output, and whether that is within
    /// the suite's limits (`accuracy_failed` when not; the measurements stay).
    static func judgeNumbers(_ input: CaseResult, suite: SuiteConfig, references: ReferenceOutputs) -> CaseResult {
        let result = input.withDeclaredArtifact(suite: suite)
        if result.key.precision == suite.accuracy.reference {
            references.record(result)
            return result
        }
        return result.judgedAccuracy(
            suite: suite, referenceOutputs: references.get(result.key), referenceFailure: references.failure(result.key)
        )
    }
}
