import Foundation
import HILBenchController
import HILBenchCore
import HILBenchTesting
import Testing

/// The relay's command path: argument arrays run without a shell, failures named with their exit status and stderr.
@Suite(.timeLimit(.minutes(1)))
struct PowerRelayTests {
    @Test func offAndOnRunTheirOwnCommandsWithLiteralArguments() async throws {
        let scratch = try Scratch("relay")
        let log = scratch.path + "/relay.log"
        let script = try scratch.write(
            "pdu.sh", "#!/bin/sh\nprintf '%s|' \"$@\" >> \"\(log)\"\necho >> \"\(log)\"\n", executable: true)
        let hostile = "3; touch \(scratch.path)/pwned"
        let relay = PowerRelay(board: "b1", relay: .command(off: [script, "off", hostile], on: [script, "on", "3"]))
        try await relay.set(on: false)
        try await relay.set(on: true)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "off|\(hostile)|\non|3|\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/pwned"))
    }

    @Test func aFailingCommandIsReportedWithItsStatusAndStderr() async throws {
        let scratch = try Scratch("relay")
        let script = try scratch.write(
            "pdu.sh", "#!/bin/sh\necho 'outlet 3: no such outlet' >&2\nexit 4\n", executable: true)
        let relay = PowerRelay(board: "b7", relay: .command(off: [script, "off"], on: [script, "on"]))
        let error = await #expect(throws: HILBenchError.self) { try await relay.set(on: false) }
        #expect(error?.code == .power)
        #expect(error?.board == "b7")
        #expect(error?.message == "the power-off command \(script) off exited with 4: outlet 3: no such outlet")
    }

    @Test func aHangingCommandIsKilledAfterItsTimeout() async throws {
        let scratch = try Scratch("relay")
        let script = try scratch.write("pdu.sh", "#!/bin/sh\nsleep 600\n", executable: true)
        let relay = PowerRelay(board: "b1", relay: .command(off: [script], on: [script]), commandTimeoutSeconds: 0.5)
        let started = ContinuousClock.now
        let error = await #expect(throws: HILBenchError.self) { try await relay.set(on: true) }
        #expect(error?.message == "the power-on command \(script) did not finish within 0.5 s and was killed")
        #expect(ContinuousClock.now - started < .seconds(60), "killed at its timeout, not waited out")
    }

    @Test func aMissingCommandIsNamed() async throws {
        let relay = PowerRelay(board: "b1", relay: .command(off: ["/nonexistent/pdu"], on: ["/nonexistent/pdu"]))
        let error = await #expect(throws: HILBenchError.self) { try await relay.set(on: false) }
        #expect(
            error?.message.hasPrefix("cannot start the power-off command /nonexistent/pdu") == true,
            "\(String(describing: error))")
    }

    @Test func aGPIORelayOnAMissingChipSaysWhich() async throws {
        let relay = PowerRelay(board: "b3", relay: .gpio(chip: "/dev/gpiochip-missing", line: 4, activeLow: true))
        let error = await #expect(throws: HILBenchError.self) { try await relay.set(on: false) }
        #expect(
            error?.message.hasPrefix("cannot switch the relay on GPIO /dev/gpiochip-missing line 4 off") == true,
            "\(String(describing: error))")
        #expect(error?.board == "b3")
    }
}
