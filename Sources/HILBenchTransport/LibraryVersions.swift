internal import CCurl

/// Versions of the C libraries the transport links.
public enum CurlLibrary {
    /// `curl_version()`, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 …`.
    public static var version: String { String(cString: curl_version()) }
}
