import Foundation
import HILBenchCore

/// How a run and a case are laid out in any backend's rows: the same JSON and sample blobs in SQLite and PostgreSQL,
/// so `hilbench store copy` moves rows without reinterpreting them.
enum StoredRow {
    /// A case split into its row's JSON (no samples, no outputs), its sample blob, its outputs' JSON, and its summary
    /// for history reads (`CaseResult.historySummary`, also without samples).
    struct CaseRow {
        var resultJSON: String
        var samples: Data
        var outputsJSON: String?
        var summaryJSON: String
        /// The compact row history reads (`case_history`).
        var history: CaseHistoryRow

        init(_ result: CaseResult, store: String) throws(StoreError) {
            var stripped = result
            stripped.latenciesNs = []
            stripped.outputs = nil
            do {
                let encoder = HILBenchJSON.encoder()
                resultJSON = String(decoding: try encoder.encode(stripped), as: UTF8.self)
                summaryJSON = String(decoding: try encoder.encode(stripped.historySummary), as: UTF8.self)
                outputsJSON = try result.outputs.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            } catch {
                throw StoreError(.failed, "cannot encode case \(result.key.id)", store: store, cause: "\(error)")
            }
            samples = StoredRow.blob(result.latenciesNs)
            history = CaseHistoryRow(result)
        }
    }

    /// The row of a case stored before `case_history` existed, from its summary JSON and samples (migration v6).
    static func historyRow(summaryJSON: String, samples: Data?) throws -> CaseHistoryRow {
        CaseHistoryRow(try caseResult(resultJSON: summaryJSON, samples: samples, outputsJSON: nil))
    }

    /// Doubles as little-endian Float64, 8 bytes each (bit-exact: the execution medians of a history row).
    static func blob(_ values: [Double]) -> Data {
        var data = Data(capacity: values.count * 8)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func doubles(_ blob: Data) -> [Double] {
        blob.withUnsafeBytes { raw in
            (0..<raw.count / 8).map {
                Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)))
            }
        }
    }

    static func run(
        id: String, suiteName: String, kind: String, startedAt: Double, endedAt: Double?, controllerVersion: String,
        gitCommit: String?, suiteJSON: String, targetsJSON: String
    ) throws -> RunRecord {
        let decoder = HILBenchJSON.decoder()
        return RunRecord(
            id: id, suiteName: suiteName, startedAt: startedAt, endedAt: endedAt, controllerVersion: controllerVersion,
            suite: try decoder.decode(SuiteConfig.self, from: Data(suiteJSON.utf8)),
            targets: try decoder.decode([TargetConfig].self, from: Data(targetsJSON.utf8)),
            gitCommit: gitCommit, kind: kind)
    }

    static func caseResult(resultJSON: String, samples: Data?, outputsJSON: String?) throws -> CaseResult {
        let decoder = HILBenchJSON.decoder()
        var result = try decoder.decode(CaseResult.self, from: Data(resultJSON.utf8))
        if let samples { result.latenciesNs = latencies(samples) }
        if let outputsJSON {
            result.outputs = try decoder.decode([CaseResult.Output].self, from: Data(outputsJSON.utf8))
        }
        return result
    }

    /// Latencies as little-endian Int64, 8 bytes each.
    static func blob(_ values: [Int64]) -> Data {
        var data = Data(capacity: values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func latencies(_ blob: Data) -> [Int64] {
        blob.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
        }
    }
}
