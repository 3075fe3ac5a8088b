internal import Foundation

/// A level change of the marker as the meter sees it (`CLOCK_MONOTONIC` ns, logical level after the change).
public struct LogicEdge: Sendable, Hashable, Codable {
    public var timeNs: Int64
    public var level: Bool

    public init(timeNs: Int64, level: Bool) {
        self.timeNs = timeNs
        self.level = level
    }
}

/// Reader of the simulated marker wire written by `HILBenchGPIO.SimulatedMarkerLine`.
///
/// Format: one ASCII line per level change, `"<t_ns> <0|1>\n"`, `t_ns` a decimal `CLOCK_MONOTONIC`
/// timestamp, appended with `O_APPEND`. The level before the first line is 0. An unterminated last line
/// (a write in progress) is ignored; blank lines are skipped.
public enum MarkerWire {
    /// Parses wire text.
    /// - Parameter path: Used in error messages only.
    /// - Throws: `MeterError` `.wireFormat` naming the 1-based line that is not `<t_ns> <0|1>`.
    public static func parse(_ bytes: some Collection<UInt8>, path: String = "<wire>") throws(MeterError) -> [LogicEdge]
    {
        var edges: [LogicEdge] = []
        var lineNumber = 0
        var line: [UInt8] = []
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                continue
            }
            lineNumber += 1
            defer { line.removeAll(keepingCapacity: true) }
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let fields = text.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, let time = Int64(fields[0]), fields[1] == "0" || fields[1] == "1" else {
                throw MeterError(
                    code: .wireFormat, message: "expected '<t_ns> <0|1>', found '\(text.prefix(80))'",
                    meter: "simulated", file: path, line: lineNumber)
            }
            edges.append(LogicEdge(timeNs: time, level: fields[1] == "1"))
        }
        // Several writers may append to one wire; keep time order (stable for equal times).
        if zip(edges, edges.dropFirst()).contains(where: { $0.timeNs > $1.timeNs }) {
            edges = edges.enumerated().sorted { ($0.element.timeNs, $0.offset) < ($1.element.timeNs, $1.offset) }.map(
                \.element)
        }
        return edges
    }

    /// Reads and parses a wire file. A file that does not exist yet means the marker never moved.
    /// - Throws: `MeterError` `.wireRead` when the file exists but cannot be read, `.wireFormat` on a bad line.
    public static func read(path: String) throws(MeterError) -> [LogicEdge] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MeterError(
                code: .wireRead, message: "cannot read the marker wire file: \(error.localizedDescription)",
                meter: "simulated", file: path)
        }
        return try parse(data, path: path)
    }

    /// The level at `startNs` (set by the last edge at or before it) and the edges in (startNs, stopNs].
    public static func slice(
        _ edges: [LogicEdge], fromNs startNs: Int64, toNs stopNs: Int64
    ) -> (initialLevel: Bool, edges: [LogicEdge]) {
        var level = false
        var inside: [LogicEdge] = []
        for edge in edges {
            if edge.timeNs <= startNs {
                level = edge.level
            } else if edge.timeNs <= stopNs {
                inside.append(edge)
            }
        }
        return (level, inside)
    }
}
