internal import CCurl
import Foundation
import Synchronization

/// What one HTTP exchange sends. Plain Swift values: no curl type leaves this file.
struct CurlRequest: Sendable {
    enum Method: String, Sendable {
        case get = "GET"
        case head = "HEAD"
        case put = "PUT"
        case post = "POST"
        case delete = "DELETE"
    }
    enum Body: Sendable {
        case none
        case data(Data)
        /// Streamed from disk with CURLOPT_READFUNCTION, never loaded whole.
        case file(path: String, size: Int64)
    }

    var method: Method
    var url: String
    var headers: [String]
    var body: Body = .none
    var connectTimeoutMs: Int
    var timeoutMs: Int
    /// PEM bundle of the CA(s) to trust instead of the system's.
    var caFile: String?
    /// `sha256//<base64>`: the server's public key must match (alone: trust by pin, like an SSH host key).
    var pinnedPublicKey: String?
}

struct CurlResponse: Sendable {
    var status: Int
    var body: Data
    /// New connections this transfer had to open (0 when a kept-alive one was reused).
    var newConnections: Int
}

/// A failed transfer: curl's code, `curl_easy_strerror` and the detail from CURLOPT_ERRORBUFFER.
struct CurlError: Error, Sendable, CustomStringConvertible {
    var code: Int
    var text: String
    var detail: String

    /// curl's words: `curl_easy_strerror`, then the error buffer's detail.
    var summary: String { detail.isEmpty || detail == text ? text : "\(text): \(detail)" }
    /// Short, for `HILBenchError.cause` (the message already carries `summary`).
    var description: String { "curl error \(code)" }

    var isCertificateProblem: Bool { code == Int(CURLE_PEER_FAILED_VERIFICATION.rawValue) }
    var isPinMismatch: Bool { code == Int(CURLE_SSL_PINNEDPUBKEYNOTMATCH.rawValue) }
    var isAborted: Bool { code == Int(CURLE_ABORTED_BY_CALLBACK.rawValue) }
    var isTimeout: Bool { code == Int(CURLE_OPERATION_TIMEDOUT.rawValue) }
}

/// Set from any thread to abort a transfer in progress (checked by curl's progress callback).
final class CurlAbort: Sendable {
    private let flag = Atomic<Bool>(false)
    func abort() { flag.store(true, ordering: .relaxed) }
    var isAborted: Bool { flag.load(ordering: .relaxed) }
}

/// curl_global_init once per process, before the first handle (Swift runs a global's initializer exactly once).
private let curlGlobalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

