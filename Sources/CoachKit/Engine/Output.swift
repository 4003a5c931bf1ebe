/// One thing the engine produces: words for the mentor, a question, or a record of an answer.
///
/// Each output names the step it belongs to and, where a rule produced it, the rule and tags.
public struct Output: Hashable, Sendable {
  /// What kind of output this is.
  public enum Kind: Hashable, Sendable {
    /// The opening words of a step.
    case say
    /// A question, with what it accepts.
    case question(Question)
    /// A reply chosen by a rule or a scale range.
    case reply
    /// Words said first, before the reply, for something the answer says about the mentor
    /// themself (such as their own exhaustion); from `acknowledge:` in `Prompts/replies.yaml`.
    case acknowledgement
    /// An open question used when nothing else replied.
    case fallback
    /// A bad answer: the question is asked again.
    case retry
    /// The safety net's reply and help information.
    case safety
    /// A note for the facilitator, not for the room.
    case facilitatorNote
    /// A timed discussion for workshops.
    case discussion(seconds: Int)
    /// How the engine read the answer just given.
    case answer(AnswerRecord)
    /// A short acknowledgement (after `:skip` or `:back`).
    case notice
    /// The closing summary.
    case summary
    /// The session is paused at the mentor's wish and can be resumed.
    case paused
    /// The session is over.
    case ended
  }

  /// What kind of output this is.
  public var kind: Kind
  /// The words, ready to show (empty for records).
  public var text: String
  /// The step it belongs to.
  public var step: String
  /// The rule that produced it.
  public var rule: RuleReference?
  /// The tags that came with it.
  public var tags: [String]

  /// Creates an output.
  public init(
    _ kind: Kind, _ text: String, step: String, rule: RuleReference? = nil, tags: [String] = []
  ) {
    self.kind = kind
    self.text = text
    self.step = step
    self.rule = rule
    self.tags = tags
  }
}

/// A question and what it accepts.
public struct Question: Hashable, Sendable {
  /// Free text, a choice, or a number.
  public var kind: AskKind
  /// The labels of the choices, in order (choice questions).
  public var choices: [String]
  /// The scale (scale questions).
  public var scale: Scale?

  /// Creates a question description.
  public init(kind: AskKind, choices: [String] = [], scale: Scale? = nil) {
    self.kind = kind
    self.choices = choices
    self.scale = scale
  }
}
