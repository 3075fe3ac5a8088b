/// A case measured as several executions (fresh runner processes), and the machine's state around each.
extension CaseResult {
    /// One execution of a case: its own runner process, warm-up and timed iterations. Its samples are
    /// `latenciesNs[offset ..< offset + iterations]` of the case (`executionSamples`), so the store keeps them
    /// per execution without a second copy.
    public struct Execution: Sendable, Codable, Equatable {
        /// Timed iterations of this execution.
        public var iterations: Int
        /// Warm-up iterations it ran before them.
        public var warmup: Int
        /// Wall-clock start, seconds since 1970, and duration.
        public var startedAt: Double
        public var durationSeconds: Double
        /// The machine's state while it ran (nil: the board's agent does not report it).
        public var machine: MachineLoad?
        /// The latency a native tool printed for this execution (its median, else its mean), ns, when it gave no
        /// per-iteration samples: the execution's one figure.
        public var printedLatencyNs: Int64?

        public init(iterations: Int, warmup: Int, startedAt: Double, durationSeconds: Double, machine: MachineLoad?) {
            self.iterations = iterations
            self.warmup = warmup
            self.startedAt = startedAt
            self.durationSeconds = durationSeconds
            self.machine = machine
        }
    }

    /// How busy the board was while a case (or one execution of it) ran, read from `/proc` by the agent.
    public struct MachineLoad: Sendable, Codable, Equatable {
        /// `/proc/loadavg` 1-minute load average at the start and at the end.
        public var loadAverageStart: Double?
        public var loadAverageEnd: Double?
        /// CPU time (s) used by every process but the agent and its runner, from `/proc/stat` minus `/proc/self/stat`.
        public var otherCPUSeconds: Double?
        /// Wall time (s) over which it was counted.
        public var wallSeconds: Double
        /// `scaling_governor` of cpu0, when the kernel exposes cpufreq.
        public var governor: String?
        /// CPU time the hypervisor took from the board's virtual CPUs meanwhile (`/proc/stat` steal, all CPUs), s;
        /// nil on kernels or agents that do not report it.
        public var stealSeconds: Double?
        /// How the runner itself was scheduled in its timed iterations (nil: an agent that does not report it).
        public var runner: RunnerSchedule?
        /// Whether the machine was too busy for the case's figures to be compared (see `noisyReason`).
        public var noisy: Bool
        /// Why it counts as noisy, in words; nil when it does not.
        public var noisyReason: String?

        /// Other processes' average CPU use, in cores.
        public var otherCores: Double? {
            guard let otherCPUSeconds, wallSeconds > 0 else { return nil }
            return otherCPUSeconds / wallSeconds
        }

        /// Other processes may use this many cores on average before a case counts as noisy: a quarter of a core is
        /// well above an idle Debian machine (≈ 0.01) and well below one busy loop (1.0).
        public static let noisyOtherCores = 0.25

        /// Steal above this many CPUs on average makes an execution noisy: a vCPU the hypervisor gave away stops
        /// the runner without the guest seeing it wait (5% of one CPU; this project's KVM guest averages 0.3%).
        public static let noisyStealCores = 0.05

        /// The hypervisor's steal as CPUs on average.
        public var stealCores: Double? {
            guard let stealSeconds, wallSeconds > 0 else { return nil }
            return stealSeconds / wallSeconds
        }

        public init(
            loadAverageStart: Double?, loadAverageEnd: Double?, otherCPUSeconds: Double?, wallSeconds: Double,
            governor: String?, noisy: Bool = false, noisyReason: String? = nil
        ) {
            self.loadAverageStart = loadAverageStart
            self.loadAverageEnd = loadAverageEnd
            self.otherCPUSeconds = otherCPUSeconds
            self.wallSeconds = wallSeconds
            self.governor = governor
            self.noisy = noisy
            self.noisyReason = noisyReason
        }

        /// Sets `noisy` and its reason from the other processes' CPU use and from the runner's own wait for a CPU.
        /// (Frequency is not a criterion here: the range across cores differs by design on big.LITTLE boards;
        /// throttling is judged by `Thermal`.)
        public mutating func judge() {
            let load = loadAverageEnd.map { ", load average \(Self.format($0, digits: 2))" } ?? ""
            var reasons: [String] = []
            if let cores = otherCores, cores > Self.noisyOtherCores {
                reasons.append(
                    "other processes used \(Self.format(cores, digits: 2)) cores on average "
                        + "(limit \(Self.format(Self.noisyOtherCores, digits: 2)))\(load)")
            }
            if let steal = stealCores, steal > Self.noisyStealCores {
                reasons.append(
                    "the hypervisor took \(Self.format(steal, digits: 3)) CPUs on average (steal, limit "
                        + "\(Self.format(Self.noisyStealCores, digits: 2)))" + (reasons.isEmpty ? load : ""))
            }
            if let waiting = runner?.waitingFraction, waiting > RunnerSchedule.noisyWaitingFraction {
                reasons.append(
                    "the runner waited for a CPU \(Self.format(waiting * 100, digits: 1))% of its timed iterations "
                        + "(limit \(Self.format(RunnerSchedule.noisyWaitingFraction * 100, digits: 1))%)"
                        + (reasons.isEmpty ? load : ""))
            }
            noisy = !reasons.isEmpty
            noisyReason = reasons.isEmpty ? nil : reasons.joined(separator: "; ")
        }

