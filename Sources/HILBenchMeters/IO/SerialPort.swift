// A serial device in raw mode (termios), as a USB CDC-ACM meter (PPK2) or a pseudo-terminal presents it.
internal import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open serial port. One reader thread reads while other code writes commands; the descriptor is closed
/// in `deinit`, after both are done (the owner keeps the port until its reader thread has ended).
final class SerialPort: @unchecked Sendable {
    let path: String
    let meter: String
    private let fd: Int32

    /// Opens `path` read-write and puts it in raw mode: no echo, no line editing, no CR/LF translation,
    /// 8 data bits, reads return whatever is there (VMIN = 0, VTIME = 0; waiting is done with poll).
    init(path: String, meter: String) throws(MeterError) {
        self.path = path
        self.meter = meter
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw MeterError(
                code: .connection,
                message:
                    "cannot open the serial device: \(errnoText(code)); check the path (e.g. /dev/ttyACM0) and that you are in the dialout group",
                meter: meter, address: path, cause: SystemCallError(call: "open", errno: code))
        }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else {
            let code = errno
            close(descriptor)
            throw MeterError(
                code: .connection, message: "\(path) is not a serial device: \(errnoText(code))",
                meter: meter, address: path, cause: SystemCallError(call: "tcgetattr", errno: code))
        }
        cfmakeraw(&settings)
        settings.c_cflag |= tcflag_t(CLOCAL | CREAD)
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 0
            cc[Int(VTIME)] = 0
        }
        cfsetispeed(&settings, speed_t(B115200))  // irrelevant for CDC-ACM, set like Nordic's app
        cfsetospeed(&settings, speed_t(B115200))
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else {
            let code = errno
            close(descriptor)
            throw MeterError(
                code: .connection, message: "cannot put \(path) in raw mode: \(errnoText(code))",
                meter: meter, address: path, cause: SystemCallError(call: "tcsetattr", errno: code))
        }
        tcflush(descriptor, TCIOFLUSH)
        fd = descriptor
    }

    deinit { close(fd) }

    /// Writes a command.
    func write(_ bytes: [UInt8]) throws(MeterError) {
        if let code = writeAll(fd, bytes) {
            throw MeterError(
                code: .io, message: "cannot write a command to the serial device: \(errnoText(code))",
                meter: meter, address: path, cause: SystemCallError(call: "write", errno: code))
        }
    }

    /// Reads what is available, waiting at most `timeoutMs` for the first byte. Returns 0 on timeout.
    func read(into buffer: UnsafeMutableRawBufferPointer, timeoutMs: Int32) throws(MeterError) -> Int {
        guard waitReadable(fd, timeoutMs: timeoutMs) else { return 0 }
        while true {
            let count = systemRead(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            if errno == EAGAIN { return 0 }
            let code = errno
            throw MeterError(
                code: .io, message: "reading the serial device failed: \(errnoText(code)); was it unplugged?",
                meter: meter, address: path, cause: SystemCallError(call: "read", errno: code))
        }
    }

    /// Discards whatever the device has sent and not been read yet.
    func drainInput() {
        var scratch = [UInt8](repeating: 0, count: 4096)
        scratch.withUnsafeMutableBytes { buffer in
            while (try? read(into: buffer, timeoutMs: 0)) ?? 0 > 0 {}
        }
    }
}
