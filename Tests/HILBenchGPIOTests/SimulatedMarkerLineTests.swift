import Foundation
import HILBenchGPIO
import Testing

@Suite("Simulated marker line")
struct SimulatedMarkerLineTests {
    func temporaryWire() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("marker-\(UUID().uuidString).wire").path
    }

    @Test func recordsLevelChangesOnly() throws {
        let line = SimulatedMarkerLine(wirePath: nil)
        let t1 = try line.set(true)
        let t2 = try line.set(true)  // no change
        let t3 = try line.set(false)
        #expect(t1 <= t2 && t2 <= t3)
        #expect(line.edges == [MarkerEdge(timeNs: t1, level: true), MarkerEdge(timeNs: t3, level: false)])
        #expect(line.level == false)
    }

    @Test func wireFileHasOneLinePerEdge() throws {
        let path = temporaryWire()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = SimulatedMarkerLine(wirePath: path)
        let up = try line.set(true)
        let down = try line.set(false)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "\(up) 1\n\(down) 0\n")
    }

    @Test func secondLineAppendsToTheSameWire() throws {
        let path = temporaryWire()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try SimulatedMarkerLine(wirePath: path).set(true)
        _ = try SimulatedMarkerLine(wirePath: path).set(true)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix(" 1") })
    }

    @Test func unwritableWireThrowsAndKeepsTheLevel() throws {
        let line = SimulatedMarkerLine(wirePath: "/nonexistent-dir/marker.wire")
        let error = #expect(throws: GPIOError.self) { _ = try line.set(true) }
        #expect(error?.code == .wireWrite)
        #expect(error?.errnoCode == ENOENT)
        #expect(line.level == false)
        #expect(line.edges.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func concurrentUseKeepsEdgesOrderedAndOnTheWire() async throws {
        let path = temporaryWire()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = SimulatedMarkerLine(wirePath: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for k in 0..<250 { _ = try line.set((k + task) % 2 == 0) }
                }
            }
            try await group.waitForAll()
        }
        let edges = line.edges
        #expect(!edges.isEmpty)
        #expect(zip(edges, edges.dropFirst()).allSatisfy { $0.timeNs <= $1.timeNs && $0.level != $1.level })
        #expect(edges.first?.level == true)
        let wire = try String(contentsOfFile: path, encoding: .utf8)
        #expect(wire == edges.map { "\($0.timeNs) \($0.level ? 1 : 0)\n" }.joined())
    }
}
