import Foundation

/// Gamma(shape, 1) variates for shape ≥ 1 (Marsaglia & Tsang 2000).
struct GammaSampler {
    private let d: Double
    private let c: Double

    init(shape: Double) {
        precondition(shape >= 1, "GammaSampler needs shape >= 1")
        d = shape - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
    }

    func sample(_ generator: inout Xoshiro256StarStar) -> Double {
        while true {
            var x: Double
            var v: Double
            repeat {
                x = generator.nextGaussian()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = 1 - generator.nextUnit()  // (0, 1]
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }
}
