public import Foundation
import HILBenchSystem
import Synchronization

/// A throwaway PostgreSQL server for tests: Debian's `initdb` and `pg_ctl` (`/usr/lib/postgresql/*/bin`) on a free
/// loopback port, in a scratch data directory, with password (SCRAM) authentication for one superuser. Stopped and
/// deleted by `stop()`; `withServer` stops it whatever the body does.
///
/// initdb refuses to run as root, so under root (CI) the server runs as the `postgres` user that Debian's package
/// creates (through `runuser`), and the scratch folder is handed to that user.
///
/// A watchdog child stops the server and deletes its folder when this process ends without `stop()` (a crashed or
/// killed test run would otherwise leave a server running): it waits for end of file on a pipe only this process
/// holds, which the kernel closes however the process ends.
public final class PostgresTestServer: Sendable {
    public let port: Int
    /// The superuser tests connect as.
    public let user = "hilbench"
    /// A file holding the superuser's password (what `?password_file=` names).
    public let passwordFile: String
    public let scratch: String
    private let binDirectory: String
    private let runAs: String?
    private let watchdog = Mutex<SpawnedProcess?>(nil)

    /// Why no server can be started here, or nil. Cheap: looks for the binaries and, as root, `runuser` and the
    /// `postgres` user.
    public static var unavailableReason: String? {
        guard binDirectoryFound != nil else {
            return
                "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (scripts/test installs Debian's postgresql)"
        }
        if getuid() == 0 {
            guard
                FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
                    || FileManager.default
                        .isExecutableFile(atPath: "/sbin/runuser")
            else { return "running as root and no runuser to start PostgreSQL as another user" }
            guard getpwnam("postgres") != nil else {
                return "running as root and no 'postgres' user to run PostgreSQL as (initdb refuses root)"
            }
        }
        return nil
    }

    /// Whether `unavailableReason` is nil (for `.enabled(if:)`).
    public static var available: Bool { unavailableReason == nil }

