import Foundation
import HILBenchCore
import HILBenchTesting
import Testing

/// Fuzz runs are reproducible from the seed printed on failure.
typealias FuzzRandom = SeededGenerator

/// Hostile config files: each is loaded or refused with located, non-empty diagnostics; never a crash or a hang.
@Suite(.timeLimit(.minutes(2)))
struct ConfigFuzzTests {
    static let validSuite = """
        name: s
        description: a suite
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, int8]
        measure:
          warmup: 2
          iterations: 50

        """

    static let validTarget = """
        name: local
        description: This machine as the board
        transport:
          kind: local
        chip:
          soc: host-cpu
          accelerator: none
          price_usd: 0
          tdp_w: 15
        marker:
          backend: simulated
        meter:
          kind: simulated
          sample_rate_hz: 10000
          idle_w: 2.0
          active_w: 1.5
          noise_w: 0.02
          seed: 1

        """

    static let fragments = [
        "&a", "*a", "&anchor [1, 2]", "<<: *a", "!!binary", "!!python/object", "!<tag:yaml.org,2002:str>", "%YAML 1.2",
        "---", "...",
        "\t", "\0", "\r\n", "\r", "\u{FEFF}", "\u{202E}", "é", "😀", "\u{10FFFF}", "\u{FFFD}", "ℌ", "ﬁ", "：",
        "99999999999999999999999999999", "-9223372036854775809", "9223372036854775808", "1e309", "-1e309", ".nan",
        ".inf", "-.inf",
        "0x7FFFFFFFFFFFFFFFFF", "0o777", "1_000", "~", "null", "true", "yes", "no", "''", "\"\"", "\"unterminated", "'",
        "{", "}", "[", "]",
        ":", "- ", "? ", "|", ">", "#", "@", "`", "\\", "%", "!", "key: value", "- - -", "{a: {b: {c: [1]}}}",
        "[[[[]]]]",
    ]

