/// The fields of a `started` event: which scenario, who, and which program.
public struct SessionStarted: Codable, Equatable, Sendable {
  /// The session id, which is also the file name without `.jsonl`.
  public var session: String
  /// The scenario being run.
  public var scenario: ScenarioInfo
  /// Practice (alone) or workshop (a room).
  public var mode: SessionMode
  /// The participants' names in workshop mode; empty otherwise.
  public var participants: [String]
  /// The workshop code, when the session belongs to a workshop.
  public var workshop: String?
  /// The name of the person practising, when one was given.
  public var name: String?
  /// The program version that wrote the file.
  public var program: String
  /// The workshop's title, as the facilitator gave it.
  public var title: String?
  /// True when a workshop hides its facilitator notes (a projected screen); resume keeps it.
  public var hidesNotes: Bool?
  /// The facilitator's consent, given with `workshop --share`, to share this session with the
  /// programme database when the workshop ends; nil when none was given.
  public var share: ShareConsent?

  /// Creates the fields of a `started` event.
  ///
  /// - Parameters:
  ///   - session: The session id (``TranscriptWriter/sessionID``).
  ///   - scenario: The scenario being run.
  ///   - mode: Practice or workshop.
  ///   - participants: The participants' names in workshop mode.
  ///   - workshop: The workshop code, if any.
  ///   - name: The name of the person practising, if any.
  ///   - program: The program version.
  ///   - title: The workshop's title, if any.
  ///   - hidesNotes: True when a workshop hides its facilitator notes.
  ///   - share: The facilitator's consent to share, if given.
  public init(
    session: String, scenario: ScenarioInfo, mode: SessionMode, participants: [String] = [],
    workshop: String? = nil, name: String? = nil, program: String, title: String? = nil,
    hidesNotes: Bool? = nil, share: ShareConsent? = nil
  ) {
    self.share = share
    self.title = title
    self.hidesNotes = hidesNotes
    self.session = session
    self.scenario = scenario
    self.mode = mode
    self.participants = participants
    self.workshop = workshop
    self.name = name
    self.program = program
  }

  /// Who spoke in this session: the name, else the participants; empty when neither is known.
  public var speakers: [String] {
    if let name, !name.isEmpty { return [name] }
    return participants
  }
}

/// A facilitator's consent, recorded in a workshop's `started` event, to share the session.
public struct ShareConsent: Codable, Equatable, Sendable {
  /// Who consented (the account running the workshop).
  public var by: String
  /// The database, without its password: `user@host:port/dbname`.
  public var database: String
  /// True when names are to be replaced by pseudonyms before sharing.
  public var redacted: Bool

  /// Creates a consent record.
  ///
  /// - Parameters:
  ///   - by: Who consented.
  ///   - database: The database, without its password.
  ///   - redacted: Whether the shared copy is redacted.
  public init(by: String, database: String, redacted: Bool) {
    self.by = by
    self.database = database
    self.redacted = redacted
  }
}

/// Which scenario a session ran, pinned by version and content hash.
public struct ScenarioInfo: Codable, Equatable, Sendable {
  /// The scenario id.
  public var id: String
  /// The scenario's own version, as written in the scenario file.
  public var version: String
  /// The SHA-256 of the scenario file, as lower-case hex, supplied by the caller.
  public var hash: String
  /// The scenario title.
  public var title: String

  /// Creates scenario information.
  ///
  /// - Parameters:
  ///   - id: The scenario id.
  ///   - version: The scenario's version.
  ///   - hash: The SHA-256 of the scenario file as lower-case hex.
  ///   - title: The scenario title.
  public init(id: String, version: String, hash: String, title: String) {
    self.id = id
    self.version = version
    self.hash = hash
    self.title = title
  }
}

/// The fields of a `said` event: the coach's words.
public struct CoachSaid: Codable, Equatable, Sendable {
  /// The step the coach was at.
  public var step: String
  /// The words, as shown.
  public var text: String
  /// Why the coach said it.
  public var kind: SaidKind
  /// The rule that produced the words, as `file:line`, when one did.
  public var rule: String?
  /// The theme tags attached to the words.
  public var tags: [String]

  /// Creates the fields of a `said` event.
  ///
  /// - Parameters:
  ///   - step: The step id.
  ///   - text: The words.
  ///   - kind: Why the coach said it.
  ///   - rule: The producing rule as `file:line`.
  ///   - tags: Theme tags.
  public init(step: String, text: String, kind: SaidKind, rule: String? = nil, tags: [String] = [])
  {
    self.step = step
    self.text = text
    self.kind = kind
    self.rule = rule
    self.tags = tags
  }
}

