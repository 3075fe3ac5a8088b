import ArgumentParser
import HILBenchAgentCLI
import HILBenchCore

/// The board agent: probes the board, runs cases in runners, answers the controller. Its commands live in
/// HILBenchAgentCLI, which `hilbench agent` shares.
@main
struct Agent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hilbench-agent", abstract: AgentCommand.abstract, version: AgentProtocol.softwareVersion,
        subcommands: AgentCommand.subcommands)
}
