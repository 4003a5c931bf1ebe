import Transcript

/// How `paused` and `resumed` read in a transcript, for the session or, in a workshop, for
/// one participant the safety net set aside (`who`).
enum PauseWords {
  /// "paused: quit", or "Ben is taking a break (safety)" for one participant.
  static func paused(_ reason: PauseReason, who: String?) -> String {
    guard let who else { return "paused: \(reason.rawValue)" }
    return "\(who) is taking a break (\(reason.rawValue))"
  }

  /// "resumed", with `detail` after it, or "Ben is joining in again" for one participant.
  static func resumed(who: String?, detail: String = "") -> String {
    guard let who else { return "resumed" + detail }
    return "\(who) is joining in again"
  }
}
