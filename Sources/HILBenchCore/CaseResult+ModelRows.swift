/// A native tool that ran its own model list (benchncnn without `param=`): one run, one result per model.
extension CaseResult {
    /// The key of one model of a tool's own list: the case's model name, a dot and the model as the tool printed
    /// it (`ncnn-zoo.squeezenet`; characters a name may not hold become `_`), and the precision of that model —
    /// int8 for benchncnn's `_int8` models (its int8-quantised graphs), fp32 otherwise.
    public static func modelRowKey(_ key: CaseKey, model: String) -> CaseKey {
        let allowed = model.unicodeScalars.map { scalar -> Character in
            let ok =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "_" || scalar == "-"
            return ok ? Character(scalar) : "_"
        }
        let name = String(String(allowed).prefix(max(1, 64 - key.model.count - 1)))
        var row = key
        row.model = "\(key.model).\(name)"
        row.precision = model.lowercased().hasSuffix("_int8") ? .int8 : .fp32
        return row
    }

    /// Whether `key` names one model of the tool's own list planned as `planned`.
    public static func isModelRow(_ key: CaseKey, of planned: CaseKey) -> Bool {
        key.target == planned.target && key.runtime == planned.runtime && key.threads == planned.threads
            && key.batch == planned.batch && key.model.hasPrefix(planned.model + ".")
    }

    /// One result per model row of this run, each keyed by ``modelRowKey(_:model:)`` with the row's printed figures;
    /// the run itself when it has no rows. The process ran every model, so its memory and energy are no one
    /// model's: they are left out of the rows (absent, not shared out).
    public func splittingModelRows() -> [CaseResult] {
        guard let rows = reported?.rows, !rows.isEmpty else { return [self] }
        var seen: Set<String> = []
        return rows.compactMap { row in
            guard let model = row.model, !model.isEmpty else { return nil }
            var result = self
            result.key = Self.modelRowKey(key, model: model)
            guard seen.insert(result.key.id).inserted else { return nil }  // a model printed twice: its first row
            var reported = row
            reported.rows = nil
            result.reported = reported
            result.memory = Memory()
            result.energy = nil
            result.markerEdges = []
            return result
        }
    }

    /// The results to store for one planned case from its executions: the executions merged
    /// (``merging(executions:)``), or, for a tool's own model list, each model's executions merged into a result of
    /// its own. A failed execution keeps the case one failed result under its planned key.
    public static func mergingModelRows(executions results: [CaseResult]) -> [CaseResult] {
        guard results.first?.reported?.rows != nil, results.allSatisfy({ $0.status == .ok }) else {
            return merging(executions: results).map { [$0] } ?? []
        }
        var order: [String] = []
        var groups: [String: [CaseResult]] = [:]
        for row in results.flatMap({ $0.splittingModelRows() }) {
            if groups[row.key.id] == nil { order.append(row.key.id) }
            groups[row.key.id, default: []].append(row)
        }
        return order.compactMap { merging(executions: groups[$0] ?? []) }
    }
}
