extension String {
    /// The text with control characters written as escapes (`\n`, `\r`, `\t`, `\u{1b}`), so a value from the
    /// network (a path, a key) can never start a new log line or drive a terminal.
    public var escapingControlCharacters: String {
        guard
            unicodeScalars.contains(where: {
                $0.value < 0x20 || (0x7f...0x9f).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}"
            })
        else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _
            where scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) || scalar == "\u{2028}"
                || scalar == "\u{2029}":
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
