/// The Pareto front of points where smaller is better on both axes (latency and energy per inference).
///
/// A point is on the front when no other point is at least as good on both axes and strictly better on one.
/// Identical points do not dominate each other, so duplicates on the front are all kept.
public enum ParetoFront {
    /// Indices of the non-dominated points, ordered by x ascending (then y). Points with a non-finite
    /// coordinate are ignored. O(n log n).
    public static func indices(x: [Double], y: [Double]) -> [Int] {
        precondition(x.count == y.count, "x and y must have the same length")
        let order = x.indices.filter { x[$0].isFinite && y[$0].isFinite }.sorted { a, b in
            x[a] != x[b] ? x[a] < x[b] : (y[a] != y[b] ? y[a] < y[b] : a < b)
        }
        var front: [Int] = []
        var bestY = Double.infinity
        for index in order {
            if y[index] < bestY {
                front.append(index)
                bestY = y[index]
            } else if let last = front.last, x[last] == x[index], y[last] == y[index] {
                front.append(index)  // a duplicate of a front point
            }
        }
        return front
    }
}
