public import Foundation

/// Whether a process is still running: a zombie (exited, not yet reaped by whoever inherited it) counts as gone,
/// since `kill(pid, 0)` would still find it.
public func processIsRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state != nil && state != "Z" && state != "X"
}
