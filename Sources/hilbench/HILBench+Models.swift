import ArgumentParser
import Foundation
import HILBenchSystem

extension HILBench {
    struct Models: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Model tooling.", subcommands: [Prepare.self])

        struct Prepare: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write fp16 and int8 variants of an ONNX model and print the suite entries pinned by sha256.",
                discussion: """
                    Runs scripts/models/prepare_variants.py (onnx and onnxruntime.quantization): fp16 by conversion (inside \
                    If/Loop/Scan bodies too), int8 by static quantization with seeded calibration inputs (or real ones with \
                    --calibration-npy). Each variant is verified graph by graph (float16 weights and ops; quantize/dequantize \
                    and integer ops) and refused, not pinned, when it holds none or computes bit-identically to fp32 (exit \
                    status 4). Integer and boolean inputs are never invented: give them with --input-value NAME=VALUE.
                    """)

            @Argument(help: "The fp32 ONNX model.")
            var model: String

            @Option(help: "Output folder (default: next to the model).")
            var out: String?

            @Option(
                parsing: .singleValue,
                help: "A concrete shape for an input with dynamic dimensions, e.g. x=1,3,640,640 (repeatable).")
            var shape: [String] = []

            @Option(help: "Number of calibration inputs for int8.")
            var calibration: Int = 16

            @Option(help: "Seed of the calibration inputs.")
            var seed: Int = 0

            @Option(parsing: .singleValue, help: "Real calibration data for an input: name=file.npy (repeatable).")
            var calibrationNpy: [String] = []

            @Option(parsing: .singleValue, help: "Value of an integer or boolean input, e.g. sr=16000 (repeatable).")
            var inputValue: [String] = []

            @Flag(help: "Skip the ONNX Runtime check of the variants against fp32.")
            var noCheck = false

            func run() throws {
                guard FileManager.default.fileExists(atPath: model) else {
                    throw ValidationError("no such model: \(model)")
                }
                guard let script = Self.script() else {
                    throw ValidationError(
                        "scripts/models/prepare_variants.py not found; run from the hilbench checkout or set HILBENCH_SCRIPTS_DIR"
                    )
                }
                guard let python = RuntimeRegistryLookup.which("python3") else {
                    throw ValidationError("python3 not found on PATH")
                }
                var arguments = [script, model, "--calibration", String(calibration), "--seed", String(seed)]
                if let out { arguments += ["--out", out] }
                for item in shape { arguments += ["--shape", item] }
                for item in calibrationNpy { arguments += ["--calibration-npy", item] }
                for item in inputValue { arguments += ["--input-value", item] }
                if noCheck { arguments.append("--no-check") }
                // The script's progress goes straight to the terminal.
                let process = try SpawnedProcess(
                    [python] + arguments, stdin: .inherit, stdout: .inherit, stderr: .inherit)
                let exit = process.waitUntilExit()
                if exit.shellStatus != 0 { throw ExitCode(exit.shellStatus) }
            }

            static func script() -> String? {
                let environment = ProcessInfo.processInfo.environment
                var candidates: [String] = []
                if let dir = environment["HILBENCH_SCRIPTS_DIR"] { candidates.append("\(dir)/prepare_variants.py") }
                candidates.append(FileManager.default.currentDirectoryPath + "/scripts/models/prepare_variants.py")
                let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent()
                candidates.append(sourceRoot.appendingPathComponent("scripts/models/prepare_variants.py").path)
                return candidates.first { FileManager.default.fileExists(atPath: $0) }
            }
        }
    }
}
