import Foundation

/// The name of a session file: `YYYYMMDD-HHMMSS-<scenario-id>-<4 hex>.jsonl`, in UTC, so
/// that names sort by start time.
enum SessionFileName {
  /// The file extension of transcripts.
  static let fileExtension = "jsonl"

  /// The session id for a start time, a scenario id and a random number.
  static func sessionID(start: Date, scenarioID: String, random: UInt16) -> String {
    let hex = String(random, radix: 16)
    let suffix = String(repeating: "0", count: 4 - hex.count) + hex
    return "\(Timestamp.compact(start))-\(safe(scenarioID))-\(suffix)"
  }

  /// Keeps letters, digits, `-`, `_` and `.` (no leading dot); anything else becomes `_`.
  static func safe(_ scenarioID: String) -> String {
    let kept = scenarioID.unicodeScalars.map { scalar -> Character in
      let isPlain =
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
      return isPlain ? Character(scalar) : "_"
    }
    var name = String(kept.prefix(64))
    while name.hasPrefix(".") { name = "_" + name.dropFirst() }
    return name.isEmpty ? "scenario" : name
  }
}
