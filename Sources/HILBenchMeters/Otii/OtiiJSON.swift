internal import Foundation

/// The Otii TCP server's message framing: one JSON object per message, terminated by `\r\n`.
///
/// Message shapes, and where each was verified:
/// * request `{"type":"request","cmd":…,"trans_id":"<n>","data":{…}}` and the reply echoing `trans_id`
///   — qoitech/otii-tcp-client-python `otii_connection.py` (`send_and_receive`, `receive_response`).
/// * the `information` message sent on connect — the same file reads one message right after connecting;
///   its content (`"info":"connected"`, versions) is from Qoitech's TCP server documentation page.
/// * `error` with `errorcode`, `cmd`, `trans_id`, `data` — a maintainer-visible error in the client's issue #9
///   (`{'type': 'error', 'errorcode': 'Invalid command', 'cmd': 'recording_is_running', 'trans_id': '52', 'data': {}}`).
/// * `progress` messages are skipped, as the client does.
package enum OtiiJSON {
    package static func encode(_ object: [String: Any]) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Array(data) + [0x0D, 0x0A]
    }

    package static func decode(_ line: [UInt8]) -> [String: Any]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else { return nil }
        return object as? [String: Any]
    }

    package static func double(_ value: Any?) -> Double? {
        switch value {
        case let number as Double: number
        case let number as Int: Double(number)
        case let number as NSNumber: number.doubleValue
        case let text as String: Double(text)
        default: nil
        }
    }

    package static func int(_ value: Any?) -> Int? {
        switch value {
        case let number as Int: number
        case let number as Double: Int(exactly: number)
        case let number as NSNumber: number.intValue
        default: nil
        }
    }

    package static func bool(_ value: Any?) -> Bool? {
        switch value {
        case let flag as Bool: flag
        case let number as NSNumber: number.boolValue
        default: nil
        }
    }
}
