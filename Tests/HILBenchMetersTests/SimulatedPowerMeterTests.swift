import Foundation
import HILBenchGPIO
import HILBenchMeters
import HILBenchSimulators
import Testing

@Suite("Simulated power meter")
struct SimulatedPowerMeterTests {
    func temporaryWire() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("meter-\(UUID().uuidString).wire").path
    }

    @Test func samplesFollowTheModel() throws {
        let configuration = SimulatedPowerMeter.Configuration(
            sampleRateHz: 1_000, idleWatts: 2, activeWatts: 1.5, noiseWatts: 0)
        // The second edge falls exactly on a sample instant: that sample already sees it.
        let meter = SimulatedPowerMeter(
            configuration: configuration,
            edges: [LogicEdge(timeNs: 10_500_000, level: true), LogicEdge(timeNs: 20_000_000, level: false)])
        let trace = try meter.trace(fromNs: 0, toNs: 30_000_000)

        #expect(trace.count == 31)
        #expect(trace.timesNs[1] == 1_000_000 && trace.timesNs[30] == 30_000_000)
        #expect(trace.logic[10] == 0 && trace.logic[11] == 1 && trace.logic[19] == 1 && trace.logic[20] == 0)
        #expect(trace.watts[10] == 2 && trace.watts[11] == 3.5 && trace.watts[20] == 2)
        #expect(meter.info.kind == .simulated)
        #expect(meter.info.sampleRateHz == 1_000)
    }

    @Test func noiseIsSeededAndGaussian() throws {
        let configuration = SimulatedPowerMeter.Configuration(noiseWatts: 0.02, seed: 99)
        let a = try SimulatedPowerMeter(configuration: configuration).trace(fromNs: 0, toNs: 2_000_000_000)
        let b = try SimulatedPowerMeter(configuration: configuration).trace(fromNs: 0, toNs: 2_000_000_000)
        var other = configuration
        other.seed = 100
        let c = try SimulatedPowerMeter(configuration: other).trace(fromNs: 0, toNs: 2_000_000_000)

        #expect(a == b)
        #expect(a.watts != c.watts)
        let values = a.watts.map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        let sigma = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
        #expect(abs(mean - 2.0) < 0.001)
        #expect(abs(sigma - 0.02) < 0.001)
    }

    @Test func initialLevelComesFromTheWireBeforeTheStart() throws {
        let path = temporaryWire()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("100 1\n200 0\n300 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let configuration = SimulatedPowerMeter.Configuration(sampleRateHz: 1e7, noiseWatts: 0, wirePath: path)
        let trace = try SimulatedPowerMeter(configuration: configuration).trace(fromNs: 150, toNs: 350)
        #expect(trace.timesNs == [150, 250, 350])
        #expect(trace.logic == [1, 0, 1])
    }

    @Test func wireParsing() throws {
        let edges = try MarkerWire.parse(Array("5 1\n\n3 0\n7 1\n9 0".utf8))  // unsorted; last line unterminated
        #expect(
            edges == [
                LogicEdge(timeNs: 3, level: false), LogicEdge(timeNs: 5, level: true),
                LogicEdge(timeNs: 7, level: true),
            ])
        let error = #expect(throws: MeterError.self) {
            _ = try MarkerWire.parse(Array("1 1\n2 high\n".utf8), path: "x.wire")
        }
        #expect(error?.code == .wireFormat)
        #expect(error?.line == 2)
        #expect(error?.file == "x.wire")
        #expect(try MarkerWire.read(path: "/nonexistent/marker.wire").isEmpty)
    }

    @Test func stopWithoutStartThrows() async {
        let error = await #expect(throws: MeterError.self) { _ = try await SimulatedPowerMeter().stopStreaming() }
        #expect(error?.code == .notStarted)
    }

    /// The marker line writes the wire, the meter reads it, the integrator finds the window.
    @Test(.timeLimit(.minutes(1)))
    func endToEndThroughTheWire() async throws {
        let path = temporaryWire()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let marker = SimulatedMarkerLine(wirePath: path)
        let meter = SimulatedPowerMeter(
            configuration: .init(sampleRateHz: 10_000, noiseWatts: 0.02, seed: 5, wirePath: path))

        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(120))
        let up = try marker.set(true)
        try await Task.sleep(for: .milliseconds(60))
        let down = try marker.set(false)
        try await Task.sleep(for: .milliseconds(10))
        let trace = try await meterRecording.stop()

        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()
        let window = try #require(report.windows.first)
        #expect(report.windows.count == 1)
        #expect(abs(window.beginNs - up) <= 100_000)
        #expect(abs(window.endNs - down) <= 100_000)
        #expect(relativeError(window.netEnergyJ, 1.5 * Double(down - up) * 1e-9) < 0.01)
        #expect(meter.info.logicChannel == "bit 0: marker wire \(path)")
    }
}
