import Foundation

@testable import HILBenchStats

/// The numpy/scipy reference values written by `scripts/stats/make_fixtures.py`.
struct Reference: Decodable {
    struct SummaryCase: Decodable {
        struct Outliers: Decodable { let lowExtreme, lowMild, highMild, highExtreme: Int }
        let name: String
        let values: [Double]
        let fractions: [Double]
        let percentiles: [Double]
        let mean: Double
        let std: Double?
        let median: Double
        let mad: Double
        let outliers: Outliers
    }
    struct QuantileInterval: Decodable {
        let count: Int
        let fraction: Double
        let level: Double
        let lowerIndex: Int?
        let upperIndex: Int?
    }
    struct MannWhitneyCase: Decodable {
        let name: String
        let x: [Double]
        let y: [Double]
        let method: String
        let resolvedMethod: String
        let u: Double
        let p: Double
        let ties: Bool
    }
    struct HodgesLehmannCase: Decodable {
        let name: String
        let a: [Double]
        let b: [Double]
        let level: Double
        let method: String
        let rank: Int
        let shift: Double
        let ratio: Double
        let shiftLower: Double?
        let shiftUpper: Double?
        let ratioLower: Double?
        let ratioUpper: Double?
    }
    struct BootstrapCase: Decodable {
        let name: String
        let kind: String
        let fraction: Double?
        let samples: [[Double]]
        let resamples: Int
        let level: Double
        let lower: Double
        let upper: Double
        let toleranceLower: Double
        let toleranceUpper: Double
    }
    struct Multiple: Decodable {
        let p: [Double]
        let holm: [Double]
        let bh: [Double]
    }
    struct GeometricMean: Decodable {
        let ratios: [Double]
        let level, estimate, lower, upper: Double
    }
    struct TQuantile: Decodable {
        let p: Double
        let df: Double
        let q: Double
    }
    struct NormalQuantile: Decodable {
        let p: Double
        let q: Double
    }
    struct EDivisiveCase: Decodable {
        let name: String
        let values: [Double]
        let index: Int
        let qhat: Double
    }
    struct PRNGCase: Decodable {
        let seed: String
        let outputs: [String]
    }

    let summaries: [SummaryCase]
    let quantileIntervals: [QuantileInterval]
    let mannWhitney: [MannWhitneyCase]
    let hodgesLehmann: [HodgesLehmannCase]
    let bootstrap: [BootstrapCase]
    let multipleComparisons: Multiple
    let geometricMean: GeometricMean
    let studentTQuantiles: [TQuantile]
    let normalQuantiles: [NormalQuantile]
    let eDivisive: [EDivisiveCase]
    let xoshiro256StarStar: [PRNGCase]

    /// Loaded once from the test bundle.
    static let shared: Reference = {
        guard
            let url = Bundle.module.url(
                forResource: "scipy_reference", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url),
            let reference = try? JSONDecoder().decode(Reference.self, from: data)
        else {
            fatalError("Fixtures/scipy_reference.json is missing or unreadable; run scripts/stats/make_fixtures.py")
        }
        return reference
    }()
}

/// |actual − expected| ≤ tolerance·max(1, |expected|).
func close(_ actual: Double?, _ expected: Double?, relative tolerance: Double = 1e-12) -> Bool {
    guard let actual, let expected else { return actual == nil && expected == nil }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// Lognormal latency-like samples from the module's own seeded generator.
func lognormalSample(count: Int, median: Double = 1_000_000, sigma: Double, seed: UInt64) -> [Double] {
    var generator = Xoshiro256StarStar(seed: seed)
    return (0..<count).map { _ in median * exp(sigma * generator.nextGaussian()) }
}

extension Xoshiro256StarStar {
    /// A Student-t draw with 3 degrees of freedom (heavy tails): a normal over √(χ²₃ / 3).
    mutating func nextStudentT3() -> Double {
        let normal = nextGaussian()
        var chiSquare = 0.0
        for _ in 0..<3 {
            let z = nextGaussian()
            chiSquare += z * z
        }
        return normal / (chiSquare / 3).squareRoot()
    }
}
