import HILBenchCore

/// Whether a case's runner toggles the marker around each timed inference, or the agent once around the run.
///
/// Only a simulated marker can be handed to a runner: its wire file is shared by appending, while a libgpiod line
/// is held by the agent's process. A runner says it can toggle by listing `marker_wire` in its `hello`.
struct PerInferenceMarker: Sendable, Equatable {
    /// The capability a runner lists in `hello` when it honours `marker_wire` in `measure`.
    static let capability = "marker_wire"

    /// The wire the runner appends each inference's edges to (nil: the agent toggles once per run).
    var wire: String?
    /// Why per-inference windows were asked but are not used (nil when they are, or were not asked).
    var note: String?

    /// Decides for a case, once the runner's `hello` is known.
    static func plan(_ spec: CaseSpec, runner: String?, capabilities: [String]?) -> PerInferenceMarker {
        guard spec.energyWindows == .perInference else { return PerInferenceMarker() }
        let fallback = "; one window around the whole run instead"
        switch spec.marker.backend {
        case .none:
            return PerInferenceMarker(note: "per-inference windows asked, but the board has no marker line" + fallback)
        case .libgpiod:
            return PerInferenceMarker(
                note:
                    "per-inference windows asked, but the marker is a libgpiod line held by the agent and runners cannot toggle it"
                    + fallback)
        case .simulated:
            guard let wire = spec.marker.wire else {
                return PerInferenceMarker(
                    note: "per-inference windows asked, but the simulated marker has no wire file (no meter reads it)"
                        + fallback)
            }
            guard capabilities?.contains(capability) == true else {
                return PerInferenceMarker(
                    note:
                        "per-inference windows asked, but the \(runner ?? spec.key.runtime.rawValue) runner cannot toggle the marker (no '\(capability)' in its hello)"
                        + fallback)
            }
            return PerInferenceMarker(wire: wire)
        }
    }

    /// The note for a native benchmark tool, which runs its own loop.
    static func nativeToolNote(_ spec: CaseSpec) -> String? {
        spec.energyWindows == .perInference
            ? "per-inference windows asked, but a native benchmark tool runs its own loop and cannot toggle the marker; one window around the whole run instead"
            : nil
    }
}
