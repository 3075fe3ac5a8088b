import Foundation
import HILBenchCore
import HILBenchSystem
import HILBenchTesting
import Testing

@testable import HILBenchTransport

/// Children of the transport are seen to end even while a long-lived child that closed its inherited descriptors
/// (as `ssh` does at start) is still running — the case that hung Foundation.Process and `--resume` after a cut link.
@Suite(.timeLimit(.minutes(1)))
struct SpawnedProcessTests {
    /// A stand-in for an ssh link: closes every inherited descriptor above stderr, then waits for stdin to close.
    static let linkLike = ["/usr/bin/perl", "-e", "use POSIX; POSIX::close($_) for 3..1023; <STDIN>; exit 0"]

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/perl"), "needs /usr/bin/perl"))
    func shortCommandsEndWhileALinkThatClosedItsDescriptorsRuns() async throws {
        let link = try Connection(command: Self.linkLike, board: "b1")
        try await Task.sleep(for: .milliseconds(200))  // it has closed its descriptors by now
        // Its own exit status (not nil, which would mean killed at the deadline) shows its end was seen.
        let outcome = try await BoundedCommand(["/bin/sh", "-c", "echo done >&2; exit 7"], timeout: .seconds(120)).run(
            board: "b1")
        #expect(outcome.status == 7)
        #expect(outcome.stderr == "done")
        #expect(link.isRunning)
        link.terminate(after: .seconds(2))  // closes its stdin: it exits 0
        #expect(await link.process.waitForExit(timeout: .seconds(5)))
        #expect(link.process.terminationStatus == 0)
    }

    @Test func aCommandPastItsTimeIsKilledAndSaysSo() async throws {
        let start = ContinuousClock.now
        let outcome = try await BoundedCommand(["/bin/sleep", "600"], timeout: .milliseconds(300)).run(board: "b1")
        #expect(outcome.status == nil)
        #expect(ContinuousClock.now - start < .seconds(60), "killed at its deadline, not waited out")
    }

    @Test func aMissingExecutableIsATransportErrorNamingIt() async throws {
        let error = await #expect(throws: HILBenchError.self) {
            _ = try await BoundedCommand(["/nonexistent/scp", "x"], timeout: .seconds(1)).run(board: "b1")
        }
        #expect(error?.message.contains("/nonexistent/scp") == true)
        #expect(error?.board == "b1")
    }

    @Test func aSignalledChildReportsItsSignal() async throws {
        let child = try SpawnedProcess(["/bin/sleep", "30"])
        child.signal(SIGTERM)
        #expect(await child.waitForExit(timeout: .seconds(5)))
        #expect(child.terminationStatus == 128 + SIGTERM)
    }
}

/// The guard that takes a runner's process group with it (`diesWithThisProcess`); the agent-level replay of a
/// SIGKILLed agent is `AgentAttackTests.attack6…SIGKILL…`.
@Suite(.timeLimit(.minutes(2)))
struct ProcessGuardTests {
    /// A child that starts a grandchild in the background, prints both pids and waits.
    static let parentOfASleeper = ["/bin/sh", "-c", "sleep 600 & echo $$ $!; wait"]

