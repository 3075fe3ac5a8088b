import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// SIGTERM and SIGINT, blocked in every thread and taken synchronously by the main thread.
enum Signals {
    /// Blocks SIGTERM and SIGINT; call before any thread starts, so every thread inherits the mask.
    static func block() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        signal(SIGPIPE, SIG_IGN)
    }

    /// Waits for SIGTERM or SIGINT; returns its number.
    static func wait() -> Int32 {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGINT)
        var number: Int32 = 0
        while sigwait(&set, &number) != 0 {}
        return number
    }
}

/// One line on standard output, flushed at once (the lab waits for the ready line).
func printReady(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// One line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
