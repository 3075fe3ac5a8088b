import Foundation

extension TrtexecParser {
    /// Per-query latencies, in nanoseconds and file order, from the JSON file written by
    /// `trtexec --exportTimes=<file>`: the `latencyMs` of every entry (H2D + compute + D2H, the
    /// same figure as the summary's `Latency`).
    ///
    /// TensorRT 8.2 and later write measured queries only; older builds also wrote the warm-up
    /// queries first, which this function cannot tell apart.
    /// - Throws: ``NativeToolParseError`` when the text is not such a JSON array.
    public func parseExportedTimes(_ json: String) throws(NativeToolParseError) -> [Int64] {
        struct Entry: Decodable { var latencyMs: Double }
        guard json.contains(where: { !$0.isWhitespace }) else {
            throw NativeToolParseError(.emptyInput, tool: .trtexec, message: "the --exportTimes file is empty")
        }
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: Data(json.utf8))
        } catch let error as DecodingError {
            throw NativeToolParseError(
                .malformedLine, tool: .trtexec,
                message: "not a trtexec --exportTimes file: expected a JSON array of objects with a numeric "
                    + "'latencyMs' (\(Self.describe(error)))")
        } catch {
            throw NativeToolParseError(
                .malformedLine, tool: .trtexec, message: "not a trtexec --exportTimes file: \(error)")
        }
        guard !entries.isEmpty else {
            throw NativeToolParseError(
                .missingSummary, tool: .trtexec, message: "the --exportTimes file has no queries")
        }
        var latencies: [Int64] = []
        latencies.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let nanoseconds = (entry.latencyMs * 1_000_000).rounded()
            guard nanoseconds.isFinite, nanoseconds.magnitude < 9.2e18 else {
                throw NativeToolParseError(
                    .invalidValue, tool: .trtexec,
                    message: "entry \(index): latencyMs \(entry.latencyMs) is out of range")
            }
            latencies.append(Int64(nanoseconds))
        }
        return latencies
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "" : " at \(path)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.debugDescription + path(context)
        @unknown default: return "\(error)"
        }
    }
}
