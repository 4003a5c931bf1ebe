import Foundation
import Transcript

/// A session as one pretty-printed JSON document with sorted keys.
///
/// For example (abridged):
///
/// ```json
/// { "format": "mentor-coach-session", "version": 1, "session": "…", "scenario": {…},
///   "mode": "practice", "people": ["Dana"], "started": "2026-11-25T14:03:07.123Z",
///   "finished": true, "answers": [{ "seq": 2, "who": "Dana", "step": "opening",
///   "question": "…", "input": "…", "kind": "text", "accepted": true, "tags": [] }],
///   "notes": [], "safety": [], "problems": [] }
/// ```
enum JSONExport {
  struct Document: Encodable {
    var format = "mentor-coach-session"
    var version = 1
    var session: String
    var scenario: ScenarioInfo
    var mode: String
    var workshop: String?
    var people: [String]
    var started: String
    var finished: Bool
    var answers: [AnswerRow]
    var notes: [NoteRow]
    var safety: [SafetyRow]
    var problems: [String]
  }

  struct AnswerRow: Encodable {
    var seq: Int
    var time: String
    var who: String
    var step: String
    var question: String?
    var input: String
    var kind: String
    var value: Int?
    var accepted: Bool
    var tags: [String]
  }

  struct NoteRow: Encodable {
    var seq: Int
    var time: String
    var text: String
  }

  struct SafetyRow: Encodable {
    var seq: Int
    var time: String
    var who: String
    var step: String
    var input: String
    var tags: [String]
  }

  static func render(_ log: SessionLog) -> String {
    let started = log.started
    var document = Document(
      session: started.session, scenario: started.scenario, mode: started.mode.rawValue,
      workshop: started.workshop, people: [], started: iso(log.startedAt),
      finished: log.isFinished, answers: [], notes: [], safety: [],
      problems: log.problems.descriptions)
    var question: [String: String] = [:]
    var people: [String] = []
    for event in log.events {
      let who = People.person(of: event, in: started)
      switch event.payload {
      case .said(let said) where said.kind == .question: question[said.step] = said.text
      case .answered(let answer):
        if !people.contains(who) { people.append(who) }
        document.answers.append(
          AnswerRow(
            seq: event.seq, time: iso(event.time), who: who, step: answer.step,
            question: question[answer.step], input: answer.input, kind: answer.kind.rawValue,
            value: answer.value, accepted: answer.accepted, tags: answer.tags))
      case .note(let text):
        document.notes.append(NoteRow(seq: event.seq, time: iso(event.time), text: text))
      case .safety(let flag):
        document.safety.append(
          SafetyRow(
            seq: event.seq, time: iso(event.time), who: who, step: flag.step, input: flag.input,
            tags: flag.tags))
      default: break
      }
    }
    document.people = started.speakers.isEmpty ? people : started.speakers
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else {
      preconditionFailure("a document of strings, numbers and booleans always encodes")
    }
    return Escape.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
  }

  /// `2026-11-25T14:03:07.123Z`, as transcripts write times.
  static func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    formatter.timeZone = TimeZone(secondsFromGMT: 0)
    return formatter.string(from: date)
  }
}