    static func pids(of process: SpawnedProcess) throws -> [pid_t] {
        let line = String(decoding: try #require(process.stdout).availableData, as: UTF8.self)
        return line.split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) }
    }

    @Test func theChildRunsInItsGuardsGroupAndSignalGroupReachesAll() async throws {
        let child = try SpawnedProcess(
            Self.parentOfASleeper, stdout: .pipe, processGroup: true, diesWithThisProcess: true)
        let pids = try Self.pids(of: child)
        #expect(pids.count == 2)
        #expect(child.processGroupID != child.pid, "the guard leads the group")
        #expect(getpgid(child.pid) == child.processGroupID)
        #expect(pids.allSatisfy { getpgid($0) == child.processGroupID })
        #expect(livingMembers(ofProcessGroup: child.processGroupID).count == 3, "guard, child, grandchild")
        child.signalGroup(SIGKILL)
        #expect(await child.waitForExit(timeout: .seconds(60)))
        #expect(livingMembers(ofProcessGroup: child.processGroupID).isEmpty)
    }

    @Test func whatTheChildLeavesBehindIsKilledWhenItEnds() async throws {
        // The child exits at once and leaves its background sleeper: without a guard that one would live on.
        let child = try SpawnedProcess(
            ["/bin/sh", "-c", "sleep 600 & echo $!"], stdout: .pipe, processGroup: true, diesWithThisProcess: true)
        let sleeper = try #require(try Self.pids(of: child).first)
        #expect(await child.waitForExit(timeout: .seconds(60)))
        #expect(child.terminationStatus == 0)
        #expect(!processIsRunning(sleeper), "the guard killed the leftover before the end was reported")
        #expect(livingMembers(ofProcessGroup: child.processGroupID).isEmpty)
    }

    @Test func withoutAGuardTheGroupIsTheChilds() async throws {
        let child = try SpawnedProcess(["/bin/sleep", "600"], processGroup: true)
        #expect(child.processGroupID == child.pid)
        #expect(getpgid(child.pid) == child.pid)
        child.signalGroup(SIGKILL)
        #expect(await child.waitForExit(timeout: .seconds(60)))
    }

    @Test func aChildThatCannotStartLeavesNoGuardBehind() throws {
        let before = Set(livingGuards())
        #expect(throws: SpawnedProcess.SpawnError.self) {
            _ = try SpawnedProcess(["/nonexistent/tool"], processGroup: true, diesWithThisProcess: true)
        }
        #expect(Set(livingGuards()).subtracting(before).isEmpty, "no guard process left")
    }

    /// Living children of this test process that are forks of it (guards), not programs it started.
    func livingGuards() -> [pid_t] {
        func stat(_ pid: String) -> (comm: Substring, fields: [Substring])? {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")")
            else { return nil }
            return (text[text.index(after: open)..<close], text[text.index(after: close)...].split(separator: " "))
        }
        guard let me = stat("self") else { return [] }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(pid_t.init).filter { pid in
            guard let child = stat(String(pid)), child.fields.count > 1 else { return false }
            return child.comm == me.comm && child.fields[0] != "Z" && pid_t(child.fields[1]) == getpid()
        }
    }
}

/// A child started in a session of its own (`newSession`, how the agent starts runners so it can schedule them apart
/// from its own session): it leads its session and group, and its guard, outside that group, still takes what the
/// child leaves behind.
@Suite(.timeLimit(.minutes(2)))
struct NewSessionTests {
    @Test func theChildLeadsASessionAndGroupOfItsOwnAndItsLeftoversDieWithIt() async throws {
        let child = try SpawnedProcess(
            ProcessGuardTests.parentOfASleeper, stdout: .pipe, processGroup: true, diesWithThisProcess: true,
            newSession: true)
        let pids = try ProcessGuardTests.pids(of: child)
        try #require(pids.count == 2)
        let sleeper = pids[1]
        #expect(getsid(child.pid) == child.pid, "the child leads a new session")
        #expect(getsid(child.pid) != getsid(0))
        #expect(child.processGroupID == child.pid && getpgid(child.pid) == child.pid)
        #expect(getpgid(sleeper) == child.pid, "what the child starts stays in its group")
        #expect(livingMembers(ofProcessGroup: child.pid).count == 2, "child and grandchild; the guard stays outside")
        // A session is its own scheduling group where the kernel has autogroups.
        if let mine = try? String(contentsOfFile: "/proc/self/autogroup", encoding: .utf8),
            let its = try? String(contentsOfFile: "/proc/\(child.pid)/autogroup", encoding: .utf8)
        {
            #expect(mine != its)
        }
        // Only the child is killed: its guard takes the sleeper it left before the end is reported.
        child.signal(SIGKILL)
        #expect(await child.waitForExit(timeout: .seconds(60)))
        #expect(child.terminationStatus == 128 + SIGKILL)
        // SIGKILL is delivered asynchronously: a generous bound for a loaded machine.
        for _ in 0..<1000 where processIsRunning(sleeper) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!processIsRunning(sleeper), "the guard killed the leftover")
    }

    @Test func signalGroupReachesTheWholeSession() async throws {
        let child = try SpawnedProcess(
            ProcessGuardTests.parentOfASleeper, stdout: .pipe, processGroup: true, diesWithThisProcess: true,
            newSession: true)
        let pids = try ProcessGuardTests.pids(of: child)
        try #require(pids.count == 2)
        child.signalGroup(SIGKILL)
        #expect(await child.waitForExit(timeout: .seconds(60)))
        for _ in 0..<1000 where pids.contains(where: processIsRunning) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!pids.contains(where: processIsRunning))
    }
}
