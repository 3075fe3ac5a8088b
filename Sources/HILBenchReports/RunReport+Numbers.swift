import HILBenchCore

extension RunReport.Row {
    /// Effective precision, provenance, per-output accuracy and inputs from a result.
    mutating func fillNumbers(_ result: CaseResult) {
        if let effective = result.effectivePrecision {
            effectivePrecision = effective.runtime
            effectivePrecisionSource = effective.runtimeSource
            artifactHolds = effective.artifact
            precisionFlags = effective.flags.isEmpty ? nil : effective.flags
            precisionNote = effective.note
        }
        if let energy = result.energy { energyProvenance = energy.provenance ?? .measured }
        if let accuracy = result.accuracy {
            accuracyPerOutput = accuracy.perOutput
            worstOutput = accuracy.worstOutput
            uncomparedOutputs = accuracy.uncompared
            top5Agreement = accuracy.top5Agreement
            accuracyLimitsBroken = accuracy.limitsBroken
            // A comparison in which no output could be compared has no figures, only reasons.
            if accuracy.perOutput?.isEmpty == true {
                maxAbsError = nil
                meanAbsError = nil
                cosineSimilarity = nil
            }
        }
        accuracyNote = result.accuracyNote
        inputs = result.inputs
        failurePhase = result.failure?.phase
    }

    /// Whether the energy comes from a simulated meter.
    public var energyIsSimulated: Bool { energyProvenance == .simulated }

    /// The precision cell of a table: `fp16`, or `fp16 → bf16 ⚠` / `fp16 (holds fp32) ⚠` when the case did not run
    /// what its precision says.
    public var precisionLabel: String {
        guard let flags = precisionFlags, !flags.isEmpty else { return key.precision.rawValue }
        var text = key.precision.rawValue
        if flags.contains(EffectivePrecision.runtimeMismatchFlag),
            let ran = effectivePrecision.flatMap(EffectivePrecision.normalize)
        {
            text += " → \(ran)"
        }
        if flags.contains(EffectivePrecision.artifactMismatchFlag), let holds = artifactHolds {
            text += " (holds \(holds.rawValue))"
        }
        return text + " ⚠"
    }

    /// The effective precision in words for a table cell: `f32 (inference_precision)`, `not reported (execution_provider
    /// CPUExecutionProvider)`, or `–` for results that say nothing.
    public var effectivePrecisionText: String {
        switch (effectivePrecision, effectivePrecisionSource) {
        case (let value?, let source?): "\(value) (\(source))"
        case (let value?, nil): value
        case (nil, let source?): "not reported (\(source))"
        case (nil, nil): "–"
        }
    }

    /// Energy per inference for rankings: nil when it is simulated and the report does not rank simulated energy.
    func rankedEnergy(_ report: RunReport) -> Double? {
        energyIsSimulated && !report.rankSimulatedEnergy ? nil : millijoulesPerInference
    }

    /// `12.3 mJ` or `12.3 mJ (simulated)`.
    func energyText(_ value: Double?) -> String {
        SVG.value(value) + (value != nil && energyIsSimulated ? " (simulated)" : "")
    }
}
