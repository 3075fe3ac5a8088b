import Foundation
import HILBenchGPIO
import Testing

@Suite("libgpiod wrapper")
struct GPIOLibraryTests {
    @Test func versionComesFromLibgpiod() throws {
        let version = GPIOLibrary.version
        let first = try #require(version.first)
        #expect(first.isNumber, "version '\(version)'")
        #expect((1...2).contains(GPIOLibrary.apiMajor))
        #expect(version.hasPrefix("\(GPIOLibrary.apiMajor)."))
    }

    @Test(.enabled(if: !FileManager.default.fileExists(atPath: "/dev/gpiochip0"), "only where no GPIO chip exists"))
    func noChipsOnThisMachine() {
        #expect(GPIOLibrary.chips().isEmpty)
    }

    @Test func filesThatAreNotGPIODevicesAreNotChips() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gpio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("not a chip".utf8).write(to: root.appendingPathComponent("gpiochip0"))
        #expect(GPIOLibrary.chips(devRoot: root.path).isEmpty)
        #expect(GPIOLibrary.chips(devRoot: root.path + "/missing").isEmpty)
    }

    @Test(arguments: [
        ("/dev/gpiochip2", GPIOChipSelector.path("/dev/gpiochip2")),
        ("gpiochip1", .name("gpiochip1")),
        ("4", .name("gpiochip4")),
        ("pinctrl-bcm2711", .label("pinctrl-bcm2711")),
        ("gpiochipX", .label("gpiochipX")),
    ])
    func selectorParsing(text: String, expected: GPIOChipSelector) {
        #expect(GPIOChipSelector(text) == expected)
    }

    @Test func nameResolvesUnderTheDeviceRoot() throws {
        #expect(try GPIOChipSelector.name("gpiochip3").resolvePath(devRoot: "/dev") == "/dev/gpiochip3")
    }

    @Test func missingChipGivesErrnoText() {
        let path = "/dev/gpiochip-hilbench-missing"
        let error = #expect(throws: GPIOError.self) {
            _ = try LibgpiodOutputLine(chip: .path(path), offset: 17)
        }
        #expect(error?.code == .chipOpen)
        #expect(error?.chip == path)
        #expect(error?.line == 17)
        #expect(error?.operation == "gpiod_chip_open")
        #expect(error?.errnoCode == ENOENT)
        #expect(error?.errnoText == "No such file or directory")
        let description = error.map { String(describing: $0) } ?? ""
        #expect(
            description.contains(path) && description.contains("No such file or directory")
                && description.contains("line 17"))
    }

    @Test func missingChipForCapture() {
        let error = #expect(throws: GPIOError.self) {
            _ = try GPIOEdgeCapture(chip: .name("gpiochip-hilbench-missing"), offset: 2)
        }
        #expect(error?.code == .chipOpen)
        #expect(error?.errnoCode == ENOENT)
    }

    @Test func unknownLabelIsChipNotFound() {
        let error = #expect(throws: GPIOError.self) {
            _ = try LibgpiodOutputLine(chip: .label("no-such-label"), offset: 0, devRoot: "/nonexistent")
        }
        #expect(error?.code == .chipNotFound)
        #expect(error?.message.contains("no-such-label") == true)
    }
}

/// Tests that need a real chip; they show as skipped elsewhere.
@Suite("libgpiod on a real chip", .serialized, .timeLimit(.minutes(1)))
struct GPIORealChipTests {
    static let hasChip = FileManager.default.fileExists(atPath: "/dev/gpiochip0")
    /// Which line may be toggled: only the operator knows, so it must be given.
    static let outputLine = ProcessInfo.processInfo.environment["HIL_GPIO_OUTPUT_LINE"].flatMap(UInt32.init)

    @Test(.enabled(if: hasChip, "needs /dev/gpiochip0 (a board or gpio-sim)"))
    func chipsAreListed() throws {
        let chips = GPIOLibrary.chips()
        let first = try #require(chips.first)
        #expect(first.path == "/dev/gpiochip0")
        #expect(first.name == "gpiochip0")
        #expect(first.lineCount > 0)
    }

    @Test(
        .enabled(
            if: hasChip && outputLine != nil, "needs /dev/gpiochip0 and HIL_GPIO_OUTPUT_LINE=<offset safe to toggle>"))
    func outputLineToggles() throws {
        let line = try LibgpiodOutputLine(
            chip: .path("/dev/gpiochip0"), offset: try #require(Self.outputLine), consumer: "hilbench-test")
        let up = try line.set(true)
        let down = try line.set(false)
        #expect(down > up)
        line.close()
        #expect(throws: GPIOError.self) { _ = try line.set(true) }
    }
}
