public import Foundation
import HILBenchCore
public import Hummingbird

/// The request context of the agent's router: Hummingbird's core storage, with the project's JSON coders
/// (non-finite numbers as strings) for anything Hummingbird encodes or decodes on its own.
public struct AgentRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var requestDecoder: JSONDecoder { HILBenchJSON.decoder() }
    public var responseEncoder: JSONEncoder { HILBenchJSON.encoder() }
}
