import ArgumentParser
import HILBenchMeters
import HILBenchSimulators

/// The options every simulator shares: which board it follows and its power model.
struct BoardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The board's marker wire file (need not exist yet).", valueName: "file"))
    var markerWire: String

    @Option(
        help: ArgumentHelp("The board's cgroup directory (cpuacct.usage, or cpu.stat usage_usec).", valueName: "dir"))
    var cgroup: String?

    @Option(
        help: ArgumentHelp("A CPU-time wire file ('<t_ns> <cpu_ns>' lines) instead of a cgroup.", valueName: "file"))
    var cpuWire: String?

    @Option(help: ArgumentHelp("Power of the idle board (W).", valueName: "W"))
    var idleWatts: Double = 1.0

    @Option(help: ArgumentHelp("Extra power per fully busy CPU core (W).", valueName: "W"))
    var wattsPerCpu: Double = 2.0

    @Option(help: ArgumentHelp("Source voltage (mV).", valueName: "mV"))
    var millivolts: Int = 3_300

    @Option(help: ArgumentHelp("How often the board's CPU time is read (ms).", valueName: "ms"))
    var sampleMs: Double = 1

    func validate() throws {
        switch (cgroup, cpuWire) {
        case (nil, nil): throw ValidationError("give the board's CPU source: --cgroup DIR or --cpu-wire FILE")
        case (.some, .some): throw ValidationError("give only one of --cgroup and --cpu-wire")
        default: break
        }
        guard idleWatts >= 0, idleWatts.isFinite else {
            throw ValidationError("--idle-watts must be ≥ 0, got \(idleWatts)")
        }
        guard wattsPerCpu >= 0, wattsPerCpu.isFinite else {
            throw ValidationError("--watts-per-cpu must be ≥ 0, got \(wattsPerCpu)")
        }
        guard (800...5_000).contains(millivolts) else {
            throw ValidationError("--millivolts must be 800…5000, got \(millivolts)")
        }
        guard sampleMs >= 0.1, sampleMs <= 100 else {
            throw ValidationError("--sample-ms must be 0.1…100, got \(sampleMs)")
        }
    }

    /// The live board load these options describe, reporting problems on standard error.
    func liveLoad(meter: String) throws(MeterError) -> LiveBoardLoad {
        let source: LiveBoardLoad.Configuration.CPUSource =
            cgroup.map { .cgroup(path: $0) } ?? .cpuTimeWire(path: cpuWire ?? "")
        let configuration = LiveBoardLoad.Configuration(
            markerWire: markerWire, cpu: source, idleWatts: idleWatts, wattsPerCPU: wattsPerCpu,
            samplePeriodMs: sampleMs)
        return try LiveBoardLoad(configuration: configuration) { problem in
            printError("hilbench-metersim \(meter): \(problem)")
        }
    }
}
