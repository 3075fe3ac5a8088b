import Foundation
public import Logging

/// A swift-log handler that appends one JSON object per line to a file: time, level, label, message, source, and
/// every metadata key at the top level (`run`, `board`, `case` from the controller), so a night's log can be filtered
/// with `jq 'select(.board == "rpi5")'`. Each line is one `write(2)` on an `O_APPEND` descriptor shared by all handlers
/// of the file, so lines from concurrent boards never interleave.
public struct JSONLinesLogHandler: LogHandler {
    /// An open log file, shared by the handlers of every label.
    public final class File: Sendable {
        public let path: String
        private let descriptor: Int32

        /// Opens (creating, appending) `path`; its folder is created if needed.
        public init(path: String) throws {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent.isEmpty
                    ? "." : (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw CocoaError(
                    .fileWriteUnknown,
                    userInfo: [
                        NSFilePathErrorKey: path,
                        NSLocalizedDescriptionKey:
                            "cannot open the log file \(path): \(String(cString: strerror(errno)))",
                    ])
            }
            self.path = path
            self.descriptor = descriptor
        }

        deinit { close(descriptor) }

        func append(_ line: [UInt8]) {
            line.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }

    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public let label: String
    private let file: File

    public init(label: String, file: File, level: Logger.Level = .info) {
        self.label = label
        self.file = file
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = Self.json(value)
        }
        object["time"] = Self.timestamp()
        object["level"] = event.level.rawValue
        object["label"] = label
        object["message"] = event.message.description
        object["source"] = event.source
        guard
            var data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        data.append(10)
        file.append(Array(data))
    }

    private static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }

    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var time = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &time)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", time.tm_year + 1900, time.tm_mon + 1, time.tm_mday,
            time.tm_hour, time.tm_min,
            time.tm_sec, Int(now.tv_nsec / 1000))
    }
}
