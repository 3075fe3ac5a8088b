/// Failure text for places that must be short: the cause is the error's last line (a traceback or a runtime's
/// message ends with it), never the first characters.
public enum FailureText {
    /// The last non-empty line of `text`, shortened from the front to `limit` characters with a leading `…`.
    public static func cause(_ text: String, limit: Int = 240) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { trim(Substring($0)) }.filter { !$0.isEmpty }
        let last = lines.last ?? ""
        guard last.count > limit else { return last }
        return "…" + String(last.suffix(max(limit - 1, 1)))
    }

    /// At most `limit` characters of `text`, keeping its head and its tail (where the cause is) around a marker.
    public static func bounded(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = limit * 2 / 5
        let tail = limit - head
        return text.prefix(head) + " … (\(text.count - limit) characters left out) … " + text.suffix(tail)
    }

    private static func trim(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
