import ArgumentParser

/// Instrument simulators as processes: a PPK2 on a pseudo-terminal or an N6705 on TCP, measuring a live board.
@main
struct MeterSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hilbench-metersim",
        abstract: "Simulated power meters that measure a live (virtual) board: its marker wire and its CPU use.",
        discussion: """
            The meter reads the board's marker from a marker wire file (lines '<t_ns> <0|1>') and its CPU use from a \
            cgroup or a CPU-time wire, and reports current = (idle W + W per CPU × busy cores) / volts. It prints one \
            ready line, then serves until SIGTERM or SIGINT.
            """,
        subcommands: [PPK2.self, SCPI.self])
}
