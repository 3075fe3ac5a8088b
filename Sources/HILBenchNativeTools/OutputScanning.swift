// Small, allocation-light helpers the tool parsers share: lines with numbers, decimal numbers
// converted exactly to integer nanoseconds or bytes, time units, key/value splitting.

/// One line of tool output with its 1-based line number.
struct OutputLine {
    var number: Int
    var text: Substring

    /// The line without surrounding whitespace, for error messages.
    var trimmedText: String { String(text.trimmed) }
}

/// Splits on `\n` and `\r\n` only, so line numbers match what an editor shows. A lone `\r`
/// (progress bars) stays inside its line.
func outputLines(_ text: String) -> [OutputLine] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        .enumerated()
        .map { OutputLine(number: $0.offset + 1, text: $0.element) }
}

extension Substring {
    /// Without leading and trailing whitespace (including a stray `\r`).
    var trimmed: Substring {
        var result = self.drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }

    /// Splits at the first `separator`, trimming both sides; nil when there is none.
    func splitOnce(_ separator: Character) -> (key: Substring, value: Substring)? {
        guard let index = firstIndex(of: separator) else { return nil }
        return (self[startIndex..<index].trimmed, self[self.index(after: index)...].trimmed)
    }

    /// Removes `prefix` when the text starts with it.
    func dropping(prefix: String) -> Substring? {
        hasPrefix(prefix) ? self.dropFirst(prefix.count) : nil
    }
}

extension String {
    var trimmed: Substring { self[...].trimmed }
}

/// A time unit as tools print it.
enum TimeUnit {
    case seconds, milliseconds, microseconds, nanoseconds

    /// Accepts `s`, `sec`, `secs`, `second(s)`, `ms`, `msec`, `us`, `µs`, `μs`, `usec`, `ns`, `nsec`.
    init?(_ token: Substring) {
        switch token.lowercased() {
        case "s", "sec", "secs", "second", "seconds": self = .seconds
        case "ms", "msec", "msecs", "millisecond", "milliseconds": self = .milliseconds
        case "us", "µs", "μs", "usec", "usecs", "microsecond", "microseconds": self = .microseconds
        case "ns", "nsec", "nsecs", "nanosecond", "nanoseconds": self = .nanoseconds
        default: return nil
        }
    }

    /// Nanoseconds per unit as a power of ten.
    var nanosecondsPowerOfTen: Int {
        switch self {
        case .seconds: 9
        case .milliseconds: 6
        case .microseconds: 3
        case .nanoseconds: 0
        }
    }
}

/// A decimal number read from text, kept exact (digits and a power of ten) so that converting
/// `30.7003 ms` gives exactly 30 700 300 ns rather than a binary-float approximation.
struct DecimalNumber {
    var isNegative: Bool
    /// Significant digits without leading zeros; empty means zero.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int
    /// The number as printed.
    var text: Substring

    var doubleValue: Double { Double(String(text)) ?? .nan }