    private static var binDirectoryFound: String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first {
            FileManager.default.isExecutableFile(atPath: $0 + "/initdb")
                && FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl")
        }
    }

    /// Why a server did not start, with the tool's own output.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    private init(port: Int, passwordFile: String, scratch: String, binDirectory: String, runAs: String?) {
        self.port = port
        self.passwordFile = passwordFile
        self.scratch = scratch
        self.binDirectory = binDirectory
        self.runAs = runAs
    }

    /// Starts a server, runs `body`, and stops the server (also when `body` throws).
    /// - Parameter durable: fsync on, as a lab's server runs (benchmarks); tests leave it off for speed.
    public static func withServer<T>(
        durable: Bool = false, _ body: (PostgresTestServer) async throws -> T
    ) async throws -> T {
        let server = try start(durable: durable)
        do {
            let value = try await body(server)
            server.stop()
            return value
        } catch {
            server.stop()
            throw error
        }
    }

    /// Initialises a data directory and starts the server on a free loopback port.
    /// - Parameter durable: commits are fsynced (PostgreSQL's default); off, a test server skips fsync for speed.
    public static func start(durable: Bool = false) throws -> PostgresTestServer {
        if let reason = unavailableReason { throw StartError(description: reason) }
        guard let bin = binDirectoryFound else { throw StartError(description: "no PostgreSQL binaries") }
        let scratch = NSTemporaryDirectory() + "hilbench-pg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let passwordFile = scratch + "/password"
        try UUID().uuidString.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        let runAs = getuid() == 0 ? "postgres" : nil
        if let runAs, let account = getpwnam(runAs) {
            for path in [scratch, passwordFile] where chown(path, account.pointee.pw_uid, account.pointee.pw_gid) != 0 {
                throw StartError(description: "cannot hand \(path) to \(runAs): \(String(cString: strerror(errno)))")
            }
        }
        // The watchdog first: a test process killed while the server starts leaves nothing behind either.
        let watchdog = try startWatchdog(bin: bin, scratch: scratch, runAs: runAs)
        var lastError = ""
        // A port found free may be taken before the server binds it: a few tries with fresh ports.
        for attempt in 1...3 {
            let port = try freePort()
            let server = PostgresTestServer(
                port: port, passwordFile: passwordFile, scratch: scratch, binDirectory: bin, runAs: runAs)
            do {
                if attempt == 1 {
                    try server.tool(
                        "initdb", "-D", scratch + "/data", "-U", server.user, "--pwfile=\(passwordFile)",
                        "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync")
                }
                try server.tool(
                    "pg_ctl", "-D", scratch + "/data", "-l", scratch + "/server.log", "-w", "-t", "120", "-o",
                    "-p \(port) -k \(scratch) -c listen_addresses=127.0.0.1" + (durable ? "" : " -c fsync=off"), "start"
                )
                server.watchdog.withLock { $0 = watchdog }
                return server
            } catch {
                lastError = "\(error)"
            }
        }
        try? FileManager.default.removeItem(atPath: scratch)
        end(watchdog)
        throw StartError(description: "PostgreSQL did not start: \(lastError)")
    }

    /// Stops the server at once and deletes its folder.
    public func stop() {
        _ = try? tool("pg_ctl", "-D", scratch + "/data", "-m", "immediate", "-w", "-t", "60", "stop")
        try? FileManager.default.removeItem(atPath: scratch)
        endWatchdog()
    }

    /// Does to the watchdog what this process's death does (closes its pipe) without stopping the server here, and
    /// waits for it: the watchdog stops the server and deletes its folder. For the test of the watchdog.
    public func dropWatchdogPipe() { endWatchdog() }

    /// Whether the server's folder is gone (stopped by `stop()` or by the watchdog).
    public var removed: Bool { !FileManager.default.fileExists(atPath: scratch) }

    private static func startWatchdog(bin: String, scratch: String, runAs: String?) throws -> SpawnedProcess {
        // `cat` returns at end of file: when this process closed the pipe, or ended.
        var command = [
            "/bin/sh", "-c", "cat >/dev/null; \"$0\" -D \"$1/data\" -m immediate -w -t 60 stop; rm -rf \"$1\"",
            bin + "/pg_ctl", scratch,
        ]
        if let runAs { command = ["/usr/sbin/runuser", "-u", runAs, "--"] + command }
        // A process group of its own: a signal to this process's group (Ctrl-C) does not take the watchdog along.
        return try SpawnedProcess(
            command, environment: ["PATH": "/usr/bin:/bin", "LC_ALL": "C"], stdin: .pipe, stdout: .null,
            stderr: .null, processGroup: true)
    }

    private func endWatchdog() {
        let process = watchdog.withLock { state -> SpawnedProcess? in
            defer { state = nil }
            return state
        }
        if let process { Self.end(process) }
    }

    /// Closes the watchdog's pipe and waits for it to finish.
    private static func end(_ process: SpawnedProcess) {
        try? process.stdin?.close()
        if !process.waitForExitBlocking(timeout: .seconds(120)) { process.signalGroup(SIGKILL) }
    }

    /// Creates a database and returns the store URL for it (loopback, no TLS, the password from `passwordFile`).
    public func createDatabase(_ name: String = "t\(UUID().uuidString.prefix(8).lowercased())") throws -> String {
        try tool("createdb", "-h", "127.0.0.1", "-p", "\(port)", "-U", user, "-w", name)
        return url(database: name)
    }

    /// Runs SQL in `database` through `psql` (stops at the first error).
    @discardableResult
    public func psql(database: String, _ sql: String) throws -> String {
        try tool(
            "psql", "-h", "127.0.0.1", "-p", "\(port)", "-U", user, "-w", "-v", "ON_ERROR_STOP=1", "-At", "-d",
            database,
            "-c", sql)
    }

    /// The store URL of `database` on this server.
    public func url(database: String) -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(database)?sslmode=disable&password_file=\(passwordFile)"
    }

    /// Runs one of the server's tools (as `postgres` under root) and waits; throws with its output when it fails.
    @discardableResult
    private func tool(_ name: String, _ arguments: String...) throws -> String {
        let output = scratch + "/\(name)-\(UUID().uuidString.prefix(6)).out"
        var command = [binDirectory + "/" + name] + arguments
        if let runAs { command = ["/usr/sbin/runuser", "-u", runAs, "--"] + command }
        // Output to a file, not a pipe: the server that pg_ctl starts would hold a pipe open after pg_ctl exits.
        let password = (try? String(contentsOfFile: passwordFile, encoding: .utf8)) ?? ""
        var environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C", "PGPASSWORD": password]
        if runAs == nil, let home = ProcessInfo.processInfo.environment["HOME"] { environment["HOME"] = home }
        let process = try SpawnedProcess(
            ["/bin/sh", "-c", "exec \"$@\" >\"$0\" 2>&1 </dev/null", output] + command, environment: environment,
            processGroup: true)
        if !process.waitForExitBlocking(timeout: .seconds(180)) {
            process.signalGroup(SIGKILL)
            _ = process.waitForExitBlocking(timeout: .seconds(10))
        }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: output)
        guard process.terminationStatus == 0 else {
            let log = (try? String(contentsOfFile: scratch + "/server.log", encoding: .utf8)) ?? ""
            throw StartError(
                description: "\(name) failed (\(process.terminationStatus ?? -1)): \(text.suffix(1500))"
                    + (log.isEmpty ? "" : "\nserver log: \(log.suffix(1500))"))
        }
        return text
    }

    /// A loopback TCP port nothing listens on right now.
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StartError(description: "socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard bound else { throw StartError(description: "bind: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
