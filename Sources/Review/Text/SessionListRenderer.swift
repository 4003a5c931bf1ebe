public import Foundation
public import Transcript

/// Renders `review list`: one aligned line per session under a header line.
///
/// Columns: start time (local, `2026-11-25 14:03`), scenario id, who (the name, else the
/// participants, else `-`), the number of accepted answers, `finished` or `unfinished`, and
/// optionally the session id to pass to `review show`. Every value from a transcript goes
/// through ``Sanitizer/forTerminal(_:keeping:)``.
///
/// ```text
/// STARTED           SCENARIO    WHO   ANSWERS  STATUS
/// 2026-11-25 14:03  self-doubt  Dana        7  finished
/// ```
public struct SessionListRenderer: Sendable {
  /// The time zone start times are shown in.
  public var timeZone: TimeZone
  /// Whether to add a last column with the session id.
  public var showsSessionID: Bool

  /// Creates a renderer.
  ///
  /// - Parameters:
  ///   - timeZone: The time zone start times are shown in; the machine's by default.
  ///   - showsSessionID: Whether to add a last column with the session id.
  public init(timeZone: TimeZone = .current, showsSessionID: Bool = false) {
    self.timeZone = timeZone
    self.showsSessionID = showsSessionID
  }

  /// Renders the header line and one line per session, in the order given.
  ///
  /// - Parameter sessions: The sessions, usually from ``SessionIndex/summaries()``.
  /// - Returns: The lines, each ending in a newline; only the header when there are none.
  public func render(_ sessions: [SessionSummary]) -> String {
    let time = LocalTime(timeZone: timeZone)
    var header = ["STARTED", "SCENARIO", "WHO", "ANSWERS", "STATUS"]
    var alignments: [TextTable.Alignment] = [.left, .left, .left, .right, .left]
    if showsSessionID {
      header.append("SESSION")
      alignments.append(.left)
    }
    let rows = sessions.map { session in
      let speakers = session.started.speakers
      var row = [
        time.minutes(session.startedAt),
        Sanitizer.forTerminal(session.started.scenario.id),
        speakers.isEmpty ? "-" : Sanitizer.forTerminal(speakers.joined(separator: ", ")),
        String(session.answerCount),
        session.isFinished ? "finished" : "unfinished",
      ]
      if showsSessionID { row.append(Sanitizer.forTerminal(session.sessionID)) }
      return row
    }
    return TextTable(alignments: alignments).render([header] + rows)
  }
}