    /// A random mutation of `base` (a valid file), a random byte string, or a structurally extreme document.
    static func mutate(_ base: String, _ random: inout FuzzRandom) -> [UInt8] {
        var lines = base.components(separatedBy: "\n")
        let edits = random.int(1...4)
        for _ in 0..<edits {
            let index = random.int(0...lines.count - 1)
            switch random.int(0...11) {
            case 0:
                lines.remove(at: index)
                if lines.isEmpty { lines = [""] }
            case 1: lines.insert(lines[index], at: index)
            case 2:
                lines[index] =
                    String(repeating: random.pick([" ", "\t", "  "]), count: random.int(0...12))
                    + lines[index].trimmingCharacters(in: .whitespaces)
            case 3:
                var line = Array(lines[index])
                line.insert(contentsOf: random.pick(fragments), at: random.int(0...line.count))
                lines[index] = String(line)
            case 4:
                // Replace a value with an extreme one.
                if let colon = lines[index].firstIndex(of: ":") {
                    lines[index] = String(lines[index][...colon]) + " " + random.pick(fragments)
                }
            case 5:
                lines[index] += String(
                    repeating: random.pick(["x", "é", "😀", "9", " "]), count: random.int(100...20_000))
            case 6:
                let depth = random.int(1...300)
                lines[index] +=
                    " " + String(repeating: "[", count: depth)
                    + String(repeating: "]", count: random.chance(0.8) ? depth : 0)
            case 7:
                let depth = random.int(1...100)
                lines[index] +=
                    " " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth)
            case 8: lines.swapAt(index, random.int(0...lines.count - 1))
            case 9:
                var scalars = String.UnicodeScalarView()
                for _ in 0..<random.int(1...20) {
                    if let scalar = Unicode.Scalar(UInt32(random.int(0...0x10FFFF))) { scalars.append(scalar) }
                }
                lines[index] += String(scalars)
            case 10:
                lines[index] = lines[index].replacingOccurrences(
                    of: ": ", with: random.pick([":", ":\t", " : ", ": &x ", ": *x ", ": !!str "]))
            default: lines[index] = ""
            }
        }
        let separator = random.chance(0.2) ? "\r\n" : "\n"
        var bytes = Array(lines.joined(separator: separator).utf8)
        // Byte-level damage: flips, NULs, truncation.
        for _ in 0..<(random.chance(0.4) ? random.int(1...6) : 0) where !bytes.isEmpty {
            let at = random.int(0...bytes.count - 1)
            switch random.int(0...2) {
            case 0: bytes[at] ^= UInt8(1 << random.int(0...7))
            case 1: bytes[at] = 0
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    static func input(_ base: String, _ random: inout FuzzRandom) -> [UInt8] {
        switch random.int(0...9) {
        case 0: return (0..<random.int(0...600)).map { _ in UInt8.random(in: 0...255, using: &random) }
        case 1: return (0..<random.int(0...600)).map { _ in random.pick(Array("ab: -[]{}&*!|>#'\"\n\t ,?".utf8)) }
        default: return mutate(base, &random)
        }
    }

    enum Kind: String, CaseIterable, Sendable { case suite, target }

    /// Loads `bytes` as a file of `kind`: the outcome must be a config or a `ConfigError` with usable diagnostics.
    /// Returns a description of what is wrong (nil when the property holds) and the time taken.
    static func check(
        _ bytes: [UInt8], kind: Kind, folder: TestFolder, name: String
    ) throws -> (problem: String?, loaded: Bool) {
        let file = try folder.write(name, bytes: bytes)
        defer { try? FileManager.default.removeItem(atPath: file) }
        var problem: String?
        var loaded = false
        do throws(ConfigError) {
            switch kind {
            case .suite: _ = try ConfigLoader.loadSuite(at: file)
            case .target: _ = try ConfigLoader.loadTarget(at: file)
            }
            loaded = true
        } catch {
            if error.diagnostics.isEmpty {
                problem = "a ConfigError without diagnostics"
            } else if let bad = error.diagnostics.first(where: {
                $0.message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || $0.file != file
            }) {
                problem = "a diagnostic without a message or this file's path: \(bad.description.debugDescription)"
            } else if !error.description.hasPrefix(file + ":") {
                problem =
                    "the error does not start with the file's path: \(error.description.prefix(300).debugDescription)"
            }
        }
        return (problem, loaded)
    }

    static let seeds: [UInt64] = [1, 2, 3, 0xC0FFEE]
    static let inputsPerSeed = 400

    @Test(arguments: Kind.allCases, seeds)
    func hostileFilesAreLoadedOrRefusedClearly(kind: Kind, seed: UInt64) throws {
        // Given many mutations of a valid file (and some pure noise)
        var random = FuzzRandom(seed: seed)
        let folder = try TestFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let base = kind == .suite ? Self.validSuite : Self.validTarget
        var failures = 0
        for index in 0..<Self.inputsPerSeed {
            let bytes = Self.input(base, &random)
            // When each is loaded
            let outcome = try Self.check(bytes, kind: kind, folder: folder, name: "\(kind)-\(index).yaml")
            // Then it is a config, or a refusal whose every diagnostic says what and where
            if let problem = outcome.problem {
                failures += 1
                if failures <= 5 {
                    Issue.record(
                        "seed \(seed) input #\(index) (\(kind)): \(problem)\ninput: \(String(decoding: bytes.prefix(400), as: UTF8.self).debugDescription)"
                    )
                }
            }
        }
        #expect(failures == 0, "seed \(seed): \(failures) of \(Self.inputsPerSeed) inputs broke the property")
    }

    @Test(arguments: Kind.allCases)
    func theUnmutatedBaseLoads(kind: Kind) throws {
        let folder = try TestFolder()
        let outcome = try Self.check(
            Array((kind == .suite ? Self.validSuite : Self.validTarget).utf8), kind: kind, folder: folder,
            name: "base.yaml")
        #expect(outcome.problem == nil)
        #expect(outcome.loaded, "the fuzzing base must be valid, or the mutations test only the refusal path")
    }

    /// Structural extremes, each its own input: deep nesting, a file just under and over the size limit, anchors.
    static let extremes: [(String, [UInt8])] = [
        ("empty", []),
        ("only NULs", [UInt8](repeating: 0, count: 64)),
        ("BOM only", [0xEF, 0xBB, 0xBF]),
        ("invalid UTF-8", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]),
        ("a scalar document", Array("42\n".utf8)),
        ("a list document", Array("- 1\n- 2\n".utf8)),
        ("two documents", Array((validSuite + "---\n" + validSuite).utf8)),
        (
            "nested lists 1000 deep",
            Array(("name: " + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000) + "\n").utf8)
        ),
        (
            "nested block mappings 200 deep",
            Array((0..<200).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined().utf8)
        ),
        ("unclosed nesting 10000 deep", Array(("name: " + String(repeating: "[", count: 10_000) + "\n").utf8)),
        ("a 900 KB line", Array(("name: " + String(repeating: "x", count: 900_000) + "\n").utf8)),
        ("over the size limit", Array(("# " + String(repeating: "x", count: (1 << 20) + 10) + "\n").utf8)),
        ("many keys", Array((0..<20_000).map { "k\($0): \($0)\n" }.joined().utf8)),
        ("anchor and merge", Array(("base: &b {warmup: 1}\nmeasure:\n  <<: *b\n" + validSuite).utf8)),
        ("CRLF everywhere", Array(validSuite.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("tabs for indentation", Array(validSuite.replacingOccurrences(of: "  ", with: "\t").utf8)),
        ("NUL inside a value", Array(validSuite.replacingOccurrences(of: "name: s", with: "name: s\0x").utf8)),
        (
            "huge iteration count",
            Array(
                validSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 99999999999999999999999999")
                    .utf8)
        ),
        (
            "float iteration count",
            Array(validSuite.replacingOccurrences(of: "iterations: 50", with: "iterations: 1e300").utf8)
        ),
        ("infinite warmup", Array(validSuite.replacingOccurrences(of: "warmup: 2", with: "warmup: .inf").utf8)),
    ]

    @Test(arguments: Kind.allCases, extremes.indices)
    func structuralExtremesAreLoadedOrRefusedClearly(kind: Kind, index: Int) throws {
        // (How fast they are refused is a figure of `hilbench-benchmarks config`, not a timed test.)
        let (label, bytes) = Self.extremes[index]
        let folder = try TestFolder()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let outcome = try Self.check(bytes, kind: kind, folder: folder, name: "extreme.yaml")
        #expect(outcome.problem == nil, "\(label) (\(kind)): \(outcome.problem ?? "")")
    }
}
