/// Downsampling of a series for drawing: Largest-Triangle-Three-Buckets (Steinarsson 2013), which keeps
/// the visual shape (peaks, steps) far better than taking every k-th point, plus indices that must survive.
enum Downsampling {
    /// Indices (ascending) of at most about `threshold` + `keep.count` points of (x, y) to draw. The first and
    /// last points and every index in `keep` are always included; everything is returned when the series is short.
    static func indices(x: [Double], y: [Double], threshold: Int, keep: Set<Int> = []) -> [Int] {
        let n = x.count
        precondition(y.count == n, "x and y must have the same length")
        guard threshold >= 3, n > threshold else { return Array(0..<n) }
        var chosen: [Int] = [0]
        chosen.reserveCapacity(threshold + keep.count)
        let bucketSize = Double(n - 2) / Double(threshold - 2)
        var previous = 0
        for bucket in 0..<(threshold - 2) {
            let start = Int(Double(bucket) * bucketSize) + 1
            let end = min(Int(Double(bucket + 1) * bucketSize) + 1, n - 1)
            // The average of the next bucket is the third corner of the triangle.
            let nextStart = end
            let nextEnd = min(Int(Double(bucket + 2) * bucketSize) + 1, n)
            var averageX = 0.0
            var averageY = 0.0
            let nextCount = max(1, nextEnd - nextStart)
            for index in nextStart..<max(nextStart + 1, nextEnd) where index < n {
                averageX += x[index]
                averageY += y[index]
            }
            averageX /= Double(nextCount)
            averageY /= Double(nextCount)
            var best = start
            var bestArea = -1.0
            for index in start..<max(start + 1, end) where index < n {
                let area = abs(
                    (x[previous] - averageX) * (y[index] - y[previous]) - (x[previous] - x[index])
                        * (averageY - y[previous]))
                if area > bestArea {
                    bestArea = area
                    best = index
                }
            }
            chosen.append(best)
            previous = best
        }
        chosen.append(n - 1)
        if keep.isEmpty { return chosen }
        return Array(Set(chosen).union(keep.filter { $0 >= 0 && $0 < n })).sorted()
    }
}
