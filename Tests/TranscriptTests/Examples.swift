import Foundation
import Transcript

/// Shared values for the transcript tests: a fixed clock, temporary folders and one example
/// of every event type.
enum Examples {
  /// 2026-11-25T14:03:07.123Z.
  static let start = Date(timeIntervalSince1970: 1_795_615_387.123)

  /// A clock that starts at ``start`` and advances 1.5 seconds per reading.
  static func clock() -> () -> Date {
    var tick = 0.0
    return {
      defer { tick += 1.5 }
      return start.addingTimeInterval(tick)
    }
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("transcript-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let started = SessionStarted(
    session: "20261125-140307-self-doubt-00ab",
    scenario: ScenarioInfo(
      id: "self-doubt", version: "3",
      hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      title: "Feeling like an impostor"),
    mode: .practice, name: "Dana", program: "0.1.0")

  /// One payload of every type, in a plausible order.
  static let everyPayload: [TranscriptEvent.Payload] = [
    .started(started),
    .said(
      CoachSaid(
        step: "opening", text: "What happened in the case review?", kind: .question,
        rule: "self-doubt.yaml:14")),
    .answered(
      Answer(
        step: "opening", input: "I felt like a fraud", kind: .text, rule: "self-doubt.yaml:21",
        tags: ["self-doubt"], captures: ["feeling": "like a fraud"])),
    .said(
      CoachSaid(
        step: "opening", text: "You felt like a fraud?", kind: .reflect,
        rule: "self-doubt.yaml:22", tags: ["self-doubt"])),
    .answered(Answer(step: "confidence", input: "11", kind: .scale, accepted: false)),
    .answered(Answer(step: "confidence", input: "4", kind: .scale, value: 4)),
    .note(text: "ask my supervisor about this"),
    .skip(step: "examples"),
    .back(step: "confidence"),
    .safety(SafetyFlag(step: "feelings", input: "I can't go on", tags: ["safety-risk"])),
    .paused(reason: .quit),
    .resumed(from: 11),
    .ended(completed: true),
  ]

  /// The example payloads written to an in-memory transcript.
  static func everyEventLines() throws -> [String] {
    let clock = clock()
    return try everyPayload.enumerated().map { seq, payload in
      let event = TranscriptEvent(seq: seq, time: clock(), payload: payload)
      return String(decoding: try event.encodedLine(), as: UTF8.self)
    }
  }
}
