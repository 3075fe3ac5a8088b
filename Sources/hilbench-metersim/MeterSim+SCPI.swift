import ArgumentParser
import HILBenchMeters
import HILBenchSimulators

extension MeterSim {
    /// A Keysight N6705 (data logger over raw-socket SCPI) on TCP.
    struct SCPI: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "An N6705 power analyzer on raw-socket SCPI (ELOG data logging), listening on HOST:PORT.")

        @Option(
            help: ArgumentHelp(
                "IPv4 address and port to listen on (port 0: one the kernel chooses, shown in the ready line).",
                valueName: "host:port"))
        var listen: String

        @Option(help: ArgumentHelp("The *IDN? answer.", valueName: "text"))
        var identity = "Keysight Technologies,N6705C,MY56001234,D.02.05.1262"

        @OptionGroup var board: BoardOptions

        /// `listen` split into its address and port.
        var address: (host: String, port: UInt16)? {
            guard let colon = listen.lastIndex(of: ":"), let port = UInt16(listen[listen.index(after: colon)...]) else {
                return nil
            }
            let host = String(listen[..<colon])
            return host.isEmpty ? nil : (host, port)
        }

        func validate() throws {
            guard address != nil else {
                throw ValidationError("--listen must be HOST:PORT with a port 0…65535, got '\(listen)'")
            }
        }

        func run() throws {
            Signals.block()
            guard let address else { throw ValidationError("--listen must be HOST:PORT") }
            let load = try board.liveLoad(meter: "scpi")
            let behaviour = SCPISimulator.Behaviour(
                identity: identity, measuring: .live(load), volts: Double(board.millivolts) / 1_000)
            let simulator = try SCPISimulator(behaviour: behaviour, host: address.host, port: address.port)
            printReady(
                "hilbench-metersim scpi ready: \(address.host):\(simulator.port) (marker \(board.markerWire), \(board.cgroup.map { "cgroup \($0)" } ?? "cpu wire \(board.cpuWire ?? "")"))"
            )
            let number = Signals.wait()
            simulator.stop()
            load.stop()
            printError("hilbench-metersim scpi: stopped by signal \(number)")
        }
    }
}
