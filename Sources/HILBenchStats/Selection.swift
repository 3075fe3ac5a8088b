import Foundation

/// In-place selection of order statistics (Floyd–Rivest), used instead of sorting wherever only one or
/// two order statistics of a buffer are needed (bootstrap resamples, pairwise differences).
enum Selection {
    /// Reorders `buffer` so that `buffer[k]` holds the k-th smallest value (0-based), everything before
    /// it is ≤ and everything after it is ≥. Values must not be NaN.
    static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int) {
        precondition(k >= 0 && k < buffer.count, "selection rank out of range")
        floydRivest(buffer, 0, buffer.count - 1, k)
    }

    /// The type-7 quantile of an unsorted buffer, reordering it (see `Quantile.type7(sorted:_:)`).
    static func type7(_ buffer: UnsafeMutableBufferPointer<Double>, _ fraction: Double) -> Double {
        let n = buffer.count
        let position = Double(n - 1) * fraction
        let lowerIndex = min(Int(position.rounded(.down)), n - 1)
        let weight = position - Double(lowerIndex)
        select(buffer, lowerIndex)
        let lower = buffer[lowerIndex]
        if weight == 0 || lowerIndex + 1 >= n { return lower }
        // The next order statistic is the minimum of the part above the selected rank.
        var upper = buffer[lowerIndex + 1]
        var i = lowerIndex + 2
        while i < n {
            if buffer[i] < upper { upper = buffer[i] }
            i += 1
        }
        return Quantile.interpolate(lower, upper, weight)
    }

    private static func floydRivest(_ buffer: UnsafeMutableBufferPointer<Double>, _ left: Int, _ right: Int, _ k: Int) {
        // Raw pointer arithmetic: indices are kept inside [left, right] by the algorithm's sentinels.
        guard let a = buffer.baseAddress else { return }
        var left = left
        var right = right
        while right > left {
            if right - left > 600 {
                // Recurse on a sample to pick bounds that bracket the k-th element tightly.
                let n = Double(right - left + 1)
                let i = Double(k - left + 1)
                let z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i - n / 2 < 0 ? -1 : 1)
                let newLeft = max(left, Int(Double(k) - i * s / n + sd))
                let newRight = min(right, Int(Double(k) + (n - i) * s / n + sd))
                floydRivest(buffer, newLeft, newRight, k)
            }
            let t = a[k]
            var i = left
            var j = right
            swap(a, left, k)
            if a[right] > t { swap(a, right, left) }
            while i < j {
                swap(a, i, j)
                i += 1
                j -= 1
                while a[i] < t { i += 1 }
                while a[j] > t { j -= 1 }
            }
            if a[left] == t {
                swap(a, left, j)
            } else {
                j += 1
                swap(a, j, right)
            }
            if j <= k { left = j + 1 }
            if k <= j { right = j - 1 }
        }
    }

    @inline(__always)
    private static func swap(_ a: UnsafeMutablePointer<Double>, _ i: Int, _ j: Int) {
        let x = a[i]
        a[i] = a[j]
        a[j] = x
    }
}
