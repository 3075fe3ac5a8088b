/// One fixed-size, zero-initialised allocation that lives as long as the engine owning it.
///
/// The engines preallocate every weight, activation and scratch buffer in `init`, so an inference only
/// reads and writes through these pointers and never allocates.
final class Buffer<Element: BitwiseCopyable> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: value, count: max(count, 1))
    }

    init(_ values: [Element]) {
        count = values.count
        pointer = .allocate(capacity: max(count, 1))
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit { pointer.deallocate() }
}
