public import Foundation

/// One line of a session transcript: the common header plus what happened.
///
/// Every event is written as a single JSON object on its own line, with sorted keys. The
/// common fields are `v` (the format version), `seq` (a 0-based counter within the file),
/// `t` (UTC time with milliseconds), `type` and, in workshop mode, `who`. The fields of the
/// ``Payload`` sit beside them at the top level of the object; see
/// `docs/transcript-format.md`.
public struct TranscriptEvent: Equatable, Sendable {
  /// The transcript format version this program writes.
  public static let currentVersion = 1

  /// The format version the event was written with (`v`).
  public var version: Int
  /// The 0-based position of the event in its file (`seq`).
  public var seq: Int
  /// When the event happened, to the millisecond (`t`).
  public var time: Date
  /// The participant the event belongs to, in workshop mode (`who`).
  public var who: String?
  /// What happened.
  public var payload: Payload

  /// Creates an event.
  ///
  /// - Parameters:
  ///   - version: The format version; defaults to ``currentVersion``.
  ///   - seq: The 0-based position of the event in its file.
  ///   - time: When it happened; stored to the millisecond.
  ///   - who: The participant, in workshop mode.
  ///   - payload: What happened.
  public init(
    version: Int = TranscriptEvent.currentVersion, seq: Int, time: Date, who: String? = nil,
    payload: Payload
  ) {
    self.version = version
    self.seq = seq
    self.time = Timestamp.truncatedToMilliseconds(time)
    self.who = who
    self.payload = payload
  }

  /// What an event records; its case name is the event's `type`.
  public enum Payload: Equatable, Sendable {
    /// The session started (`started`); always the first event of a file.
    case started(SessionStarted)
    /// The coach said something (`said`).
    case said(CoachSaid)
    /// A line the person typed, saved the moment it was read and before the engine reads it
    /// (`received`), so that nothing typed is lost if the program stops while it works; the
    /// `answered` event that follows records how it was read.
    case received(step: String, input: String)
    /// The person answered (`answered`).
    case answered(Answer)
    /// The safety net was triggered by an answer (`safety`).
    case safety(SafetyFlag)
    /// A private note typed with `:note` (`note`).
    case note(text: String)
    /// The person went back to an earlier step with `:back` (`back`).
    case back(step: String)
    /// The person skipped a step with `:skip` (`skip`).
    case skip(step: String)
    /// The session was paused and can be resumed (`paused`).
    case paused(reason: PauseReason)
    /// The session was resumed after replaying `from` events (`resumed`).
    case resumed(from: Int)
    /// At the end, before the session was saved as ended, the person corrected the words the
    /// summary quotes for `step` (`edited`); `text` is the final wording.
    case edited(step: String, text: String)
    /// At the start of a practice, how the next step planned in an earlier session went
    /// (`follow-up`).
    case followUp(FollowUp)
    /// The session ended (`ended`); `completed` is false when it stopped early.
    case ended(completed: Bool)
    /// An event type this version does not know, from a newer program; it is kept and
    /// ignored.
    case unknown(type: String)

    /// The event's `type` as written in the file.
    public var type: String {
      switch self {
      case .started: "started"
      case .said: "said"
      case .received: "received"
      case .answered: "answered"
      case .safety: "safety"
      case .note: "note"
      case .back: "back"
      case .skip: "skip"
      case .paused: "paused"
      case .resumed: "resumed"
      case .edited: "edited"
      case .followUp: "follow-up"
      case .ended: "ended"
      case .unknown(let type): type
      }
    }
  }
}
