public import HILBenchStats

/// A baseline (A) against candidate (B) comparison of one metric, ready to render as a speedup matrix.
///
/// The caller computes the numbers (HILBenchStats `Comparison`: Hodges–Lehmann ratio B/A with its interval,
/// Mann–Whitney p, verdict) and fills the rows; this type only arranges them. `matrices()` projects the rows onto
/// a grid like benchstat's `-row`/`-col`: chosen dimensions (chip, runtime, precision, …) become rows and
/// columns, the other varying dimensions split the grid into several tables, and each column gets a geometric
/// mean. A ratio that is not significant is shown with `~`.
public struct ComparisonReport: Sendable, Codable, Equatable {
    /// One case's comparison.
    public struct Row: Sendable, Codable, Equatable {
        /// The case id (`CaseKey.id`) or another unique key.
        public var key: String
        /// How people name the case.
        public var label: String
        /// The case's coordinates: `model`, `target`, `chip`, `runtime`, `precision`, `threads`, `batch` (any subset, any extra).
        public var dimensions: [String: String]
        /// A's and B's summary values (e.g. median latency in `unit`).
        public var baseline: Double?
        public var candidate: Double?
        /// B / A and its confidence interval.
        public var ratio: Double?
        public var ciLow: Double?
        public var ciHigh: Double?
        /// The test's p-value (adjusted for multiplicity where the caller did so).
        public var pValue: Double?
        /// `regressed`, `improved`, `noChange`, `inconclusive`, `unstable`, or the caller's own (`missing`, `failed`).
        public var verdict: String
        /// Whether the difference is statistically significant; shown as `~` when not.
        public var significant: Bool
        /// Why, in one sentence.
        public var note: String?

        public init(
            key: String, label: String, dimensions: [String: String], baseline: Double?, candidate: Double?,
            ratio: Double?,
            ciLow: Double?, ciHigh: Double?, pValue: Double?, verdict: String, significant: Bool, note: String? = nil
        ) {
            self.key = key
            self.label = label
            self.dimensions = dimensions
            self.baseline = baseline
            self.candidate = candidate
            self.ratio = ratio
            self.ciLow = ciLow
            self.ciHigh = ciHigh
            self.pValue = pValue
            self.verdict = verdict
            self.significant = significant
            self.note = note
        }
    }

    /// Which dimensions make the rows and the columns of the matrix.
    public struct Projection: Sendable, Codable, Equatable {
        public var rows: [String]
        public var columns: [String]

        public init(rows: [String], columns: [String]) {
            self.rows = rows
            self.columns = columns
        }
    }

    public var title: String
    /// What A and B are (run ids, chip names, runtime builds).
    public var baselineLabel: String
    public var candidateLabel: String
    /// The metric compared (`latency_p50`, …) and its unit (`ms`).
    public var metric: String
    public var unit: String
    /// Whether a ratio below 1 is better (latency, energy, memory) or above 1 (throughput).
    public var direction: MetricDirection
    /// The level of the intervals, e.g. 0.95.
    public var confidence: Double
    public var rows: [Row]
    /// The grid; nil chooses one (`defaultProjection`).
    public var projection: Projection?
    public var notes: [String]

    public init(
        title: String, baselineLabel: String, candidateLabel: String, metric: String, unit: String,
        direction: MetricDirection = .lowerIsBetter, confidence: Double = 0.95, rows: [Row],
        projection: Projection? = nil,
        notes: [String] = []
    ) {
        self.title = title
        self.baselineLabel = baselineLabel
        self.candidateLabel = candidateLabel
        self.metric = metric
        self.unit = unit
        self.direction = direction
        self.confidence = confidence
        self.rows = rows
        self.projection = projection
        self.notes = notes
    }

    /// The usual order of dimensions in labels and default projections.
    public static let dimensionOrder = ["model", "target", "chip", "runtime", "precision", "threads", "batch"]

    /// Dimensions whose value differs between rows, in `dimensionOrder` then alphabetical order. `chip` is left
    /// out when it only repeats `target`.
    public var varyingDimensions: [String] {
        let names = Set(rows.flatMap { $0.dimensions.keys })
        let ordered = Self.dimensionOrder.filter(names.contains) + names.subtracting(Self.dimensionOrder).sorted()
        var varying = ordered.filter { name in Set(rows.map { $0.dimensions[name] ?? "" }).count > 1 }
        if varying.contains("chip"), varying.contains("target") {
            let pairs = Set(rows.map { "\($0.dimensions["target"] ?? "")\u{1F}\($0.dimensions["chip"] ?? "")" })
            if pairs.count == Set(rows.map { $0.dimensions["target"] ?? "" }).count {
                varying.removeAll { $0 == "chip" }
            }
        }
        return varying
    }

    /// Columns: the first varying one of chip/target, precision, runtime; rows: the other varying dimensions.
    public var defaultProjection: Projection {
        let varying = varyingDimensions
        guard let column = ["chip", "target", "precision", "runtime"].first(where: varying.contains) else {
            return Projection(rows: varying, columns: [])
        }
        return Projection(rows: varying.filter { $0 != column }, columns: [column])
    }

