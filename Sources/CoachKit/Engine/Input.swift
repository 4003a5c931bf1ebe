/// What the engine is given: an answer as typed, or a session command that changes the path.
public enum Input: Hashable, Sendable, Codable {
  /// A line the mentor typed at a question (free text, a choice, or a number).
  case answer(String)
  /// Go back to revise the previous answer.
  case back
  /// Skip the current question.
  case skip
}

/// How the engine read one answer: recorded in the transcript beside the raw text.
public struct AnswerRecord: Hashable, Sendable, Codable {
  /// The step answered.
  public var step: String
  /// The text as typed.
  public var input: String
  /// What the step asked for.
  public var kind: AskKind
  /// The number given (scale) or chosen (choice, 1-based).
  public var value: Int?
  /// False when the answer was not valid and the question is asked again.
  public var accepted: Bool
  /// The rule that replied.
  public var rule: RuleReference?
  /// The theme tags the answer carries.
  public var tags: [String]
  /// What the winning pattern captured, by element number or name, as typed.
  public var captures: [String: String]
  /// Whether the safety net caught it.
  public var isSafety: Bool
  /// What the group report does with it, from the step's `report:` (accepted answers only).
  public var report: ReportRole?
  /// The chosen choice's label, for an accepted choice answer at a scenario step.
  public var label: String?
  /// The step's scale (range and end labels), for scale answers.
  public var scale: Scale?
  /// Set for an answer to the safety net's question whether to pause (`safety-pause`), which
  /// is a decision about the session rather than an answer to the step.
  public var decision: String?

  /// Creates a record.
  public init(
    step: String, input: String, kind: AskKind, value: Int? = nil, accepted: Bool = true,
    rule: RuleReference? = nil, tags: [String] = [], captures: [String: String] = [:],
    isSafety: Bool = false
  ) {
    self.step = step
    self.input = input
    self.kind = kind
    self.value = value
    self.accepted = accepted
    self.rule = rule
    self.tags = tags
    self.captures = captures
    self.isSafety = isSafety
  }

  /// The ``decision`` of an answer to the safety net's question whether to pause the session:
  /// `value` 1 paused it, 2 went on.
  public static let safetyPause = "safety-pause"
}
