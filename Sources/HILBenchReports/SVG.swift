import Foundation

/// Small building blocks for the inline SVG charts: number text, scales, marker shapes.
enum SVG {
    /// A coordinate with one decimal, without `String(format:)` (charts write tens of thousands of them).
    static func coord(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-0" : String(whole)) + "." + String(fraction)
    }

    /// A value for people: 3–4 significant digits, no exponent for ordinary sizes, "–" when absent.
    static func value(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e6 || magnitude < 1e-4 { return String(format: "%.3g", value) }
        if magnitude >= 100 { return String(format: "%.0f", value) }
        if magnitude >= 10 { return String(format: "%.1f", value) }
        if magnitude >= 1 { return String(format: "%.2f", value) }
        if magnitude >= 0.1 { return String(format: "%.3f", value) }
        if magnitude >= 0.01 { return String(format: "%.4f", value) }
        return String(format: "%.5f", value)
    }

    /// An axis tick: up to 4 significant digits, no trailing zeros (`5`, `0.25`, `1e-05`).
    static func tick(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "0" }
        return String(format: "%.4g", value)
    }

    /// A fixed number of decimals, "–" when absent.
    static func fixed(_ value: Double?, _ digits: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    /// A raw number for `data-*` attributes and sort keys: full precision, empty when absent.
    static func raw(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.9g", value)
    }

    /// `<svg …>` with the accessible name and description every chart carries.
    static func open(
        id: String, width: Double, height: Double, title: String, desc: String, attributes: String = ""
    ) -> String {
        "<svg id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(coord(width))\" height=\"\(coord(height))\" "
            + "viewBox=\"0 0 \(coord(width)) \(coord(height))\" xmlns=\"http://www.w3.org/2000/svg\"\(attributes.isEmpty ? "" : " " + attributes)>"
            + "<title id=\"\(id)-title\">\(HTMLReport.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLReport.escape(desc))</desc>\n"
    }

    static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", cls: String? = nil, extra: String = ""
    ) -> String {
        "<text x=\"\(coord(x))\" y=\"\(coord(y))\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")\(cls.map { " class=\"\($0)\"" } ?? "")\(extra.isEmpty ? "" : " " + extra)>\(HTMLReport.escape(content))</text>"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) -> String {
        "<line class=\"\(cls)\" x1=\"\(coord(x1))\" y1=\"\(coord(y1))\" x2=\"\(coord(x2))\" y2=\"\(coord(y2))\"/>"
    }

    /// A marker shape centred on (x, y): the shape itself tells series apart, so colour is never needed.
    enum Shape: Int, CaseIterable {
        case circle, square, triangle, diamond, triangleDown, cross, pentagon, star

        var name: String {
            switch self {
            case .circle: "circle"
            case .square: "square"
            case .triangle: "triangle"
            case .diamond: "diamond"
            case .triangleDown: "inverted triangle"
            case .cross: "cross"
            case .pentagon: "pentagon"
            case .star: "star"
            }
        }

        static func forIndex(_ index: Int) -> Shape { allCases[index % allCases.count] }

        /// The element; `cls` styles it, `extra` adds attributes (data-*, etc.).
        func element(_ x: Double, _ y: Double, size r: Double = 5, cls: String, extra: String = "") -> String {
            let attributes = "class=\"\(cls)\"\(extra.isEmpty ? "" : " " + extra)"
            switch self {
            case .circle:
                return "<circle \(attributes) cx=\"\(coord(x))\" cy=\"\(coord(y))\" r=\"\(coord(r))\"/>"
            case .square:
                let s = r * 0.9
                return
                    "<rect \(attributes) x=\"\(coord(x - s))\" y=\"\(coord(y - s))\" width=\"\(coord(2 * s))\" height=\"\(coord(2 * s))\"/>"
            default:
                return "<path \(attributes) d=\"\(path(x, y, r))\"/>"
            }
        }

        private func path(_ x: Double, _ y: Double, _ r: Double) -> String {
            func polygon(_ points: [(Double, Double)]) -> String {
                "M" + points.map { "\(coord(x + $0.0)),\(coord(y + $0.1))" }.joined(separator: "L") + "Z"
            }
            func regular(_ count: Int, _ radius: Double, rotation: Double = -Double.pi / 2) -> [(Double, Double)] {
                (0..<count).map { i in
                    let angle = rotation + 2 * Double.pi * Double(i) / Double(count)
                    return (radius * cos(angle), radius * sin(angle))
                }
            }
            switch self {
            case .triangle: return polygon(regular(3, r * 1.2))
            case .triangleDown: return polygon(regular(3, r * 1.2, rotation: Double.pi / 2))
            case .diamond: return polygon([(0, -r * 1.2), (r * 1.2, 0), (0, r * 1.2), (-r * 1.2, 0)])
            case .pentagon: return polygon(regular(5, r * 1.1))
            case .cross:
                let a = r * 1.1
                let b = r * 0.35
                return polygon([
                    (-a, -b), (-b, -b), (-b, -a), (b, -a), (b, -b), (a, -b), (a, b), (b, b), (b, a), (-b, a), (-b, b),
                    (-a, b),
                ])
            case .star:
                var points: [(Double, Double)] = []
                for i in 0..<10 {
                    let angle = -Double.pi / 2 + Double.pi * Double(i) / 5
                    let radius = i % 2 == 0 ? r * 1.3 : r * 0.55
                    points.append((radius * cos(angle), radius * sin(angle)))
                }
                return polygon(points)
            case .circle, .square: return ""
            }
        }
    }

    /// The dash pattern of a line series (solid, dashed, dotted, …), so lines differ without colour.
    static func dash(_ index: Int) -> String {
        ["", "6 3", "2 3", "8 3 2 3", "1 2"][index % 5]
    }
}