        static func format(_ value: Double, digits: Int) -> String {
            let scale = Double([1, 10, 100, 1000][min(digits, 3)])
            return "\((value * scale).rounded() / scale)"
        }
    }

    /// Samples of each execution, in order; one group holding every sample when the case was measured once.
    public var executionSamples: [[Int64]] {
        guard let executions, executions.count > 1,
            executions.reduce(0, { $0 + $1.iterations }) == latenciesNs.count
        else { return [latenciesNs] }
        var groups: [[Int64]] = []
        var offset = 0
        for execution in executions {
            groups.append(Array(latenciesNs[offset..<offset + execution.iterations]))
            offset += execution.iterations
        }
        return groups
    }

    /// The run's one latency figure when a native tool printed only a summary (no per-iteration samples): the
    /// median of its executions' printed figures (each the tool's median, else its mean), ns; nil when the case has
    /// samples or the tool printed no latency. Never turned into samples.
    public var printedSummaryLatencyNs: Double? {
        guard latenciesNs.isEmpty else { return nil }
        let perExecution = (executions ?? []).compactMap(\.printedLatencyNs).map(Double.init).sorted()
        if perExecution.count == (executions?.count ?? 0), !perExecution.isEmpty {
            let n = perExecution.count
            return n % 2 == 1 ? perExecution[n / 2] : (perExecution[n / 2 - 1] + perExecution[n / 2]) / 2
        }
        return (reported?.medianNs ?? reported?.meanNs).map(Double.init)
    }

    /// Why the machine was too busy to compare this case (any noisy execution), or nil.
    public var noisyReason: String? {
        let reasons = (executions?.compactMap(\.machine) ?? [machine].compactMap { $0 }).compactMap {
            $0.noisy ? $0.noisyReason : nil
        }
        guard let first = reasons.first else { return nil }
        let count = executions.map { " (\(reasons.count) of \($0.count) executions)" } ?? ""
        return first + count
    }
}

extension CaseResult {
    /// One result from a case's executions, in the order they ran: samples concatenated (sliced back by
    /// `executionSamples`), one `Execution` per run with its machine state, energy summed over the windows.
    /// A failed execution makes the case that failure (the message says which execution); one result is returned as is.
    public static func merging(executions results: [CaseResult]) -> CaseResult? {
        guard var merged = results.first else { return nil }
        guard results.count > 1 else { return merged }
        if let bad = results.firstIndex(where: { $0.status != .ok }) {
            var failed = results[bad]
            if var failure = failed.failure {
                failure.message = "execution \(bad + 1) of \(results.count): \(failure.message)"
                failed.failure = failure
            }
            return failed
        }
        merged.executions = results.map {
            var execution = Execution(
                iterations: $0.latenciesNs.count, warmup: $0.warmupLatenciesNs.count, startedAt: $0.startedAt,
                durationSeconds: $0.durationSeconds, machine: $0.machine)
            // A tool that printed only a summary: each execution keeps its own figure (the merged `reported` is the
            // first execution's).
            if $0.latenciesNs.isEmpty { execution.printedLatencyNs = $0.reported.flatMap { $0.medianNs ?? $0.meanNs } }
            return execution
        }
        merged.latenciesNs = results.flatMap(\.latenciesNs)
        merged.warmupLatenciesNs = results.flatMap(\.warmupLatenciesNs)
        merged.markerEdges = results.flatMap(\.markerEdges)
        merged.windowEndNs = results.last?.windowEndNs
        merged.durationSeconds = results.reduce(0) { $0 + $1.durationSeconds }
        merged.memory.peakRSSKiB = results.compactMap(\.memory.peakRSSKiB).max()
        merged.memory.vmHWMKiB = results.compactMap(\.memory.vmHWMKiB).max()
        merged.memory.peakPSSKiB = results.compactMap(\.memory.peakPSSKiB).max()
        merged.thermal = results.compactMap(\.thermal).first(where: \.throttled) ?? merged.thermal
        merged.failure = merged.failure ?? results.compactMap(\.failure).first
        merged.machine = MachineLoad.combined(results.compactMap(\.machine))
        let energies = results.compactMap(\.energy)
        if energies.count == results.count, var energy = energies.first {
            let joules = energies.reduce(0) { $0 + $1.netJoules }
            let seconds = energies.reduce(0) { $0 + $1.windowSeconds }
            let inferences = Double(merged.latenciesNs.count)
            energy.netJoules = joules
            energy.windowSeconds = seconds
            energy.averageWatts = seconds > 0 ? joules / seconds : energy.averageWatts
            energy.peakWatts = energies.map(\.peakWatts).max() ?? energy.peakWatts
            energy.samples = energies.reduce(0) { $0 + $1.samples }
            energy.millijoulesPerInference =
                inferences > 0 ? joules * 1000 / inferences : energy.millijoulesPerInference
            energy.inferencesPerJoule = joules > 0 ? inferences / joules : energy.inferencesPerJoule
            energy.windowCount =
                energies.allSatisfy { $0.windowCount != nil } ? energies.reduce(0) { $0 + ($1.windowCount ?? 0) } : nil
            energy.flags = energies.flatMap(\.flags).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            merged.energy = energy
        } else if !energies.isEmpty {
            merged.energy = nil
            merged.failure =
                merged.failure
                ?? Failure(
                    kind: "meter", message: "energy measured in \(energies.count) of \(results.count) executions only")
        }
        return merged
    }
}

