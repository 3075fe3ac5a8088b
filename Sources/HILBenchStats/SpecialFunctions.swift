import Foundation

/// Distribution functions this module needs (normal, Student t, binomial walks), written out so the
/// module has no dependency beyond Foundation's libm.
enum Special {
    // MARK: Normal

    /// Φ(x), the standard normal CDF.
    static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// 1 − Φ(x), accurate in the upper tail.
    static func normalSF(_ x: Double) -> Double {
        0.5 * erfc(x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p): Acklam's rational approximation refined by one Halley step (relative error ~1e-15).
    static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "normalQuantile needs p in (0, 1)")
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [
            7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00,
        ]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x =
                (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5
            let r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x =
                -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // Halley refinement; the error is computed from the tail nearest to p to keep precision.
        for _ in 0..<2 {
            let e = p < 0.5 ? normalCDF(x) - p : (1 - p) - normalSF(x)
            let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
            x -= u / (1 + x * u / 2)
        }
        return x
    }

    // MARK: Gamma and beta

    /// ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15).
    static func logGamma(_ x: Double) -> Double {
        precondition(x > 0, "logGamma needs x > 0")
        if x < 0.5 {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            return log(Double.pi / sin(Double.pi * x)) - logGamma(1 - x)
        }
        let g = 7.0
        let coefficients = [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ]
        let z = x - 1
        var sum = coefficients[0]
        for i in 1..<coefficients.count {
            sum += coefficients[i] / (z + Double(i))
        }
        let t = z + g + 0.5
        return 0.5 * log(2 * Double.pi) + (z + 0.5) * log(t) - t + log(sum)
    }

    /// The regularized incomplete beta function I_x(a, b) (continued fraction, modified Lentz).
    static func regularizedIncompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log1p(-x)
        // The continued fraction converges fast for x < (a+1)/(a+b+2); use symmetry otherwise.
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaContinuedFraction(a, b, x) / a
        }
        return 1 - exp(logFront) * betaContinuedFraction(b, a, 1 - x) / b
    }

    private static func betaContinuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...100_000 {
            let md = Double(m)
            let m2 = 2 * md
            var aa = md * (b - md) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + md) * (qab + md) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    // MARK: Student t

    /// The p-quantile of Student's t with `df` degrees of freedom (bracketing then bisection to ~1 ulp).
    static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(p > 0 && p < 1, "studentTQuantile needs p in (0, 1)")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -studentTQuantile(1 - p, degreesOfFreedom: df) }
        // Upper tail: find t > 0 with SF(t) = 1 − p, comparing tails to keep precision.
        let target = 1 - p
        func sf(_ t: Double) -> Double { 0.5 * regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t)) }
        var low = 0.0
        var high = max(1.0, normalQuantile(p))
        while sf(high) > target {
            low = high
            high *= 2
        }
        for _ in 0..<200 {
            let mid = 0.5 * (low + high)
            if mid <= low || mid >= high { break }
            if sf(mid) > target { low = mid } else { high = mid }
        }
        return 0.5 * (low + high)
    }
}
