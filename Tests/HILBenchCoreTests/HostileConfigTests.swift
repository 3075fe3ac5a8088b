import Foundation
import HILBenchCore
import Testing

/// Attack 3 and the config items of attack 9 (issue 18): hostile YAML is refused from the parser's events,
/// whatever the line endings and whitespace; files that are not hilbench files are never echoed.
@Suite struct HostileConfigTests {
    static let suite = ConfigValidationTests.goodSuite

    struct Variant: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var token: String
        var testDescription: String { name }
    }

    /// Each one hid an anchor or alias from the old text scan, or is a form a text scan has to know about.
    static let anchors: [Variant] = [
        .init(name: "LF", yaml: suite + "runtime_options:\n  onnxruntime: &o {a: 1}\n  openvino: *o\n", token: "&o"),
        .init(
            name: "CRLF line endings",
            yaml: (suite + "runtime_options:\n  onnxruntime: &o {a: 1}\n  openvino: *o\n")
                .replacingOccurrences(of: "\n", with: "\r\n"), token: "&o"),
        .init(
            name: "CR line endings",
            yaml: (suite + "runtime_options:\n  onnxruntime: &o {a: 1}\n  openvino: *o\n")
                .replacingOccurrences(of: "\n", with: "\r"), token: "&o"),
        .init(
            name: "TAB after key:", yaml: suite + "runtime_options:\n  onnxruntime:\t&o {a: 1}\n  openvino:\t*o\n",
            token: "&o"),
        .init(
            name: "after a tag", yaml: suite + "runtime_options:\n  onnxruntime: !!map &o {a: 1}\n  openvino: *o\n",
            token: "&o"),
        .init(name: "complex key", yaml: suite + "runtime_options:\n  ? &k onnxruntime\n  : {a: 1}\n", token: "&k"),
        .init(name: "document start", yaml: "--- &root\n" + suite, token: "&root"),
        .init(
            name: "alias in a flow list", yaml: suite.replacingOccurrences(of: "[fp32, int8]", with: "[&p fp32, *p]"),
            token: "&p"),
    ]

    @Test(arguments: anchors)
    func anchorsAndAliasesAreRefused(_ variant: Variant) throws {
        let folder = try TestFolder()
        let file = try folder.write("suite.yaml", variant.yaml)
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: file) })
        #expect(error.diagnostics.count == 1)
        #expect(
            error.diagnostics.first?.message
                == "YAML anchors and aliases are not supported in hilbench files ('\(variant.token)'); write the value out"
        )
    }

    /// The 1.5 KB alias bomb of the issue (×10 per level, depth 6) with CRLF: refused before anything expands it.
    @Test func anAliasBombWithCRLFIsRefusedBeforeExpansion() throws {
        var yaml = "name: s\r\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\r\n"
        for level in 1...6 {
            yaml +=
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\r\n"
        }
        let folder = try TestFolder()
        let file = try folder.write("bomb.yaml", yaml + Self.suite.replacingOccurrences(of: "name: s\n", with: ""))
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: file) })
        #expect(
            error.diagnostics.map(\.description) == [
                "\(file):2:5: error: YAML anchors and aliases are not supported in hilbench files ('&l0'); write the value out"
            ])
    }

    @Test func nestingIsBoundedInTheFileAndInOptionLists() throws {
        let folder = try TestFolder()
        let deep = try folder.write(
            "deep.yaml",
            Self.suite + "runtime_options:\n  onnxruntime: {x: "
                + String(repeating: "[", count: 512) + String(repeating: "]", count: 512) + "}\n")
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: deep) })
        #expect(error.diagnostics.count == 1)
        #expect(
            error.diagnostics.first?.message
                == "nested deeper than \(ConfigLimits.fileDepth) levels; no hilbench file needs that")
        // Option lists: the loader and the agent's spec check share one bound.
        let five =
            String(repeating: "[", count: ConfigLimits.optionDepth + 1) + "1"
            + String(repeating: "]", count: ConfigLimits.optionDepth + 1)
        let options = try folder.write("options.yaml", Self.suite + "runtime_options:\n  onnxruntime: {x: \(five)}\n")
        let optionError = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: options) })
        #expect(optionError.diagnostics.map(\.field) == ["runtime_options.onnxruntime.x"])
        #expect(optionError.diagnostics.first?.message == "lists nested deeper than \(ConfigLimits.optionDepth)")
        let four =
            String(repeating: "[", count: ConfigLimits.optionDepth) + "1"
            + String(repeating: "]", count: ConfigLimits.optionDepth)
        let fine = try ConfigLoader.loadSuite(
            at: try folder.write("fine.yaml", Self.suite + "runtime_options:\n  onnxruntime: {x: \(four)}\n"))
        #expect(fine.runtimeOptions[.onnxruntime]?["x"]?.listDepth == ConfigLimits.optionDepth)
    }

    @Test func theSizeIsCheckedBeforeReadingWhateverThePathNames() throws {
        let folder = try TestFolder()
        let big = try folder.write(
            "big.yaml", String(repeating: "# padding\n", count: ConfigLoader.maxFileBytes / 10 + 1))
        let link = folder.path + "/link.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: big)
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: link) })
        #expect(
            error.diagnostics.first?.message
                == "file is \(ConfigLoader.maxFileBytes + 10 - ConfigLoader.maxFileBytes % 10) bytes; a config file may be at most \(ConfigLoader.maxFileBytes) bytes"
        )
        // /dev/zero says it has 0 bytes and never ends: refused as not a regular file, never read.
        let zero = try #require(Self.error { _ = try ConfigLoader.loadTarget(at: "/dev/zero") })
        #expect(zero.diagnostics.first?.message == "not a regular file; a hilbench config is a YAML file")
    }

    /// `validate` of a symlink to a secret file: one line naming the file, nothing of its content.
    @Test(arguments: [
        "password: hunter2\napi_key: AKIAEXAMPLESECRET\n", "SECRET=hunter2\nAPI_KEY=AKIAEXAMPLESECRET\n",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nhunter2AKIAEXAMPLESECRET\n-----END OPENSSH PRIVATE KEY-----\n",
    ])
    func aFileThatIsNotAHilbenchFileIsNeverEchoed(content: String) throws {
        let folder = try TestFolder()
        let secret = try folder.write("secret", content)
        let link = folder.path + "/target.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        for load in [{ _ = try ConfigLoader.loadTarget(at: link) }, { _ = try ConfigLoader.loadSuite(at: link) }]
            as [() throws -> Void]
        {
            let error = try #require(Self.error(load))
            #expect(error.diagnostics.count == 1)
            let text = error.diagnostics.map(\.description).joined()
            #expect(text.contains("not a hilbench"))
            #expect(
                !text.contains("hunter2") && !text.contains("AKIAEXAMPLESECRET") && !text.contains("password")
                    && !text.contains("SECRET"))
        }
    }

    /// Attack 1 at the source: a suite cannot name the executable of a native tool; the board maps tools to paths.
    @Test func aSuiteNamesToolsNotPaths() throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "suite.yaml", Self.suite + "runtime_options:\n  command: {tool: trtexec, executable: /tmp/x.sh}\n")
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: file) })
        #expect(
            error.diagnostics.map(\.description) == [
                "\(file):11:28: error: runtime_options.command.executable: a suite names the tool, not its path; the board's agent maps it (hilbench-agent --allow-tool NAME=/path)"
            ])
    }

    /// ssh reads a host, user or jump host starting with '-' as an option (-oProxyCommand=… runs a command).
    @Test(arguments: [
        ("user", "-oProxyCommand=touch /tmp/pwned"), ("user", "-oProxyCommand=x"), ("host", "-oProxyCommand=x"),
        ("proxy_jump", "bastion,-oProxyCommand=x"), ("proxy_jump", "me@-oProxyCommand=x"), ("host", "board one"),
        ("user", "root@evil"),
    ])
    func sshWordsThatWouldBeOptionsAreRefused(field: String, value: String) throws {
        let folder = try TestFolder()
        var fields = ["host": "10.0.0.5", "user": "root", "proxy_jump": "bastion"]
        fields[field] = value
        let file = try folder.write(
            "board.yaml",
            """
            name: board
            transport:
              kind: ssh
              host: "\(fields["host"]!)"
              user: "\(fields["user"]!)"
              proxy_jump: "\(fields["proxy_jump"]!)"
              known_hosts: known_hosts
            chip: {soc: rk3588}

            """)
        let error = try #require(Self.error { _ = try ConfigLoader.loadTarget(at: file) })
        #expect(error.diagnostics.map(\.field) == ["transport.\(field)"], "\(error)")
    }

    @Test func controlCharactersAreEscapedForLogs() {
        #expect(
            "case\nhilbench-agent: forged\r\u{1b}[2J\u{2028}".escapingControlCharacters
                == "case\\nhilbench-agent: forged\\r\\u{1b}[2J\\u{2028}")
        #expect("plain/path é".escapingControlCharacters == "plain/path é")
    }

    /// A suite in `suites/` whose one model is `model` (and, for openvino-ir, `weights`), with `input` as its npy.
    static func containmentSuite(model: String, weights: String? = nil, npy: String? = nil, sha: String) -> String {
        var text = "name: s\nmodels:\n  - name: m\n    artifacts:\n      fp32: {path: \(model), sha256: \"\(sha)\""
        if let weights { text += ", weights: {path: \(weights), sha256: \"\(sha)\"}" }
        text += "}\n"
        if let npy { text += "    inputs:\n      npy: {input: \(npy)}\n" }
        return text + "runtimes: [onnxruntime, openvino]\n"
    }

    struct Escape: CustomTestStringConvertible, Sendable {
        var name: String
        /// Builds the suite text from the folder's path (the outside file is `FOLDER/outside/secret.onnx`).
        var yaml: @Sendable (_ folder: String, _ sha: String) -> String
        var field: String
        var written: @Sendable (_ folder: String) -> String
        var testDescription: String { name }
    }

    static let escapes: [Escape] = [
        .init(
            name: "..", yaml: { containmentSuite(model: "../outside/secret.onnx", sha: $1) },
            field: "models[0].artifacts.fp32.path", written: { _ in "../outside/secret.onnx" }),
        .init(
            name: "absolute path", yaml: { containmentSuite(model: "\($0)/outside/secret.onnx", sha: $1) },
            field: "models[0].artifacts.fp32.path", written: { "\($0)/outside/secret.onnx" }),
        .init(
            name: "symlink out of the folder", yaml: { containmentSuite(model: "linked/secret.onnx", sha: $1) },
            field: "models[0].artifacts.fp32.path", written: { _ in "linked/secret.onnx" }),
        .init(
            name: "weights", yaml: { containmentSuite(model: "m.xml", weights: "../outside/secret.onnx", sha: $1) },
            field: "models[0].artifacts.fp32.weights.path",
            written: { _ in "../outside/secret.onnx" }),
        .init(
            name: "npy input", yaml: { containmentSuite(model: "m.onnx", npy: "../outside/secret.onnx", sha: $1) },
            field: "models[0].inputs.npy.input", written: { _ in "../outside/secret.onnx" }),
    ]

    /// Attack 9, config containment: a model, weights or input path that leaves the suite's folder — by `..`, as an
    /// absolute path, or through a symlink — is an error at its field, and nothing of the file is read (no hash is
    /// printed); `--artifact-root` (here `artifactRoots`) lets the user allow that folder explicitly.
    @Test(arguments: escapes)
    func artifactPathsStayInTheSuitesFolder(_ escape: Escape) throws {
        let folder = try TestFolder()
        let secret = try folder.write("outside/secret.onnx", "not for boards")
        let sha = try SHA256.hex(ofFileAt: secret)
        // Same bytes as the outside file, so the model itself verifies and the weights path is reached too.
        try folder.write("suites/m.onnx", "not for boards")
        try folder.write("suites/m.xml", "not for boards")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/suites/linked", withDestinationPath: folder.path + "/outside")
        let yaml = escape.yaml(folder.path, sha)
        let file = try folder.write("suites/suite.yaml", yaml)
        let written = escape.written(folder.path)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(written) })
        let column = try #require(lines[line].range(of: written)).lowerBound.utf16Offset(in: lines[line]) + 1
        let error = try #require(Self.error { _ = try ConfigLoader.loadSuite(at: file, verifyArtifacts: true) })
        let diagnostic = try #require(error.diagnostics.first { $0.field == escape.field }, "\(error)")
        #expect(diagnostic.file == file)
        #expect(diagnostic.line == line + 1)
        #expect(diagnostic.column == column)
        #expect(diagnostic.message.hasPrefix("'\(written)'"), "\(diagnostic.message)")
        #expect(
            diagnostic.message.contains(
                "is outside the suite's folder \(folder.path)/suites; keep models, weights and inputs under it, or allow the folder with --artifact-root DIR"
            ), "\(diagnostic.message)")
        #expect(!error.description.contains(sha), "the outside file's hash is never printed")

        // Allowed explicitly, the same suite gets past containment (the other errors are about the fake models).
        let allowed = Self.error {
            _ = try ConfigLoader.loadSuite(at: file, verifyArtifacts: true, artifactRoots: [folder.path + "/outside"])
        }
        #expect(allowed?.diagnostics.contains { $0.message.contains("outside the suite's folder") } != true)
    }

    @Test func pathsInsideTheFolderAndItsOwnSymlinksAreFine() throws {
        let folder = try TestFolder()
        let model = try folder.write("suites/models/real/m.onnx", "model")
        let sha = try SHA256.hex(ofFileAt: model)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/suites/models/alias", withDestinationPath: folder.path + "/suites/models/real")
        let file = try folder.write(
            "suites/suite.yaml", Self.containmentSuite(model: "models/alias/../real/./m.onnx", sha: sha))
        let suite = try ConfigLoader.loadSuite(at: file)
        #expect(suite.models.first?.artifacts[.fp32]?.path == folder.path + "/suites/models/real/m.onnx")
    }

    static func error(_ body: () throws -> Void) -> ConfigError? {
        do { try body() } catch let error as ConfigError { return error } catch { return nil }
        return nil
    }
}