/// One libcurl easy handle. Kept for the life of a board's transport so its connection is reused
/// (keep-alive, TLS session); used by one thread at a time (the board's `CurlWorker`), never shared.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init() throws(CurlError) {
        guard curlGlobalInit == CURLE_OK, let handle = curl_easy_init() else {
            throw CurlError(code: Int(CURLE_FAILED_INIT.rawValue), text: "libcurl could not be initialised", detail: "")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Runs one blocking transfer. Options are reset first; the connection cache survives `curl_easy_reset`.
    func perform(_ request: CurlRequest, abort: CurlAbort) -> Result<CurlResponse, CurlError> {
        curl_easy_reset(handle)
        errorBuffer[0] = 0
        var firstFailure = CURLE_OK
        func set(_ code: CURLcode) { if firstFailure == CURLE_OK { firstFailure = code } }

        set(ccurl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        set(ccurl_easy_setopt_string(handle, CURLOPT_URL, request.url))
        set(ccurl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        // Straight to the board: never through an http_proxy/HTTPS_PROXY from the environment, which would see the token.
        set(ccurl_easy_setopt_string(handle, CURLOPT_PROXY, ""))
        set(ccurl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        set(ccurl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeoutMs))
        set(ccurl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeoutMs))
        set(ccurl_easy_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1))
        if let caFile = request.caFile { set(ccurl_easy_setopt_string(handle, CURLOPT_CAINFO, caFile)) }
        if let pin = request.pinnedPublicKey {
            set(ccurl_easy_setopt_string(handle, CURLOPT_PINNEDPUBLICKEY, pin))
            if request.caFile == nil {
                // Trust by pin alone (a self-signed agent): the key must match, the chain and name are not checked.
                set(ccurl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0))
                set(ccurl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0))
            }
        }

        var headers: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headers) }
        for header in request.headers { headers = curl_slist_append(headers, header) }
        set(ccurl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headers))

        let sink = ResponseSink(limit: 256 << 20)
        let sinkPointer = Unmanaged.passRetained(sink)
        defer { sinkPointer.release() }
        set(ccurl_easy_setopt_write_function(handle, writeToSink))
        set(ccurl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer.toOpaque()))

        let abortPointer = Unmanaged.passRetained(abort)
        defer { abortPointer.release() }
        set(ccurl_easy_setopt_long(handle, CURLOPT_NOPROGRESS, 0))
        set(ccurl_easy_setopt_xferinfo_function(handle, checkAbort))
        set(ccurl_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, abortPointer.toOpaque()))

        var source: UploadSource?
        switch request.method {
        case .get:
            set(ccurl_easy_setopt_long(handle, CURLOPT_HTTPGET, 1))
        case .head:
            set(ccurl_easy_setopt_long(handle, CURLOPT_NOBODY, 1))
        case .delete:
            set(ccurl_easy_setopt_string(handle, CURLOPT_CUSTOMREQUEST, "DELETE"))
        case .post, .put:
            switch request.body {
            case .none:
                source = UploadSource(data: Data())
            case .data(let data):
                source = UploadSource(data: data)
            case .file(let path, _):
                do { source = try UploadSource(path: path) } catch {
                    return .failure(error)
                }
            }
            let size: Int64 =
                switch request.body {
                case .none: 0
                case .data(let data): Int64(data.count)
                case .file(_, let size): size
                }
            if request.method == .put {
                set(ccurl_easy_setopt_long(handle, CURLOPT_UPLOAD, 1))
                set(ccurl_easy_setopt_off_t(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(size)))
            } else {
                set(ccurl_easy_setopt_long(handle, CURLOPT_POST, 1))
                set(ccurl_easy_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(size)))
            }
        }
        let sourcePointer = source.map { Unmanaged.passRetained($0) }
        defer { sourcePointer?.release() }
        if let sourcePointer {
            set(ccurl_easy_setopt_read_function(handle, readFromSource))
            set(ccurl_easy_setopt_pointer(handle, CURLOPT_READDATA, sourcePointer.toOpaque()))
        }
        guard firstFailure == CURLE_OK else { return .failure(error(firstFailure)) }

        let code = curl_easy_perform(handle)
        if code != CURLE_OK {
            var failure = error(code)
            if sink.overflowed { failure.detail = "the response is larger than \(sink.limit) bytes" }
            if let problem = source?.problem { failure.detail = problem }
            return .failure(failure)
        }
        var status = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var connects = 0
        _ = ccurl_easy_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        return .success(CurlResponse(status: status, body: sink.data, newConnections: connects))
    }

    private func error(_ code: CURLcode) -> CurlError {
        CurlError(
            code: Int(code.rawValue), text: String(cString: curl_easy_strerror(code)),
            detail: String(cString: errorBuffer))
    }
}

/// Collects the response body, refusing more than `limit` bytes (a broken or hostile server).
private final class ResponseSink {
    let limit: Int
    var data = Data()
    var overflowed = false

    init(limit: Int) { self.limit = limit }
}

/// The request body: bytes in memory, or a file read chunk by chunk as curl asks for it.
private final class UploadSource {
    private var data: Data?
    private var offset = 0
    private var fd: Int32 = -1
    private let path: String?
    var problem: String?

    init(data: Data) {
        self.data = data
        path = nil
    }

    init(path: String) throws(CurlError) {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CurlError(
                code: Int(CURLE_READ_ERROR.rawValue), text: String(cString: curl_easy_strerror(CURLE_READ_ERROR)),
                detail: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        if let data {
            let count = min(capacity, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { raw in buffer.copyMemory(from: raw.baseAddress! + offset, byteCount: count) }
            offset += count
            return count
        }
        while true {
            let count = Glibc.read(fd, buffer, capacity)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            problem = "reading \(path ?? "the upload") failed: \(String(cString: strerror(errno)))"
            return Int(CURL_READFUNC_ABORT)
        }
    }
}

private let writeToSink: curl_write_callback = { pointer, size, count, context in
    let sink = Unmanaged<ResponseSink>.fromOpaque(context!).takeUnretainedValue()
    let bytes = size * count
    guard sink.data.count + bytes <= sink.limit else {
        sink.overflowed = true
        return 0  // curl fails the transfer with CURLE_WRITE_ERROR
    }
    if let pointer, bytes > 0 {
        sink.data.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: bytes)
    }
    return bytes
}

private let readFromSource: curl_read_callback = { pointer, size, count, context in
    let source = Unmanaged<UploadSource>.fromOpaque(context!).takeUnretainedValue()
    guard let pointer else { return Int(CURL_READFUNC_ABORT) }
    return source.read(into: UnsafeMutableRawPointer(pointer), capacity: size * count)
}

private let checkAbort: curl_xferinfo_callback = { context, _, _, _, _ in
    Unmanaged<CurlAbort>.fromOpaque(context!).takeUnretainedValue().isAborted ? 1 : 0
}
