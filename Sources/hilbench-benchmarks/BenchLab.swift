import Foundation
import HILBenchCore
import HILBenchSystem

/// A virtual lab made for one benchmark with `scripts/lab.sh` (its own folder and target folder), torn down after.
struct BenchLab {
    /// The lab folder (keys, logs, state) and the target files `up` writes.
    let directory: String
    let targets: String
    let repository: String
    let agent: String

    /// Makes `boards` boards; throws with the script's output when `up` fails.
    static func up(boards: Int, repository: String, agent: String) throws -> BenchLab {
        let directory = "/tmp/hilbench-dispatch-lab-\(getpid())"
        let lab = BenchLab(directory: directory, targets: directory + "/Targets", repository: repository, agent: agent)
        try FileManager.default.createDirectory(atPath: lab.targets, withIntermediateDirectories: true)
        let (status, output) = lab.script(["up", String(boards)])
        guard status == 0 else {
            lab.down()
            throw HILBenchError(.io, "scripts/lab.sh up \(boards) failed (exit \(status)):\n\(output)")
        }
        return lab
    }

    /// Board K's target file.
    func target(_ board: Int) throws -> TargetConfig {
        try ConfigLoader.loadTarget(at: "\(targets)/lab-board\(board).yaml")
    }

    /// Removes everything `up` made (and the folder).
    func down() {
        _ = script(["down", "--force", "--purge"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func script(_ arguments: [String]) -> (Int32, String) {
        var environment = ProcessInfo.processInfo.environment  // keeps HILBENCH_LAB_ID / HILBENCH_LAB_SUBNET
        environment["HILBENCH_AGENT"] = agent
        environment["HILBENCH_TARGETS_DIR"] = targets
        guard
            let output = try? SpawnedProcess.run(
                ["/bin/bash", repository + "/scripts/lab.sh"] + arguments + ["--dir", directory],
                environment: environment)
        else { return (127, "cannot run scripts/lab.sh") }
        return (output.exit.shellStatus, String(decoding: output.stdout + output.stderr, as: UTF8.self))
    }
}
