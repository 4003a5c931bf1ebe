/// Practice (alone) or workshop (a room): the `mode` of a `started` event.
///
/// Like the other vocabularies it is an open set of strings, so that a value written by a
/// newer program still reads.
public struct SessionMode: RawRepresentable, Codable, Hashable, Sendable {
  /// The string written in the file.
  public var rawValue: String
  /// Creates a mode from its string.
  ///
  /// - Parameter rawValue: The string written in the file.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// One person practising alone.
  public static let practice = SessionMode(rawValue: "practice")
  /// A facilitator running the scenario for a room.
  public static let workshop = SessionMode(rawValue: "workshop")
}

/// Why the coach said something: the `kind` of a `said` event.
public struct SaidKind: RawRepresentable, Codable, Hashable, Sendable {
  /// The string written in the file.
  public var rawValue: String
  /// Creates a kind from its string.
  ///
  /// - Parameter rawValue: The string written in the file.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A statement.
  public static let say = SaidKind(rawValue: "say")
  /// A question asked at a step.
  public static let question = SaidKind(rawValue: "question")
  /// A reply reflecting the answer back.
  public static let reflect = SaidKind(rawValue: "reflect")
  /// The fallback reply when no rule matched.
  public static let fallback = SaidKind(rawValue: "fallback")
  /// The question asked again after an invalid answer.
  public static let retry = SaidKind(rawValue: "retry")
  /// The safety net's words.
  public static let safety = SaidKind(rawValue: "safety")
  /// The closing summary.
  public static let summary = SaidKind(rawValue: "summary")
  /// A note shown to the facilitator in workshop mode.
  public static let noteForFacilitator = SaidKind(rawValue: "note-for-facilitator")
  /// The help text.
  public static let help = SaidKind(rawValue: "help")
}

/// How an answer was given: the `kind` of an `answered` event.
public struct AnswerKind: RawRepresentable, Codable, Hashable, Sendable {
  /// The string written in the file.
  public var rawValue: String
  /// Creates a kind from its string.
  ///
  /// - Parameter rawValue: The string written in the file.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Free text.
  public static let text = AnswerKind(rawValue: "text")
  /// One of a list of choices.
  public static let choice = AnswerKind(rawValue: "choice")
  /// A number on a labelled scale.
  public static let scale = AnswerKind(rawValue: "scale")
}

/// Why a session was paused: the `reason` of a `paused` event.
public struct PauseReason: RawRepresentable, Codable, Hashable, Sendable {
  /// The string written in the file.
  public var rawValue: String
  /// Creates a reason from its string.
  ///
  /// - Parameter rawValue: The string written in the file.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The person typed `:quit`.
  public static let quit = PauseReason(rawValue: "quit")
  /// Ctrl-C on an empty line.
  public static let interrupt = PauseReason(rawValue: "interrupt")
  /// End of input (Ctrl-D or the end of a pipe).
  public static let eof = PauseReason(rawValue: "eof")
  /// A termination signal.
  public static let signal = PauseReason(rawValue: "signal")
  /// The safety net stopped the session.
  public static let safety = PauseReason(rawValue: "safety")
}
