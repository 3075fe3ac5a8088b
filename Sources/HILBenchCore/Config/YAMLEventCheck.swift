// CYaml is Yams' bundled libyaml: a module of the Yams package but not one of its products. Yams 6.2.2's public API
// has no event stream — `Parser` offers only `nextRoot()`/`singleRoot()`, which compose — and composing is what must
// not happen first: its duplicate-key check hashes and compares mapping keys, so an alias bomb used as a key
// (`? *l9 : x`) costs 10^9 before any public node is returned. Checking the composed tree's `anchor`s afterwards
// would be too late for that. If Yams stops shipping CYaml, this check must move to a libyaml of our own.
internal import CYaml

/// Checks a YAML text from libyaml's own parser events, before anything is composed: anchors (`&name`),
/// aliases (`*name`) and nesting deeper than a bound are found exactly where the parser sees them, whatever the
/// line endings (CR, CRLF, NEL), the whitespace (a TAB after `key:`) or the position (after a tag, a `?`).
///
/// Events, not text: a text scan has to re-implement YAML's tokenizer and missed CRLF and TAB. Before
/// composing: Yams resolves an alias to the anchored node itself and hashes mapping keys, so an alias bomb
/// (or an alias used as a key) would make composing or any walk of the tree exponential.
enum YAMLEventCheck {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The first anchor, alias or too-deep node, or nil. Syntax errors are left to the composer, which words them.
    static func firstProblem(in text: String, maxDepth: Int) -> Finding? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Finding? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                func found(_ message: String) -> Finding {
                    Finding(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
                }
                func anchored(_ name: UnsafeMutablePointer<yaml_char_t>?, _ sigil: String) -> Finding? {
                    guard let name else { return nil }
                    let token =
                        sigil + String(decoding: UnsafeBufferPointer(start: name, count: strlen(name)), as: UTF8.self)
                    return found(
                        "YAML anchors and aliases are not supported in hilbench files ('\(token.prefix(64))'); write the value out"
                    )
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    if let problem = anchored(event.data.alias.anchor, "*") { return problem }
                case YAML_SCALAR_EVENT:
                    if let problem = anchored(event.data.scalar.anchor, "&") { return problem }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor =
                        event.type == YAML_SEQUENCE_START_EVENT
                        ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    if let problem = anchored(anchor, "&") { return problem }
                    depth += 1
                    if depth > maxDepth {
                        return found("nested deeper than \(maxDepth) levels; no hilbench file needs that")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
            }
        }
    }

    private static func strlen(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> Int {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return count
    }
}
