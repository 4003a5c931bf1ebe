extension SessionStarted {
  enum CodingKeys: String, CodingKey {
    case session, scenario, mode, participants, workshop, name, program, title, share
    case hidesNotes = "hides-notes"
  }

  /// Decodes the fields of a `started` event; `participants` may be absent.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` when a required field is missing or malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    session = try container.decode(String.self, forKey: .session)
    scenario = try container.decode(ScenarioInfo.self, forKey: .scenario)
    mode = try container.decode(SessionMode.self, forKey: .mode)
    participants = try container.decodeIfPresent([String].self, forKey: .participants) ?? []
    workshop = try container.decodeIfPresent(String.self, forKey: .workshop)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    program = try container.decode(String.self, forKey: .program)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    hidesNotes = try container.decodeIfPresent(Bool.self, forKey: .hidesNotes)
    share = try container.decodeIfPresent(ShareConsent.self, forKey: .share)
  }
}

extension CoachSaid {
  enum CodingKeys: String, CodingKey { case step, text, kind, rule, tags }

  /// Decodes the fields of a `said` event; `tags` may be absent.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` when a required field is missing or malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    step = try container.decode(String.self, forKey: .step)
    text = try container.decode(String.self, forKey: .text)
    kind = try container.decode(SaidKind.self, forKey: .kind)
    rule = try container.decodeIfPresent(String.self, forKey: .rule)
    tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
  }
}

extension Answer {
  enum CodingKeys: String, CodingKey {
    case step, input, kind, value, accepted, rule, tags, captures, report, pair, label, scale
    case decision
  }

  /// Decodes the fields of an `answered` event; `tags`, `captures` and `accepted` may be
  /// absent (`accepted` then defaults to true).
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` when a required field is missing or malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    step = try container.decode(String.self, forKey: .step)
    input = try container.decode(String.self, forKey: .input)
    kind = try container.decode(AnswerKind.self, forKey: .kind)
    value = try container.decodeIfPresent(Int.self, forKey: .value)
    accepted = try container.decodeIfPresent(Bool.self, forKey: .accepted) ?? true
    rule = try container.decodeIfPresent(String.self, forKey: .rule)
    tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
    captures = try container.decodeIfPresent([String: String].self, forKey: .captures) ?? [:]
    report = try container.decodeIfPresent(String.self, forKey: .report)
    pair = try container.decodeIfPresent(String.self, forKey: .pair)
    label = try container.decodeIfPresent(String.self, forKey: .label)
    scale = try container.decodeIfPresent(ScaleRange.self, forKey: .scale)
    decision = try container.decodeIfPresent(String.self, forKey: .decision)
  }
}

extension SafetyFlag {
  enum CodingKeys: String, CodingKey { case step, input, tags, kind }

  /// Decodes the fields of a `safety` event; `tags` may be absent, and an absent `kind`
  /// (transcripts written before it existed) means the mentor's own crisis.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` when a required field is missing or malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    step = try container.decode(String.self, forKey: .step)
    input = try container.decode(String.self, forKey: .input)
    tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
    kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .crisis
  }
}