/// The fields of an `answered` event: one line the person typed, as given to the engine.
public struct Answer: Codable, Equatable, Sendable {
  /// The step being answered.
  public var step: String
  /// The raw text exactly as typed.
  public var input: String
  /// Free text, a choice or a number on a scale.
  public var kind: AnswerKind
  /// The number chosen, for scale and choice answers that were understood.
  public var value: Int?
  /// False when a scale or choice answer was invalid and the question was asked again.
  public var accepted: Bool
  /// The rule that matched, as `file:line`, when one did.
  public var rule: String?
  /// The theme tags the answer produced.
  public var tags: [String]
  /// The spans the matching rule captured, by name.
  public var captures: [String: String]
  /// What the report does with the answer, from the step's `report:` (`goal`, `next-step`,
  /// `rating-before`, `rating-after`); absent in files written before roles existed.
  public var report: String?
  /// For a rating, the name pairing its before and after, when the scenario named one.
  public var pair: String?
  /// For an accepted choice answer, the chosen choice's label; absent in older files.
  public var label: String?
  /// For a scale answer, the step's scale; absent in older files.
  public var scale: ScaleRange?
  /// `safety-pause` for an answer to the safety net's question whether to pause (then
  /// `value` 1 means the session was paused, 2 that it went on); absent otherwise.
  public var decision: String?

  /// Creates the fields of an `answered` event.
  ///
  /// - Parameters:
  ///   - step: The step id.
  ///   - input: The raw text as typed.
  ///   - kind: Text, choice or scale.
  ///   - value: The number, for scale and choice answers.
  ///   - accepted: False when the answer was invalid and asked again.
  ///   - rule: The matching rule as `file:line`.
  ///   - tags: Theme tags.
  ///   - captures: Captured spans by name.
  ///   - report: The report role of the step.
  ///   - pair: The rating pair's name.
  ///   - label: The chosen choice's label.
  ///   - scale: The step's scale, for scale answers.
  ///   - decision: `safety-pause` for an answer to the safety net's pause question.
  public init(
    step: String, input: String, kind: AnswerKind, value: Int? = nil, accepted: Bool = true,
    rule: String? = nil, tags: [String] = [], captures: [String: String] = [:],
    report: String? = nil, pair: String? = nil, label: String? = nil, scale: ScaleRange? = nil,
    decision: String? = nil
  ) {
    self.step = step
    self.input = input
    self.kind = kind
    self.value = value
    self.accepted = accepted
    self.rule = rule
    self.tags = tags
    self.captures = captures
    self.report = report
    self.pair = pair
    self.label = label
    self.scale = scale
    self.decision = decision
  }

  /// The ``decision`` of an answer to the safety net's question whether to pause.
  public static let safetyPause = "safety-pause"

  /// Whether this answered the safety net's question whether to pause, not the step.
  public var isSafetyDecision: Bool { decision == Answer.safetyPause }
}

/// The range and end labels of a scale, as an `answered` event records them.
public struct ScaleRange: Codable, Equatable, Hashable, Sendable {
  /// The lowest value.
  public var min: Int
  /// The highest value.
  public var max: Int
  /// The words at the low end, when known.
  public var low: String?
  /// The words at the high end, when known.
  public var high: String?

  /// Creates a scale range.
  ///
  /// - Parameters:
  ///   - min: The lowest value.
  ///   - max: The highest value.
  ///   - low: The words at the low end.
  ///   - high: The words at the high end.
  public init(min: Int, max: Int, low: String? = nil, high: String? = nil) {
    self.min = min
    self.max = max
    self.low = low
    self.high = high
  }
}

/// The fields of a `safety` event: an answer that triggered the safety net.
public struct SafetyFlag: Codable, Equatable, Sendable {
  /// Whose safety: the mentor's own, or someone else's.
  public enum Kind: String, Codable, Equatable, Sendable {
    /// The mentor themself may be at risk (`safety.crisis`); older transcripts mean this.
    case crisis
    /// Someone else is at risk now (`safety.other-at-risk`).
    case otherAtRisk = "other-at-risk"
  }

  /// The step being answered.
  public var step: String
  /// The raw text that triggered the safety net.
  public var input: String
  /// The safety tags.
  public var tags: [String]
  /// Whose safety the event is about.
  public var kind: Kind

  /// Creates the fields of a `safety` event.
  ///
  /// - Parameters:
  ///   - step: The step id.
  ///   - input: The raw text.
  ///   - tags: The safety tags.
  ///   - kind: Whose safety; by default `otherAtRisk` when the tags say so and not `crisis`.
  public init(step: String, input: String, tags: [String] = [], kind: Kind? = nil) {
    self.step = step
    self.input = input
    self.tags = tags
    let isOther = tags.contains("safety.other-at-risk") && !tags.contains("safety.crisis")
    self.kind = kind ?? (isOther ? .otherAtRisk : .crisis)
  }
}
