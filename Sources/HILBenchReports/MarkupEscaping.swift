/// Escaping of text taken from the data (names, messages, stderr tails) for HTML and XML: the one place both the
/// HTML reports and the JUnit XML escape through.
public enum Markup {
    /// Escapes `& < > " '` (as `&amp; &lt; &gt; &quot; &#39;`, valid in HTML and XML, in content and in quoted
    /// attribute values). With `xml`, also replaces the control characters XML 1.0 forbids even escaped by `?`.
    public static func escape(_ text: String, xml: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0, xml: xml) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where xml && forbiddenInXML(scalar): out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsWork(_ scalar: Unicode.Scalar, xml: Bool) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: xml && forbiddenInXML(scalar)
        }
    }

    private static func forbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || (0xFFFE...0xFFFF).contains(scalar.value)
    }
}