    /// Reads a number at the start of `text` (`12`, `-3.5`, `.5`, `2.95034e+06`) and returns it with
    /// the rest of the text; nil when the text does not start with a number.
    static func scan(_ text: Substring) -> (number: DecimalNumber, rest: Substring)? {
        var index = text.startIndex
        var isNegative = false
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            isNegative = text[index] == "-"
            index = text.index(after: index)
        }
        var digits: [UInt8] = []
        var exponent = 0
        var sawDigit = false
        var afterPoint = false
        while index < text.endIndex {
            let character = text[index]
            if let value = character.wholeNumberValue, character.isASCII {
                sawDigit = true
                if !(digits.isEmpty && value == 0) { digits.append(UInt8(value)) }
                if afterPoint { exponent -= 1 }
            } else if character == ".", !afterPoint {
                afterPoint = true
            } else {
                break
            }
            index = text.index(after: index)
        }
        guard sawDigit else { return nil }
        // Optional exponent; only consumed when well formed, so `5e` leaves `e` in the rest.
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            var probe = text.index(after: index)
            var exponentNegative = false
            if probe < text.endIndex, text[probe] == "-" || text[probe] == "+" {
                exponentNegative = text[probe] == "-"
                probe = text.index(after: probe)
            }
            var value = 0
            var sawExponentDigit = false
            while probe < text.endIndex, let digit = text[probe].wholeNumberValue, text[probe].isASCII {
                sawExponentDigit = true
                value = min(value * 10 + digit, 10_000)
                probe = text.index(after: probe)
            }
            if sawExponentDigit {
                exponent += exponentNegative ? -value : value
                index = probe
            }
        }
        let number = DecimalNumber(
            isNegative: isNegative, digits: digits, exponent: exponent, text: text[text.startIndex..<index])
        return (number, text[index...])
    }

    /// Reads a whole-text number (surrounding whitespace allowed); nil when anything else is there.
    static func parse(_ text: Substring) -> DecimalNumber? {
        guard let (number, rest) = scan(text.trimmed), rest.isEmpty else { return nil }
        return number
    }

    /// `self × multiplier × 10^powerOfTen`, rounded half away from zero; nil when out of Int64 range.
    func scaled(multiplier: Int64 = 1, powerOfTen: Int) -> Int64? {
        var digits = self.digits
        var exponent = self.exponent + powerOfTen
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { return 0 }
        if let exact = exactScaled(digits: digits, exponent: exponent, multiplier: multiplier) {
            return isNegative ? -exact : exact
        }
        // Too many digits for exact Int64 arithmetic: fall back to Double, still range-checked.
        let value = doubleValue * Double(multiplier) * pow10(powerOfTen)
        guard value.isFinite, value.magnitude < 9.2e18 else { return nil }
        return Int64(value.rounded(.toNearestOrAwayFromZero))
    }

    private func exactScaled(digits: [UInt8], exponent: Int, multiplier: Int64) -> Int64? {
        guard digits.count <= 18 else { return nil }
        var mantissa: Int64 = 0
        for digit in digits { mantissa = mantissa * 10 + Int64(digit) }
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        if exponent >= 0 {
            var result = product
            for _ in 0..<exponent {
                let (next, overflow) = result.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                result = next
            }
            return result
        }
        guard -exponent <= 18 else { return nil }
        var divisor: Int64 = 1
        for _ in 0..<(-exponent) { divisor *= 10 }
        let quotient = product / divisor
        let remainder = product % divisor
        return remainder >= divisor - remainder ? quotient + 1 : quotient
    }

    private func pow10(_ power: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(power) { result *= 10 }
        return power < 0 ? 1 / result : result
    }

    /// The value as nanoseconds when it was printed in `unit`.
    func nanoseconds(in unit: TimeUnit) -> Int64? {
        scaled(powerOfTen: unit.nanosecondsPowerOfTen)
    }

    /// The value as an Int when it is a whole number in range.
    var integerValue: Int? {
        var fractionalDigits = -exponent
        for digit in digits.reversed() where fractionalDigits > 0 {
            guard digit == 0 else { return nil }
            fractionalDigits -= 1
        }
        guard let value = scaled(powerOfTen: 0) else { return nil }
        return Int(exactly: value)
    }
}

/// What reading a `<number> <unit>` figure gave.
enum FigureScan: Equatable {
    /// The figure in nanoseconds (or bytes, for memory figures).
    case value(Int64)
    /// The tool printed `inf` or `nan`: it had no data for this figure.
    case notFinite
    /// Not a figure of the expected shape.
    case invalid
}

/// True for the words C++ streams and printf print for non-finite doubles.
func isNonFiniteWord(_ text: Substring) -> Bool {
    ["inf", "-inf", "+inf", "nan", "-nan", "+nan", "infinity", "-infinity"].contains(text.lowercased())
}

/// Reads `30.7003 ms`, `0.0102016 s`, `7.14 ms.`; `defaultUnit` applies when no unit follows.
/// Trailing `.`, `,` or `)` after the unit are tolerated.
func scanDuration(_ text: Substring, defaultUnit: TimeUnit? = nil) -> FigureScan {
    let text = text.trimmed
    let firstWord = text.prefix(while: { !$0.isWhitespace })
    if isNonFiniteWord(firstWord) { return .notFinite }
    guard let (number, rest) = DecimalNumber.scan(text) else { return .invalid }
    var unitText = rest.trimmed
    while let last = unitText.last, last == "." || last == "," || last == ")" { unitText = unitText.dropLast() }
    let unit: TimeUnit?
    if unitText.isEmpty {
        unit = defaultUnit
    } else {
        unit = TimeUnit(unitText)
    }
    guard let unit, let nanoseconds = number.nanoseconds(in: unit) else { return .invalid }
    return .value(nanoseconds)
}

/// Reads a whole number such as `17436` or `17436 iterations` (a trailing word is allowed).
func scanInteger(_ text: Substring) -> Int? {
    let text = text.trimmed
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty else { return nil }
    let rest = text[digits.endIndex...]
    guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
    return Int(digits)
}

/// Reads a leading number such as `32.7494 qps` or `1161.75 FPS` as a Double.
func scanDouble(_ text: Substring) -> Double? {
    guard let (number, _) = DecimalNumber.scan(text.trimmed) else { return nil }
    let value = number.doubleValue
    return value.isFinite ? value : nil
}
