import HILBenchCore
import HILBenchTransport
import Logging

/// What the boards said when the run started: who answered, what they can run, and who cannot be used.
struct ConnectedBoards: Sendable {
    /// Every transport made (closed at the end of the run), answering or not.
    var transports: [String: any BoardTransport] = [:]
    var capabilities: [String: BoardCapabilities] = [:]
    /// Boards that did not answer, with why.
    var unreachable: [String: String] = [:]
    /// Boards that answered but failed their health check, with why.
    var bad: [String: String] = [:]
}

extension RunController {
    /// Connects to every board at once and health-checks it: capabilities decide which cells are skipped. A board
    /// that does not answer delays only itself (bounded by `connectTimeout`).
    func connect(
        _ targets: [TargetConfig], clocks: BoardClocks, observer: any RunObserver, logger: Logger
    ) async -> ConnectedBoards {
        var boards = ConnectedBoards()
        let (connector, connectTimeout, limits) = (self.connector, self.connectTimeout, healthLimits)
        await withTaskGroup(of: (String, (any BoardTransport)?, Result<BoardProbe, any Error>).self) { group in
            for target in targets {
                group.addTask {
                    let transport: any BoardTransport
                    do {
                        transport = try connector.transport(for: target)
                    } catch {
                        return (target.name, nil, .failure(error))
                    }
                    return (target.name, transport, await BoardHealth.probe(transport, timeout: connectTimeout))
                }
            }
            for await (name, transport, probe) in group {
                if let transport { boards.transports[name] = transport }
                switch probe {
                case .success(let answer):
                    // The health check of `hilbench boards`, on what the board just said: a bad board is skipped
                    // with its reasons.
                    let health = BoardHealth.judged(name, probe, limits: limits)
                    if health.state == .bad {
                        boards.bad[name] = "board \(name) is bad: \(health.reasons.joined(separator: "; "))"
                        logger.error(
                            "board bad",
                            metadata: ["board": "\(name)", "why": "\(health.reasons.joined(separator: "; "))"])
                        continue
                    }
                    boards.capabilities[name] = BoardCapabilities(info: answer.info)
                    if let clock = answer.clock { clocks.set(clock, for: name) }
                    logger.info(
                        "board ready",
                        metadata: [
                            "board": "\(name)", "transport": "\(transport?.kind ?? "?")",
                            "cpu": "\(answer.info.environment.cpuModel)",
                        ])
                case .failure(let error):
                    boards.unreachable[name] = "board \(name) did not answer: \(error)"
                    observer.note("board \(name) is unreachable: \(error)")
                    logger.error("board unreachable", metadata: ["board": "\(name)", "error": "\(error)"])
                }
            }
        }
        return boards
    }
}
