/// Order statistics of the m·n pairwise differences bⱼ − aᵢ without materialising them.
///
/// With a and b sorted, the matrix d(i, j) = b[j] − a[i] is sorted along rows (ascending in j) and
/// columns (descending in i), so the number of entries below a pivot is counted with two pointers in
/// O(m + n). Selection keeps, per row, the window of columns that can still hold the answer, draws a
/// pivot uniformly among the remaining entries, and discards the side that cannot hold it — the
/// randomised algorithm of Monahan (1984) / Johnson & Mizoguchi (1978) for X + Y. Expected
/// O((m + n)·log(m·n)) time and O(m) memory: 10 000 × 10 000 = 10⁸ differences take milliseconds.
/// The differences are computed with the same floating-point expression everywhere, so counts and values
/// agree exactly. Pivots come from a fixed-seed generator, so results are deterministic.
struct PairwiseDifferences {
    let a: [Double]
    let b: [Double]

    /// Uses `a` and `b` as given; both must be sorted ascending.
    init(sortedBaseline a: [Double], sortedCandidate b: [Double]) {
        self.a = a
        self.b = b
    }

    var count: Int { a.count * b.count }

    /// The difference of 0-based rank `k` among all m·n differences.
    func value(atRank k: Int) -> Double {
        let m = a.count
        let n = b.count
        precondition(k >= 0 && k < m * n, "rank out of range")
        let smallEnough = max(4096, 2 * (m + n))
        if m * n <= smallEnough {
            var all = [Double]()
            all.reserveCapacity(m * n)
            for ai in a { for bj in b { all.append(bj - ai) } }
            return all.withUnsafeMutableBufferPointer { buffer in
                Selection.select(buffer, k)
                return buffer[k]
            }
        }
        var low = [Int](repeating: 0, count: m)  // row i's candidates are columns low[i]..<high[i]
        var high = [Int](repeating: n, count: m)
        var less = [Int](repeating: 0, count: m)
        var lessOrEqual = [Int](repeating: 0, count: m)
        var below = 0  // entries discarded because they rank below the answer
        var remaining = m * n
        var generator = Xoshiro256StarStar(seed: 0x48_4C_53_45_4C_45_43_54)  // "HLSELECT"
        while remaining > smallEnough {
            // A uniformly chosen remaining entry as pivot.
            var r = generator.nextIndex(below: remaining)
            var pivot = 0.0
            for i in 0..<m {
                let width = high[i] - low[i]
                if r < width {
                    pivot = b[low[i] + r] - a[i]
                    break
                }
                r -= width
            }
            // Count entries < pivot and <= pivot per row; both column boundaries only move right as i grows.
            var jLess = 0
            var jLessOrEqual = 0
            var totalLess = 0
            var totalLessOrEqual = 0
            for i in 0..<m {
                let ai = a[i]
                while jLess < n && b[jLess] - ai < pivot { jLess += 1 }
                if jLessOrEqual < jLess { jLessOrEqual = jLess }
                while jLessOrEqual < n && b[jLessOrEqual] - ai <= pivot { jLessOrEqual += 1 }
                less[i] = min(max(jLess, low[i]), high[i])
                lessOrEqual[i] = min(max(jLessOrEqual, low[i]), high[i])
                totalLess += less[i] - low[i]
                totalLessOrEqual += lessOrEqual[i] - low[i]
            }
            let target = k - below
            if target < totalLess {
                swap(&high, &less)
                remaining = totalLess
            } else if target < totalLessOrEqual {
                return pivot
            } else {
                below += totalLessOrEqual
                remaining -= totalLessOrEqual
                swap(&low, &lessOrEqual)
            }
        }
        var rest = [Double]()
        rest.reserveCapacity(remaining)
        for i in 0..<m where low[i] < high[i] {
            let ai = a[i]
            for j in low[i]..<high[i] { rest.append(b[j] - ai) }
        }
        let target = k - below
        return rest.withUnsafeMutableBufferPointer { buffer in
            Selection.select(buffer, target)
            return buffer[target]
        }
    }

    /// The median of all m·n differences (mean of the two middle ones when m·n is even).
    func median() -> Double {
        let total = count
        if total % 2 == 1 { return value(atRank: total / 2) }
        let lower = value(atRank: total / 2 - 1)
        let upper = value(atRank: total / 2)
        return (lower + upper) / 2
    }
}
