import Foundation
import Yams

/// Collects diagnostics while a file is read, so one pass reports every problem.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [ConfigDiagnostic] = []

    init(file: String) { self.file = file }

    func error(_ node: Node?, _ field: String, _ message: String) {
        diagnostics.append(
            ConfigDiagnostic(
                file: file, line: node?.mark?.line, column: node?.mark?.column, field: field, message: message))
    }

    func error(mark: Mark?, _ field: String, _ message: String) {
        diagnostics.append(
            ConfigDiagnostic(file: file, line: mark?.line, column: mark?.column, field: field, message: message))
    }
}

/// Reads one YAML node against an expected shape, recording a located diagnostic for each mismatch.
///
/// Decoding through the composed node tree (rather than `YAMLDecoder`) keeps the line and column of
/// every key and value, so each error names `file:line:column` and the field path.
struct YAMLValue {
    let node: Node
    let path: String
    let sink: DiagnosticSink

    /// Returns a reader over a mapping, or records "expected a mapping".
    func mapping() -> YAMLMapping? {
        switch node {
        case .mapping(let mapping): return YAMLMapping(mapping: mapping, node: node, path: path, sink: sink)
        case .alias:
            sink.error(
                node, path,
                "YAML anchors and aliases (&name, *name) are not supported in hilbench files; write the value out")
        default: sink.error(node, path, "expected a mapping (key: value lines), got \(node.kindName)")
        }
        return nil
    }

    func sequence() -> [YAMLValue]? {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { YAMLValue(node: $1, path: "\(path)[\($0)]", sink: sink) }
        case .alias:
            sink.error(
                node, path,
                "YAML anchors and aliases (&name, *name) are not supported in hilbench files; write the value out")
        default: sink.error(node, path, "expected a list, got \(node.kindName)")
        }
        return nil
    }

    private func scalar(expected: String) -> Node.Scalar? {
        if case .scalar(let scalar) = node { return scalar }
        if case .alias = node {
            sink.error(
                node, path,
                "YAML anchors and aliases (&name, *name) are not supported in hilbench files; write the value out")
            return nil
        }
        sink.error(node, path, "expected \(expected), got \(node.kindName)")
        return nil
    }

    func string() -> String? {
        guard let scalar = scalar(expected: "a string") else { return nil }
        if scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            sink.error(node, path, "expected a string, got null")
            return nil
        }
        return scalar.string
    }

    func int(min: Int? = nil, max: Int? = nil) -> Int? {
        guard let scalar = scalar(expected: "an integer") else { return nil }
        guard scalar.style == .plain, let value = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            sink.error(node, path, "expected an integer, got \(scalar.describe)")
            return nil
        }
        return check(value, min: min, max: max)
    }

    /// An integer within `ConfigLimits`' range for the field.
    func int(in range: ClosedRange<Int>) -> Int? { int(min: range.lowerBound, max: range.upperBound) }

    /// A number within `ConfigLimits`' range for the field.
    func double(in range: ClosedRange<Double>) -> Double? { double(min: range.lowerBound, max: range.upperBound) }

    func double(min: Double? = nil, max: Double? = nil) -> Double? {
        guard let scalar = scalar(expected: "a number") else { return nil }
        guard scalar.style == .plain, let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")),
            value.isFinite
        else {
            sink.error(node, path, "expected a number, got \(scalar.describe)")
            return nil
        }
        return check(value, min: min, max: max)
    }

    func bool() -> Bool? {
        guard let scalar = scalar(expected: "true or false") else { return nil }
        if scalar.style == .plain {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        sink.error(node, path, "expected true or false, got \(scalar.describe)")
        return nil
    }

    /// A string that must be one of `E`'s raw values; the error lists them.
    func oneOf<E: RawRepresentable & CaseIterable>(_ type: E.Type, what: String) -> E? where E.RawValue == String {
        guard let text = string() else { return nil }
        if let value = E(rawValue: text) { return value }
        let choices = E.allCases.map(\.rawValue)
        let hint = Suggest.closest(to: text, in: choices).map { " (did you mean '\($0)'?)" } ?? ""
        sink.error(node, path, "unknown \(what) '\(text)'\(hint); expected one of: \(choices.joined(separator: ", "))")
        return nil
    }

    /// A free-form option value: scalar or list of scalars.
    func optionValue() -> OptionValue? {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                let text = scalar.string
                if ["true", "false"].contains(text.lowercased()) { return .bool(text.lowercased() == "true") }
                if let value = Int(text) { return .int(value) }
                if let value = Double(text) { return .double(value) }
            }
            return .string(scalar.string)
        case .sequence:
            guard let items = sequence() else { return nil }
            let values = items.compactMap { $0.optionValue() }
            return values.count == items.count ? .list(values) : nil
        default:
            sink.error(node, path, "expected a string, number, boolean or list, got \(node.kindName)")
            return nil
        }
    }

    private func check<T: Comparable>(_ value: T, min: T?, max: T?) -> T? {
        if let min, value < min {
            sink.error(node, path, "must be at least \(min), got \(value)")
            return nil
        }
        if let max, value > max {
            sink.error(node, path, "must be at most \(max), got \(value)")
            return nil
        }
        return value
    }
}