/// A mapping from data to pixels, linear or logarithmic, with readable ticks.
struct Scale {
    let low: Double
    let high: Double
    let start: Double
    let end: Double
    let logarithmic: Bool

    /// A scale over `values` (non-finite and, for log, non-positive values ignored). Log when asked and the
    /// values span more than `logRatio`; linear scales start at zero when `zero` is set.
    init(values: [Double], range: (Double, Double), log: Bool = false, logRatio: Double = 20, zero: Bool = false) {
        let finite = values.filter { $0.isFinite }
        let positive = finite.filter { $0 > 0 }
        let useLog = log && positive.count >= 2 && (positive.max()! / positive.min()!) > logRatio
        start = range.0
        end = range.1
        logarithmic = useLog
        if useLog {
            low = positive.min()! / 1.15
            high = positive.max()! * 1.15
        } else {
            var lo = zero ? 0 : (finite.min() ?? 0)
            var hi = finite.max() ?? 1
            if zero { lo = min(lo, 0) }
            if hi <= lo {
                hi = lo == 0 ? 1 : lo + abs(lo) * 0.1
                if !zero { lo -= (hi - lo) }
            }
            let step = Scale.niceStep((hi - lo) / 4)
            low = zero ? lo : (lo / step).rounded(.down) * step
            high = (hi / step).rounded(.up) * step
        }
    }

    func callAsFunction(_ value: Double) -> Double {
        if logarithmic {
            let v = max(value, low)
            return start + (Foundation.log10(v) - Foundation.log10(low))
                / (Foundation.log10(high) - Foundation.log10(low)) * (end - start)
        }
        return start + (value - low) / (high - low) * (end - start)
    }

    /// Tick values inside the domain.
    var ticks: [Double] {
        if logarithmic {
            let first = Int(Foundation.log10(low).rounded(.down))
            let last = Int(Foundation.log10(high).rounded(.up))
            func candidates(_ multipliers: [Double]) -> [Double] {
                (first...last).flatMap { k in multipliers.map { $0 * pow(10, Double(k)) } }.filter {
                    $0 >= low * 0.9999 && $0 <= high * 1.0001
                }
            }
            let decades = candidates([1])
            if decades.count >= 4 { return decades }
            let coarse = candidates([1, 2, 5])
            return coarse.count >= 3 ? coarse : candidates([1, 2, 3, 4, 5, 6, 7, 8, 9])
        }
        let step = Scale.niceStep((high - low) / 4)
        var result: [Double] = []
        var tick = low
        while tick <= high + step * 1e-9 {
            result.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        return result
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, Foundation.log10(raw).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// The axis title's suffix: " (log scale)" when logarithmic.
    var note: String { logarithmic ? " (log scale)" : "" }
}