extension CaseResult.MachineLoad {
    /// The load over several executions: CPU and wall time summed, first start and last end; noisy when any was.
    public static func combined(_ loads: [CaseResult.MachineLoad]) -> CaseResult.MachineLoad? {
        guard let first = loads.first else { return nil }
        let others = loads.compactMap(\.otherCPUSeconds)
        var load = CaseResult.MachineLoad(
            loadAverageStart: first.loadAverageStart, loadAverageEnd: loads.last?.loadAverageEnd,
            otherCPUSeconds: others.count == loads.count ? others.reduce(0, +) : nil,
            wallSeconds: loads.reduce(0) { $0 + $1.wallSeconds }, governor: first.governor)
        load.runner = CaseResult.RunnerSchedule.combined(loads.compactMap(\.runner))
        let steals = loads.compactMap(\.stealSeconds)
        load.stealSeconds = steals.count == loads.count ? steals.reduce(0, +) : nil
        let noisy = loads.filter(\.noisy)
        load.noisy = !noisy.isEmpty
        load.noisyReason = noisy.first?.noisyReason.map { "\($0) (\(noisy.count) of \(loads.count) executions)" }
        return load
    }
}

extension CaseResult {
    /// How the runner was scheduled while it timed its iterations, from the kernel's per-thread scheduler statistics
    /// (`/proc/PID/task/*/schedstat`): the direct measure of whether it shared its CPU. On a busy machine a runner at
    /// normal priority waits for a CPU most of the time and its latencies stretch with the load; one raised above the
    /// other work waits a few percent and measures as on an idle machine (docs/statistics.md, "Why executions
    /// disagree").
    public struct RunnerSchedule: Sendable, Codable, Equatable {
        /// The priority it ran at, in words: `nice -20, own session`, or `normal` with why it was not raised.
        public var priority: String
        /// CPU time its threads ran during the timed iterations, s.
        public var cpuSeconds: Double?
        /// Time its threads were ready to run but waited for a CPU (run-queue delay) meanwhile, s.
        public var waitSeconds: Double?
        /// Wall time from asking for the timed iterations to their last reply, s.
        public var timedSeconds: Double?
        /// CPUs its threads were seen on (sampled with the memory sampler during the timed iterations).
        public var cpus: [Int]?

        /// A runner that waited for a CPU more than this share of its runnable time measured the machine's other
        /// work as much as its own: the latencies stretch with the load (10%: a raised runner on this project's
        /// 2-core VM at load 18 waited 1–4.5% and measured within 1% of idle; one at normal priority waited 50–95%).
        public static let noisyWaitingFraction = 0.10

        public init(
            priority: String, cpuSeconds: Double? = nil, waitSeconds: Double? = nil, timedSeconds: Double? = nil,
            cpus: [Int]? = nil
        ) {
            self.priority = priority
            self.cpuSeconds = cpuSeconds
            self.waitSeconds = waitSeconds
            self.timedSeconds = timedSeconds
            self.cpus = cpus
        }

        /// The share of its runnable time (running + waiting) the runner spent waiting for a CPU.
        public var waitingFraction: Double? {
            guard let cpuSeconds, let waitSeconds, cpuSeconds + waitSeconds > 0 else { return nil }
            return waitSeconds / (cpuSeconds + waitSeconds)
        }

        /// Several executions' schedules: times summed, CPUs united, the priorities as they were (distinct, in order).
        public static func combined(_ schedules: [RunnerSchedule]) -> RunnerSchedule? {
            guard !schedules.isEmpty else { return nil }
            func sum(_ values: [Double?]) -> Double? {
                values.contains(nil) ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
            }
            let priorities = schedules.map(\.priority).reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            let cpus = schedules.compactMap(\.cpus)
            return RunnerSchedule(
                priority: priorities.joined(separator: " / "), cpuSeconds: sum(schedules.map(\.cpuSeconds)),
                waitSeconds: sum(schedules.map(\.waitSeconds)), timedSeconds: sum(schedules.map(\.timedSeconds)),
                cpus: cpus.isEmpty ? nil : Array(Set(cpus.joined())).sorted())
        }
    }
}