/// A mapping whose keys are checked against what the reader asked for: unknown keys get a did-you-mean.
final class YAMLMapping {
    let node: Node
    let path: String
    let sink: DiagnosticSink
    private var entries: [(key: String, keyNode: Node, value: Node)] = []
    private var used: Set<String> = []

    init(mapping: Node.Mapping, node: Node, path: String, sink: DiagnosticSink) {
        self.node = node
        self.path = path
        self.sink = sink
        var seen: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                sink.error(keyNode, path, "keys must be plain strings")
                continue
            }
            let key = scalar.string
            if let first = seen[key] {
                let line = first.mark.map { " (first at line \($0.line))" } ?? ""
                sink.error(keyNode, child(key), "duplicate key '\(key)'\(line)")
                continue
            }
            seen[key] = keyNode
            entries.append((key, keyNode, value))
        }
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value under `key`, or nil (recording "missing required field" when `required`).
    func value(_ key: String, required: Bool = false) -> YAMLValue? {
        used.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else {
            if required { sink.error(node, child(key), "missing required field '\(key)'") }
            return nil
        }
        if case .scalar(let scalar) = entry.value, scalar.style == .plain,
            scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
        {
            if required { sink.error(entry.keyNode, child(key), "missing value for required field '\(key)'") }
            return nil
        }
        return YAMLValue(node: entry.value, path: child(key), sink: sink)
    }

    /// All entries, for free-form maps (option maps, shapes by input name).
    func allEntries() -> [(key: String, keyNode: Node, value: YAMLValue)] {
        entries.map { entry in
            used.insert(entry.key)
            return (entry.key, entry.keyNode, YAMLValue(node: entry.value, path: child(entry.key), sink: sink))
        }
    }

    /// Records an error for every key that no reader asked for.
    func rejectUnknownKeys() {
        let known = used.sorted()
        for entry in entries where !used.contains(entry.key) {
            let hint = Suggest.closest(to: entry.key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            sink.error(
                entry.keyNode, child(entry.key),
                "unknown key '\(entry.key)'\(hint); known keys here: \(known.joined(separator: ", "))")
        }
    }
}

/// Did-you-mean suggestions by edit distance.
enum Suggest {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(
                    previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar(let scalar): scalar.describe
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension Node.Scalar {
    var describe: String {
        if style == .plain {
            if string.isEmpty || string == "~" || string == "null" { return "null" }
            if Int(string) != nil { return "the integer \(string)" }
            if Double(string) != nil { return "the number \(string)" }
            if ["true", "false"].contains(string.lowercased()) { return "the boolean \(string)" }
        }
        return "the string '\(string)'"
    }
}
