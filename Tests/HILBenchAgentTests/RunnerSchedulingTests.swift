import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchSystem
import HILBenchTesting
import Testing

/// How the agent schedules runners (raised above the board's other work in a session of their own) and what it
/// records of what each runner got from the scheduler.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct RunnerSchedulingTests {
    @Test func aRunnerThatWouldTakeEveryCPUOrWasToldNotToStaysNormal() {
        let high = RunnerScheduling()
        #expect(high.reasonToStayNormal(threads: 1, cores: 2) == nil)
        #expect(high.reasonToStayNormal(threads: 3, cores: 8) == nil)
        #expect(
            high.reasonToStayNormal(threads: 0, cores: 8)
                == "normal (threads 0: the runtime may use every CPU, raising it would starve the board)")
        #expect(
            high.reasonToStayNormal(threads: 2, cores: 2)
                == "normal (2 threads on 2 CPUs: raising it would starve the board)")
        #expect(high.reasonToStayNormal(threads: 1, cores: 1) != nil)
        #expect(
            RunnerScheduling(mode: .normal).reasonToStayNormal(threads: 1, cores: 8)
                == "normal (HILBENCH_RUNNER_PRIORITY=normal)")
    }

    /// On a real child in a session of its own: nice −20 for it and for its session's autogroup where this process
    /// may raise priorities (root, CAP_SYS_NICE); otherwise the refusal in words and the child untouched.
    @Test func raisingARunnerSetsItsNiceAndItsSessionsAutogroup() async throws {
        let child = try SpawnedProcess(["/bin/sleep", "600"], processGroup: true, newSession: true)
        defer { child.signalGroup(SIGKILL) }
        let said = RunnerScheduling().apply(to: child.pid, threads: 1, cores: 2)
        errno = 0
        let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(child.pid))
        if said.hasPrefix("normal") {
            #expect(said.hasPrefix("normal (raising it was refused: "))
            #expect(nice == 0)
        } else {
            #expect(nice == -20)
            if let autogroup = try? String(contentsOfFile: "/proc/\(child.pid)/autogroup", encoding: .utf8) {
                #expect(said == "nice -20, own session")
                #expect(autogroup.hasSuffix("nice -20\n"), "\(autogroup)")
            } else {
                #expect(said == "nice -20 (no autogroups in this kernel)")
            }
        }
        // Told to stay normal, it does.
        let other = try SpawnedProcess(["/bin/sleep", "600"], processGroup: true, newSession: true)
        defer { other.signalGroup(SIGKILL) }
        #expect(RunnerScheduling(mode: .normal).apply(to: other.pid, threads: 1, cores: 2).hasPrefix("normal"))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(other.pid)) == 0)
    }

    /// `/proc/PID/task/*/schedstat` (run ns, wait ns, timeslices) summed over threads; a thread without the file
    /// (ended meanwhile) is skipped; `stat`'s field 39 is the CPU, after a command name holding ") ".
    @Test func schedulerFiguresAreSummedOverTheRunnersThreads() throws {
        let root = try Scratch("schedstat")
        try root.write("proc/4242/task/4242/schedstat", "1500000000 20000000 311\n")
        try root.write("proc/4242/task/4250/schedstat", "500000000 30000000 12\n")
        try root.write("proc/4242/task/4251/status", "a thread that ended: no schedstat\n")
        let stat = { (cpu: Int) in
            "4242 (python3 x) y) R 1 4242 4242 0 -1 4194560 10 0 0 0 5 1 0 0 20 0 2 0 100 1000 50 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 \(cpu) 0 0 0 0 0\n"
        }
        try root.write("proc/4242/task/4242/stat", stat(1))
        try root.write("proc/4242/task/4250/stat", stat(3))
        let scheduling = RunnerScheduling(root: root.path)
        let times = try #require(scheduling.times(of: 4242))
        #expect(times.runNs == 2_000_000_000 && times.waitNs == 50_000_000)
        #expect(scheduling.cpus(of: 4242) == [1, 3])
        #expect(scheduling.times(of: 9999) == nil)
        let schedule = RunnerScheduling.schedule(
            priority: "nice -20, own session", from: (runNs: 1_000_000_000, waitNs: 10_000_000), to: times,
            timedNs: 1_100_000_000, cpus: [3, 1])
        #expect(schedule.cpuSeconds == 1.0 && schedule.waitSeconds == 0.04 && schedule.timedSeconds == 1.1)
        #expect(schedule.cpus == [1, 3])
        #expect(abs((schedule.waitingFraction ?? 0) - 0.04 / 1.04) < 1e-12)
    }

    /// A real case on the reference runner: the execution records the priority it ran at, its CPU time and wait in
    /// the timed iterations and the CPUs it ran on.
    @Test func aReferenceCaseRecordsHowItsRunnerWasScheduled() throws {
        let runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in RecordingMarker() })
        let result = runner.run(spec(iterations: 60))
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        let schedule = try #require(result.machine?.runner)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if cores > 1 {
            #expect(
                schedule.priority == "nice -20, own session"
                    || schedule.priority == "nice -20 (no autogroups in this kernel)"
                    || schedule.priority.hasPrefix("normal (raising it was refused: "), "\(schedule.priority)")
        } else {
            #expect(schedule.priority == "normal (1 threads on 1 CPUs: raising it would starve the board)")
        }
        // The runner did the timed iterations' work itself: at least their summed latency in CPU time, give or take
        // the tick-free accounting of the scheduler (exact to the ns), and never more than the window's wall time
        // per thread.
        let cpu = try #require(schedule.cpuSeconds)
        let timed = try #require(schedule.timedSeconds)
        let work = Double(result.latenciesNs.reduce(0, +)) / 1e9
        #expect(cpu > 0.5 * work)
        #expect(timed >= work)
        #expect(try #require(schedule.waitSeconds) >= 0)
        let cpus = try #require(schedule.cpus)
        #expect(!cpus.isEmpty && cpus.allSatisfy { (0..<max(cores, 1024)).contains($0) })
    }

    /// A runner in a session of its own still dies with a SIGKILLed agent: its guard watches its group from outside.
    @Test func aSIGKILLedAgentTakesTheRunnersSessionWithIt() async throws {
        let scratch = try Scratch("runner-session")
        let pids = scratch.path + "/pids"
        try scratch.write("runner_common.py", "")
        try scratch.write(
            "onnxruntime_runner.py",
            """
            import json, os, subprocess, sys, time
            sleeper = subprocess.Popen(["sleep", "600"])
            open("\(pids)", "w").write(f"{os.getpid()} {sleeper.pid}\\n")
            time.sleep(600)
            """)
        let caseFile = scratch.path + "/case.json"
        try HILBenchJSON.encoder().encode(spec(runtime: .onnxruntime, model: "/dev/null", timeout: 600, format: .onnx))
            .write(to: URL(fileURLWithPath: caseFile))
        var environment = ProcessInfo.processInfo.environment
        environment["HILBENCH_RUNNERS_DIR"] = scratch.path
        let agent = try SpawnedProcess(
            [BuiltProducts.agent, "run", "--case", caseFile], environment: environment, stdout: .null, stderr: .null)
        defer { agent.signal(SIGKILL) }
        for _ in 0..<6000 where (try? String(contentsOfFile: pids, encoding: .utf8))?.hasSuffix("\n") != true {
            try await Task.sleep(for: .milliseconds(10))
        }
        let started = try String(contentsOfFile: pids, encoding: .utf8).split(whereSeparator: \.isWhitespace)
            .compactMap { Int32($0) }
        try #require(started.count == 2)
        #expect(getsid(started[0]) == started[0], "the runner leads a session of its own")
        #expect(getpgid(started[1]) == started[0])
        agent.signal(SIGKILL)
        #expect(await agent.waitForExit(timeout: .seconds(60)))
        for _ in 0..<6000 where started.contains(where: processIsRunning) {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(!started.contains(where: processIsRunning), "the runner's session outlived the agent")
    }
}