    /// The speedup matrices: one per combination of the varying dimensions that are neither rows nor columns.
    public func matrices() -> [SpeedupMatrix] {
        let projection = projection ?? defaultProjection
        let used = Set(projection.rows + projection.columns)
        let split = varyingDimensions.filter { !used.contains($0) }
        func join(_ row: Row, _ names: [String]) -> String {
            names.map { row.dimensions[$0] ?? "–" }.joined(separator: " · ")
        }
        var groups: [(String, [Row])] = []
        for row in rows {
            let title = split.map { "\($0)=\(row.dimensions[$0] ?? "–")" }.joined(separator: ", ")
            if let index = groups.firstIndex(where: { $0.0 == title }) {
                groups[index].1.append(row)
            } else {
                groups.append((title, [row]))
            }
        }
        return groups.map { title, members in
            var rowLabels: [String] = []
            var columnLabels: [String] = []
            for row in members {
                let r = projection.rows.isEmpty ? row.label : join(row, projection.rows)
                let c = projection.columns.isEmpty ? "B/A" : join(row, projection.columns)
                if !rowLabels.contains(r) { rowLabels.append(r) }
                if !columnLabels.contains(c) { columnLabels.append(c) }
            }
            var cells = [[SpeedupMatrix.Cell?]](
                repeating: [SpeedupMatrix.Cell?](repeating: nil, count: columnLabels.count), count: rowLabels.count)
            for row in members {
                let r = rowLabels.firstIndex(of: projection.rows.isEmpty ? row.label : join(row, projection.rows))!
                let c = columnLabels.firstIndex(of: projection.columns.isEmpty ? "B/A" : join(row, projection.columns))!
                cells[r][c] = SpeedupMatrix.Cell(
                    key: row.key, ratio: row.ratio, ciLow: row.ciLow, ciHigh: row.ciHigh, pValue: row.pValue,
                    verdict: row.verdict, significant: row.significant)
            }
            let geomeans: [SpeedupMatrix.Cell?] = columnLabels.indices.map { column in
                let ratios = cells.compactMap { $0[column]?.ratio }.filter { $0 > 0 && $0.isFinite }
                guard ratios.count >= 2, let mean = try? GeometricMeanRatio(ratios: ratios, confidence: confidence)
                else { return nil }
                let significant = mean.interval.map { !$0.contains(1) } ?? false
                return SpeedupMatrix.Cell(
                    key: "geomean", ratio: mean.estimate, ciLow: mean.interval?.lower, ciHigh: mean.interval?.upper,
                    pValue: nil,
                    verdict: "geomean of \(ratios.count)", significant: significant)
            }
            return SpeedupMatrix(
                title: title, rowDimensions: projection.rows, columnDimensions: projection.columns,
                rowLabels: rowLabels,
                columnLabels: columnLabels, cells: cells, geomean: geomeans.contains { $0 != nil } ? geomeans : nil)
        }
    }

    /// The text of one cell: `0.820× [0.800, 0.850] better`, `~ 1.010× [0.980, 1.030]`, or the verdict when there is no ratio.
    public static func cellText(_ cell: SpeedupMatrix.Cell?) -> String {
        guard let cell else { return "" }
        guard let ratio = cell.ratio, ratio.isFinite else { return cell.verdict }
        var text = ratioText(ratio)
        if let low = cell.ciLow, let high = cell.ciHigh { text += " [\(number(low)), \(number(high))]" }
        if !cell.significant { return "~ " + text }
        switch cell.verdict {
        case Verdict.improved.rawValue: return text + " better"
        case Verdict.regressed.rawValue: return text + " worse"
        default: return text
        }
    }

    static func ratioText(_ ratio: Double) -> String { number(ratio) + "×" }

    static func number(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 100 { return SVG.fixed(value, 0) }
        if magnitude >= 10 { return SVG.fixed(value, 1) }
        return SVG.fixed(value, 3)
    }
}

/// One grid of a comparison: rows × columns of ratios B/A, with a geometric mean per column.
public struct SpeedupMatrix: Sendable, Codable, Equatable {
    public struct Cell: Sendable, Codable, Equatable {
        /// The row's key, or `geomean`.
        public var key: String
        public var ratio: Double?
        public var ciLow: Double?
        public var ciHigh: Double?
        public var pValue: Double?
        public var verdict: String
        public var significant: Bool
    }

    /// The split dimensions' values (`model=mobilenet, threads=1`), empty when there is one table.
    public var title: String
    public var rowDimensions: [String]
    public var columnDimensions: [String]
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `cells[row][column]`; nil where no case falls.
    public var cells: [[Cell?]]
    /// The geometric mean of each column's ratios with its t interval (nil for a column with fewer than 2 ratios).
    public var geomean: [Cell?]?
}
