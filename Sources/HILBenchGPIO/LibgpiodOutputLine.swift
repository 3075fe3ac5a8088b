/// A marker output on a real GPIO chip, through libgpiod (v1 or v2, whichever was compiled in).
///
/// A `final class` rather than an actor so it can conform to the synchronous `MarkerLine`: the C handle
/// is owned behind a `Mutex` and released by `close()` or in `deinit`.
public final class LibgpiodOutputLine: MarkerLine {
    /// The resolved chip device path.
    public var chipPath: String { line.chipPath }
    /// The line offset on the chip.
    public var offset: UInt32 { line.offset }
    /// Whether the physical level is inverted (logical active = electrical low).
    public let activeLow: Bool
    /// The consumer name shown by `gpioinfo`.
    public let consumer: String

    private let line: RequestedLine

    /// Requests the line as an output.
    /// - Parameters:
    ///   - chip: `/dev/gpiochipN`, `gpiochipN` or a chip label.
    ///   - offset: Line offset on the chip.
    ///   - activeLow: Invert the electrical level.
    ///   - consumer: Consumer name recorded by the kernel.
    ///   - initiallyActive: Logical level driven right after the request.
    ///   - devRoot: Where chip names and labels are looked up.
    /// - Throws: `GPIOError` naming the chip, line, failing call and errno text.
    public init(
        chip: GPIOChipSelector, offset: UInt32, activeLow: Bool = false, consumer: String = "hilbench",
        initiallyActive: Bool = false, devRoot: String = "/dev"
    ) throws(GPIOError) {
        let path = try chip.resolvePath(devRoot: devRoot)
        self.activeLow = activeLow
        self.consumer = consumer
        self.line = try RequestedLine(
            chipPath: path, offset: offset, consumer: consumer,
            kind: .output(activeLow: activeLow, initiallyActive: initiallyActive)
        )
    }

    public func set(_ active: Bool) throws(GPIOError) -> Int64 {
        try line.set(active)
    }

    /// Releases the line now; later `set` calls throw `.closed`.
    public func close() {
        line.close()
    }
}
