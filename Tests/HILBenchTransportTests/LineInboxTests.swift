import Foundation
import HILBenchSystem
import Testing

@testable import HILBenchTransport

/// The stdio link's line inbox: lines in order, and a timeout or cancellation that comes before the wait is
/// installed still ends that wait (it used to be lost, leaving the wait to the next line).
@Suite(.timeLimit(.minutes(1)))
struct LineInboxTests {
    @Test func linesComeInOrderThenEOF() async {
        let inbox = LineInbox()
        inbox.push("a")
        inbox.push("b")
        inbox.close()
        guard case .line(let first) = await inbox.next(timeout: .seconds(30)) else {
            Issue.record("expected a line")
            return
        }
        guard case .line(let second) = await inbox.next(timeout: .seconds(30)) else {
            Issue.record("expected a line")
            return
        }
        #expect([first, second] == ["a", "b"])
        guard case .eof = await inbox.next(timeout: .seconds(30)) else {
            Issue.record("expected the end of the stream")
            return
        }
        #expect(inbox.isClosed)
    }

    @Test func aZeroTimeoutEndsTheWaitEvenWhenTheTimerFiresFirst() async {
        // Many tries: the timer task often runs before the continuation is installed.
        for _ in 0..<200 {
            let inbox = LineInbox()
            guard case .timeout = await inbox.next(timeout: .zero) else {
                Issue.record("expected a timeout")
                return
            }
        }
    }

    @Test func anAlreadyCancelledTaskGetsCancelledNotALaterLine() async {
        let inbox = LineInbox()
        let waiting = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await inbox.next(timeout: .seconds(600))
        }
        let outcome = await waiting.value
        guard case .cancelled = outcome else {
            Issue.record("expected cancelled, got \(outcome)")
            return
        }
        inbox.push("late")  // kept for the next wait, not lost
        guard case .line("late") = await inbox.next(timeout: .seconds(30)) else {
            Issue.record("expected the line pushed after the cancelled wait")
            return
        }
    }
}

/// `SpawnedProcess.run`: both streams collected side by side, so a child that fills stderr while we read stdout
/// cannot deadlock; the exit status is the child's own.
@Suite(.timeLimit(.minutes(1)))
struct SpawnedProcessRunTests {
    @Test func bothStreamsAreCollectedWhateverTheirSize() throws {
        // 1 MiB to stderr before anything to stdout: far beyond a pipe's 64 KiB buffer.
        let output = try SpawnedProcess.run([
            "/bin/sh", "-c", "head -c 1048576 /dev/zero | tr '\\0' e >&2; echo out; exit 3",
        ])
        #expect(output.stderr.count == 1_048_576)
        #expect(output.stderr.allSatisfy { $0 == UInt8(ascii: "e") })
        #expect(String(decoding: output.stdout, as: UTF8.self) == "out\n")
        #expect(output.exit.code == 3)
        #expect(!output.succeeded)
    }

    @Test func aMissingExecutableIsASpawnErrorNamingIt() {
        #expect(throws: SpawnedProcess.SpawnError.self) { try SpawnedProcess.run(["/nonexistent/tool"]) }
    }

    /// The child starts in the folder asked for (set between fork and exec: this process's own stays put).
    @Test func aChildStartsInItsWorkingDirectory() throws {
        let scratch = try Scratch("cwd")
        let folder = scratch.path + "/models dir"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("7x7".utf8).write(to: URL(fileURLWithPath: folder + "/squeezenet.param"))
        let before = FileManager.default.currentDirectoryPath
        let output = try SpawnedProcess.run(
            ["/bin/sh", "-c", "pwd -P; cat squeezenet.param"], workingDirectory: folder)
        let real = try #require(realpath(folder, nil))
        defer { free(real) }
        #expect(String(decoding: output.stdout, as: UTF8.self) == String(cString: real) + "\n7x7")
        #expect(output.succeeded)
        #expect(FileManager.default.currentDirectoryPath == before)
        #expect(SpawnedProcess.setsWorkingDirectoryDirectly, "glibc ≥ 2.29 has posix_spawn_file_actions_addchdir_np")
    }

    @Test func aMissingWorkingDirectoryIsNamedInTheError() throws {
        let error = #expect(throws: SpawnedProcess.SpawnError.self) {
            try SpawnedProcess.run(["/bin/true"], workingDirectory: "/nonexistent/models")
        }
        #expect(
            error?.description
                == "cannot start /bin/true in /nonexistent/models: No such file or directory (the working directory)")
    }
}
