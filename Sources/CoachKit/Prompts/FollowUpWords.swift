/// What the coach says when it asks how last time's next step went, from the voice file's
/// `follow-up-*` keys.
public struct FollowUpWords: Sendable {
  /// The question; `{plan}` is the plan in the mentor's words.
  public var ask: String
  /// Asks for anything more, after an outcome.
  public var more: String
  /// Said once the follow-up is saved.
  public var thanks: String
  /// Said when the mentor skips the question.
  public var skipped: String

  /// Creates the lines.
  public init(ask: String, more: String, thanks: String, skipped: String) {
    self.ask = ask
    self.more = more
    self.thanks = thanks
    self.skipped = skipped
  }
}
