/// What the room is told when the safety net sets someone aside, and the other lines of a
/// workshop's turns, from the voice file's `workshop-*` keys.
public struct WorkshopWords: Sendable {
  /// Shown to the room when a participant is set aside; `{name}`.
  public var onBreak: String
  /// Shown to the room when the group's answer is set aside.
  public var groupSetAside: String
  /// Shown when a participant joins in again; `{name}`.
  public var rejoined: String
  /// Said when an answer is typed while everyone is taking a break.
  public var everyoneOnBreak: String
  /// Said for `:rejoin` with a name that is not on a break; `{name}` and `{names}` (who is).
  public var notOnBreak: String
  /// The acknowledgement of an answer nothing else replied to.
  public var thanks: String
  /// What the room's screen shows in place of an answer that was set aside.
  public var hiddenAnswer: String
  /// Shown when guidance for the facilitator is hidden from the screen and has nowhere else
  /// to go: how to see it (`:guidance`).
  public var guidanceHint: String
  /// Said for `:guidance` before there is any.
  public var noGuidance: String

  /// Creates the lines.
  public init(
    onBreak: String, groupSetAside: String, rejoined: String, everyoneOnBreak: String,
    notOnBreak: String, thanks: String, hiddenAnswer: String, guidanceHint: String,
    noGuidance: String
  ) {
    self.onBreak = onBreak
    self.groupSetAside = groupSetAside
    self.rejoined = rejoined
    self.everyoneOnBreak = everyoneOnBreak
    self.notOnBreak = notOnBreak
    self.thanks = thanks
    self.hiddenAnswer = hiddenAnswer
    self.guidanceHint = guidanceHint
    self.noGuidance = noGuidance
  }
}
