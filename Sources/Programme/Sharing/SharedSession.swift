import Foundation
public import Transcript

/// One session as it is copied into the programme database: the rows of `sessions`,
/// `events` and `answers`, made from a session log (redacted first when asked).
///
/// Each event travels as its transcript line, exactly as ``TranscriptEvent/encodedLine()``
/// writes it, so reading the lines back gives the same log, and the review commands render it
/// with the same code as a file.
public struct SharedSession: Sendable, Equatable {
  /// The `sessions` row.
  public struct Header: Codable, Sendable, Equatable {
    var sessionID: String
    var scenario: String
    var scenarioTitle: String
    var mode: String
    var workshop: String?
    var person: String?
    var participants: [String]
    var people: [String]
    var startedAt: Int64
    var lastAt: Int64
    var finished: Bool
    var answerCount: Int
    var eventCount: Int
    var sharedBy: String?
    var redacted: Bool

    enum CodingKeys: String, CodingKey {
      case sessionID = "session_id", scenario, scenarioTitle = "scenario_title", mode, workshop
      case person, participants, people, startedAt = "started_ms", lastAt = "last_ms", finished
      case answerCount = "answer_count", eventCount = "event_count", sharedBy = "shared_by"
      case redacted
    }
  }

  /// An `events` row.
  public struct Event: Codable, Sendable, Equatable {
    var sessionID: String
    var seq: Int
    var type: String
    var who: String?
    var time: Int64
    var line: String

    enum CodingKeys: String, CodingKey {
      case sessionID = "session_id", seq, type, who, time = "t_ms", line
    }
  }

  /// An `answers` row: what `review search` finds and the report counts.
  public struct AnswerRow: Codable, Sendable, Equatable {
    var sessionID: String
    var seq: Int
    var step: String
    var who: String?
    var question: String?
    var input: String
    var kind: String
    var rating: Int?
    var accepted: Bool
    var tags: [String]

    enum CodingKeys: String, CodingKey {
      case sessionID = "session_id", seq, step, who, question, input, kind, rating, accepted, tags
    }
  }

  /// The session id.
  public var id: String { header.sessionID }
  /// The `sessions` row.
  public var header: Header
  /// The `events` rows, in order.
  public var events: [Event]
  /// The `answers` rows, in order.
  public var answers: [AnswerRow]

  /// How many lines before an answer the question it answers is looked for, as
  /// `review search` does in a file.
  static let questionWindow = 8

  /// Makes the rows of a session.
  ///
  /// - Parameters:
  ///   - log: The session as read (and redacted, when it was asked for).
  ///   - sharedBy: Who shared it, as a name, when known.
  ///   - redacted: Whether `log` was redacted.
  /// - Throws: `EncodingError` when an event cannot be written as a line.
  public init(log: SessionLog, sharedBy: String?, redacted: Bool) throws {
    let started = log.started
    let name = started.name.flatMap { $0.isEmpty ? nil : $0 }
    var people = started.speakers
    for who in log.events.compactMap(\.who) where !people.contains(who) { people.append(who) }
    header = Header(
      sessionID: log.sessionID, scenario: started.scenario.id,
      scenarioTitle: started.scenario.title, mode: started.mode.rawValue,
      workshop: started.workshop, person: name, participants: started.participants,
      people: people, startedAt: Self.milliseconds(log.startedAt),
      lastAt: Self.milliseconds(log.lastTimestamp ?? log.startedAt), finished: log.isFinished,
      answerCount: log.answerCount, eventCount: log.events.count, sharedBy: sharedBy,
      redacted: redacted)
    events = try log.events.map { event in
      let line = try event.encodedLine().dropLast()
      return Event(
        sessionID: log.sessionID, seq: event.seq, type: event.payload.type, who: event.who,
        time: Self.milliseconds(event.time),
        line: JSON.replacingNUL(String(decoding: line, as: UTF8.self)))
    }
    var answers: [AnswerRow] = []
    for (index, event) in log.events.enumerated() {
      guard case .answered(let answer) = event.payload else { continue }
      answers.append(
        AnswerRow(
          sessionID: log.sessionID, seq: event.seq, step: answer.step, who: event.who ?? name,
          question: Self.question(before: index, in: log.events), input: answer.input,
          kind: answer.kind.rawValue, rating: answer.kind == .scale ? answer.value : nil,
          accepted: answer.accepted, tags: answer.tags))
    }
    self.answers = answers
  }

  /// Milliseconds since 1970, as transcripts keep times.
  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  /// The coach's question nearest before an answer, within ``questionWindow`` events.
  private static func question(before index: Int, in events: [TranscriptEvent]) -> String? {
    for previous in stride(from: index - 1, through: max(0, index - questionWindow), by: -1) {
      if case .said(let said) = events[previous].payload, said.kind == .question {
        return said.text
      }
    }
    return nil
  }
}
