import Foundation
import TestSupport
import Transcript

/// Sessions the Programme tests share: whatever text they are given goes into every text
/// field a transcript has.
enum Sessions {
  static let scenario = ScenarioInfo(
    id: "self-doubt", version: "3", hash: "9f86d081", title: "Feeling like an impostor")

  /// A finished practice session by `name`, with a note, a rating before and after, and an
  /// answer and tag carrying `text`.
  static func practice(
    _ id: String = "20261125-140300-self-doubt-00ab", name: String = "Dana",
    text: String = "I felt like a fraud", tag: String = "doubt.impostor",
    step: String = "opening", workshop: String? = nil, scenario: ScenarioInfo = scenario,
    finished: Bool = true
  ) throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: id, scenario: scenario, mode: .practice, workshop: workshop, name: name,
          program: "0.1.0")))
    try sink.append(.said(CoachSaid(step: "rating-before", text: "From 1 to 10?", kind: .question)))
    try sink.append(.answered(Answer(step: "rating-before", input: "4", kind: .scale, value: 4)))
    try sink.append(.said(CoachSaid(step: step, text: "What happened, \(name)?", kind: .question)))
    try sink.append(
      .answered(
        Answer(
          step: step, input: "\(text), said \(name)", kind: .text, tags: [tag],
          captures: ["feeling": text])))
    try sink.append(.note(text: "ask my supervisor about \(name)"))
    try sink.append(.said(CoachSaid(step: "rating-after", text: "And now?", kind: .question)))
    try sink.append(.answered(Answer(step: "rating-after", input: "7", kind: .scale, value: 7)))
    if finished { try sink.append(.ended(completed: true)) }
    return try sink.sessionLog(url: URL(fileURLWithPath: "/s/\(id).jsonl"))
  }

  /// `count` finished sessions with ids that sort in order.
  static func many(_ count: Int, name: String = "Dana") throws -> [SessionLog] {
    try (0..<count).map { index in
      try practice(
        String(format: "20261125-14%04d-self-doubt-%04x", index, index), name: name,
        text: "answer \(index)")
    }
  }
}
