public import Foundation

/// One session as read from its transcript: its events in file order, and conveniences for
/// review and resume.
public struct SessionLog: Equatable, Sendable {
  /// The transcript file.
  public var fileURL: URL
  /// The valid events, in file order, including unknown ones.
  public var events: [TranscriptEvent]
  /// The fields of the `started` event.
  public var started: SessionStarted
  /// When the session started.
  public var startedAt: Date
  /// What the reader found wrong.
  public var problems: ReadProblems

  /// Creates a log from its parts; ``TranscriptReader`` is the usual source.
  ///
  /// - Parameters:
  ///   - fileURL: The transcript file.
  ///   - events: The events in file order.
  ///   - started: The fields of the `started` event.
  ///   - startedAt: When the session started.
  ///   - problems: What the reader found wrong.
  public init(
    fileURL: URL, events: [TranscriptEvent], started: SessionStarted, startedAt: Date,
    problems: ReadProblems = ReadProblems()
  ) {
    self.fileURL = fileURL
    self.events = events
    self.started = started
    self.startedAt = startedAt
    self.problems = problems
  }

  /// The session id, from the `started` event.
  public var sessionID: String { started.session }

  /// True when the last `ended` event says the session was completed.
  public var isFinished: Bool {
    for event in events.reversed() {
      if case .ended(let completed) = event.payload { return completed }
    }
    return false
  }

  /// The number of accepted answers.
  public var answerCount: Int {
    events.count { event in
      if case .answered(let answer) = event.payload { return answer.accepted }
      return false
    }
  }

  /// The time of the last event.
  public var lastTimestamp: Date? { events.last?.time }

  /// The inputs to feed the engine again, in file order, to resume the session.
  ///
  /// Every `answered` event counts, accepted or not, so that replay reproduces the engine's
  /// retry counters; `back` and `skip` events become ``ReplayInput/back`` and
  /// ``ReplayInput/skip``; see ``inputEvents`` for lines received but never answered.
  public var replayInputs: [ReplayInput] {
    inputEvents.compactMap { event in
      switch event.payload {
      case .answered, .received: .answer(event.payload.typedLine ?? "", who: event.who)
      case .back: .back
      case .skip: .skip
      default: nil
      }
    }
  }

  /// The events that are inputs, in file order: `answered`, `back` and `skip`, a `resumed`
  /// with a `who` (a workshop participant joining in again after a break), and a
  /// `received` line with no `answered` event after it (the program stopped while the engine
  /// read it), which counts as that answer.
  public var inputEvents: [TranscriptEvent] {
    var inputs: [TranscriptEvent] = []
    var unread: TranscriptEvent?
    for event in events {
      switch event.payload {
      case .received:
        inputs += [unread].compactMap(\.self)
        unread = event
      case .answered:
        unread = nil
        inputs.append(event)
      case .back, .skip:
        inputs += [unread].compactMap(\.self)
        unread = nil
        inputs.append(event)
      case .resumed where event.who != nil:
        // A workshop participant set aside by the safety net joins in again.
        inputs += [unread].compactMap(\.self)
        unread = nil
        inputs.append(event)
      default: break
      }
    }
    return inputs + [unread].compactMap(\.self)
  }
}

/// One input to replay into the engine when resuming.
public enum ReplayInput: Equatable, Sendable {
  /// A line the person typed, and who typed it in workshop mode.
  case answer(String, who: String?)
  /// `:back`.
  case back
  /// `:skip`.
  case skip
}

extension TranscriptEvent.Payload {
  /// The line the person typed, for `answered` and `received` events; nil for others.
  public var typedLine: String? {
    switch self {
    case .answered(let answer): answer.input
    case .received(_, let input): input
    default: nil
    }
  }
}
