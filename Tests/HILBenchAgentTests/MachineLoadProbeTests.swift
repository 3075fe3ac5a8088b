import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// The machine's load around a case, read from a fake `/proc` tree whose counters the test moves.
@Suite struct MachineLoadProbeTests {
    /// /proc/stat's cpu line (user nice system idle iowait irq softirq steal) and /proc/self/stat with a command
    /// name holding spaces and a parenthesis, as the kernel writes it.
    static func write(
        _ root: Scratch, busy: (Int64, Int64, Int64, Int64, Int64), own: (Int64, Int64, Int64, Int64), load: String
    ) throws {
        try root.write(
            "proc/stat",
            "cpu  \(busy.0) \(busy.1) \(busy.2) 99999 50 \(busy.3) \(busy.4) 7 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n")
        try root.write(
            "proc/self/stat",
            "4242 (hilbench agent) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 \(own.0) \(own.1) \(own.2) \(own.3) 20 0 3 0\n"
        )
        try root.write("proc/loadavg", "\(load) 0.80 0.70 2/300 4243\n")
    }

    @Test func otherProcessesCPUTimeIsTheMachinesBusyTimeLessTheAgentsAndItsRunners() throws {
        let root = try Scratch("machine-load")
        try root.write("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "schedutil\n")
        try Self.write(root, busy: (1000, 10, 200, 5, 5), own: (50, 10, 0, 0), load: "0.50")
        let probe = MachineLoadProbe(root: root.path)
        let start = probe.snapshot()
        // During the case: 300 ticks of work machine-wide, of which the agent used 20 and its reaped runner 180.
        try Self.write(root, busy: (1255, 10, 240, 7, 8), own: (60, 20, 150, 30), load: "1.25")
        let load = probe.load(since: start)
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        #expect(abs((load.otherCPUSeconds ?? -1) - 100 / hz) < 1e-9)
        #expect(load.loadAverageStart == 0.5 && load.loadAverageEnd == 1.25)
        #expect(load.governor == "schedutil")
        #expect(load.wallSeconds >= 0)
    }

    /// Steal (the 8th figure of the cpu line) is the hypervisor's: counted apart, never as other processes' work;
    /// above 0.05 CPUs on average it makes the case noisy.
    @Test func stealIsTheHypervisorsAndMakesACaseNoisyAboveFivePercentOfACPU() throws {
        let root = try Scratch("machine-steal")
        let hz = Int64(sysconf(Int32(_SC_CLK_TCK)))
        func write(steal: Int64) throws {
            try root.write("proc/stat", "cpu  1000 0 200 99999 50 5 5 \(steal) 0 0\n")
            try root.write(
                "proc/self/stat",
                "4242 (agent) S 1 4242 4242 0 -1 4194560 100 0 0 0 50 10 0 0 20 0 3 0\n")
            try root.write("proc/loadavg", "0.20 0.80 0.70 2/300 4243\n")
        }
        try write(steal: 10)
        let probe = MachineLoadProbe(root: root.path)
        let start = probe.snapshot()
        try write(steal: 10 + 3 * hz)
        var load = probe.load(since: start)
        #expect(load.stealSeconds == 3)
        #expect(load.otherCPUSeconds == 0, "steal is not other processes' work")
        // Over a 30 s case: 0.1 CPUs stolen on average.
        load.wallSeconds = 30
        load.judge()
        #expect(load.noisy)
        #expect(load.noisyReason == "the hypervisor took 0.1 CPUs on average (steal, limit 0.05), load average 0.2")
        load.wallSeconds = 300
        load.judge()
        #expect(!load.noisy)
        #expect(CaseResult.MachineLoad.combined([load, load])?.stealSeconds == 6)
    }

    @Test func aTreeWithoutProcGivesNoFigures() throws {
        let probe = MachineLoadProbe(root: try Scratch("machine-none").path)
        let load = probe.load(since: probe.snapshot())
        #expect(load.otherCPUSeconds == nil && load.loadAverageEnd == nil && load.governor == nil)
    }

    /// On this machine: a case's own work is not "other processes" — the figure is finite and non-negative.
    @Test func theRealProcTreeIsReadable() throws {
        let probe = MachineLoadProbe()
        let load = probe.load(since: probe.snapshot())
        let other = try #require(load.otherCPUSeconds)
        #expect(other >= 0)
        #expect(load.loadAverageEnd != nil)
    }
}

/// The runner's own wait for a CPU makes an execution noisy (beside other processes' CPU use); executions combine.
@Suite struct RunnerWaitJudgementTests {
    func load(wait: Double, cpu: Double, other: Double = 0) -> CaseResult.MachineLoad {
        var load = CaseResult.MachineLoad(
            loadAverageStart: 0.1, loadAverageEnd: 3.5, otherCPUSeconds: other, wallSeconds: 2, governor: nil)
        load.runner = .init(
            priority: "normal (HILBENCH_RUNNER_PRIORITY=normal)", cpuSeconds: cpu, waitSeconds: wait, timedSeconds: 1.6,
            cpus: [1])
        load.judge()
        return load
    }

    @Test func aRunnerThatWaitedMoreThanATenthOfItsRunnableTimeIsNoisy() {
        let waited = load(wait: 0.4, cpu: 1.2)
        #expect(waited.noisy)
        #expect(
            waited.noisyReason
                == "the runner waited for a CPU 25.0% of its timed iterations (limit 10.0%), load average 3.5")
        #expect(!load(wait: 0.05, cpu: 1.5).noisy)
        let both = load(wait: 0.4, cpu: 1.2, other: 1.0)
        #expect(
            both.noisyReason
                == "other processes used 0.5 cores on average (limit 0.25), load average 3.5; "
                + "the runner waited for a CPU 25.0% of its timed iterations (limit 10.0%)")
    }

    @Test func executionsSchedulesAreSummedAndTheirCPUsUnited() throws {
        var first = load(wait: 0.05, cpu: 1.5)
        first.runner?.cpus = [0]
        let second = load(wait: 0.4, cpu: 1.2)
        let combined = try #require(CaseResult.MachineLoad.combined([first, second])?.runner)
        #expect(combined.cpuSeconds == 2.7 && combined.waitSeconds == 0.45 && combined.timedSeconds == 3.2)
        #expect(combined.cpus == [0, 1])
        #expect(combined.priority == "normal (HILBENCH_RUNNER_PRIORITY=normal)")
        #expect(CaseResult.MachineLoad.combined([first, second])?.noisy == true)
    }
}
