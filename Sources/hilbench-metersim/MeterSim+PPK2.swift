import ArgumentParser
import Foundation
import HILBenchMeters
import HILBenchSimulators

extension MeterSim {
    /// A Nordic PPK2 on a pseudo-terminal, reached through a symbolic link.
    struct PPK2: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "A PPK2 on a pseudo-terminal: --link PATH points to the terminal (give PATH as the target's meter device)."
        )

        @Option(
            help: ArgumentHelp("Symbolic link to create to the pseudo-terminal (removed on exit).", valueName: "path"))
        var link: String

        @OptionGroup var board: BoardOptions

        func validate() throws {
            var info = stat()
            if lstat(link, &info) == 0 {
                // A link left by a simulator that died is replaced; anything else is not ours to remove.
                let isLink = info.st_mode & S_IFMT == S_IFLNK
                guard isLink, !FileManager.default.fileExists(atPath: link) else {
                    throw ValidationError(
                        "--link \(link) already exists\(isLink ? " and points to a live device" : ""); remove it or choose another path"
                    )
                }
            }
            guard
                FileManager.default.fileExists(
                    atPath: (link as NSString).deletingLastPathComponent.isEmpty
                        ? "." : (link as NSString).deletingLastPathComponent)
            else {
                throw ValidationError("the folder of --link \(link) does not exist")
            }
        }

        func run() throws {
            Signals.block()
            let load = try board.liveLoad(meter: "ppk2")
            let simulator = try PPK2Simulator(measuring: .live(load), millivolts: board.millivolts)
            unlink(link)  // a dangling link from an earlier run (validate() refused anything else)
            guard symlink(simulator.devicePath, link) == 0 else {
                let code = errno
                throw ValidationError(
                    "cannot create the link \(link) → \(simulator.devicePath): \(String(cString: strerror(code)))")
            }
            printReady(
                "hilbench-metersim ppk2 ready: \(link) -> \(simulator.devicePath) (marker \(board.markerWire), \(board.cgroup.map { "cgroup \($0)" } ?? "cpu wire \(board.cpuWire ?? "")"))"
            )
            let number = Signals.wait()
            // Remove the link only while it is still ours.
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == simulator.devicePath {
                unlink(link)
            }
            simulator.stop()
            load.stop()
            printError("hilbench-metersim ppk2: stopped by signal \(number)")
        }
    }
}
