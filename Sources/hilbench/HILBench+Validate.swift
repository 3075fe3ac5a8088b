import ArgumentParser
import Foundation
import HILBenchCore

extension HILBench {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check target and suite files; every problem is printed as file:line:column.",
            discussion:
                "With no paths, checks Targets/*.yaml and Suites/*.yaml. A file is read as a target when it is under a Targets folder or has a 'transport' key, else as a suite."
        )

        @Argument(help: "Files or folders to check.")
        var paths: [String] = []

        @Option(
            help:
                "A folder besides each suite's own where its models, weights and .npy inputs may be (repeatable); paths out of every such folder are refused."
        )
        var artifactRoot: [String] = []

        func run() throws {
            let files = try Self.collect(paths.isEmpty ? ["Targets", "Suites"] : paths)
            guard !files.isEmpty else {
                throw ValidationError(
                    "no .yaml files found in \(paths.isEmpty ? "Targets/ and Suites/" : paths.joined(separator: ", "))")
            }
            var problems = 0
            var targets: [TargetConfig] = []
            for file in files {
                do throws(ConfigError) {
                    if Self.isTarget(file) {
                        let target = try ConfigLoader.loadTarget(at: file)
                        if let other = targets.first(where: { $0.name == target.name }) {
                            throw ConfigError([
                                ConfigDiagnostic(
                                    file: file, line: nil, column: nil, field: "name",
                                    message: "duplicate target name '\(target.name)' (also in \(other.sourcePath))")
                            ])
                        }
                        targets.append(target)
                        print("ok      \(file) (target \(target.name))")
                    } else {
                        let suite = try ConfigLoader.loadSuite(at: file, artifactRoots: artifactRoot)
                        print(
                            "ok      \(file) (suite \(suite.name): \(suite.models.count) models × \(suite.runtimes.count) runtimes × \(suite.precisions.count) precisions)"
                        )
                    }
                } catch {
                    problems += error.diagnostics.count
                    for diagnostic in error.diagnostics { printError(diagnostic.description) }
                }
            }
            if problems > 0 {
                printError(
                    "\(problems) problem\(problems == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")"
                )
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
        }

        static func collect(_ paths: [String]) throws -> [String] {
            var files: [String] = []
            for path in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    throw ValidationError("no such file or folder: \(path)")
                }
                if isDirectory.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                    files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
                        "\(path)/\($0)"
                    }
                } else {
                    files.append(path)
                }
            }
            return files
        }

        static func isTarget(_ file: String) -> Bool {
            if file.split(separator: "/").dropLast().contains("Targets") { return true }
            if file.split(separator: "/").dropLast().contains("Suites") { return false }
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").contains { $0.hasPrefix("transport:") }
        }
    }
}
