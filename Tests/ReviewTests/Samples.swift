import Foundation
import TestSupport
import Transcript

/// Sessions shared by the Review tests: a practice session by Dana, and a workshop session in
/// which Ana and Ben answer, one of them with hostile text.
enum Samples {
  static let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
  static let hostile =
    "\"><img src=x onerror=alert(1)> <script>alert('x')</script> \u{1B}[2J\u{9B}31m\u{202E}olleh"
  static let scenario = ScenarioInfo(
    id: "self-doubt", version: "3", hash: "9f86d081", title: "Feeling like an impostor")

  static func practice() throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261125-140300-self-doubt-00ab", scenario: scenario, mode: .practice,
          name: "Dana", program: "0.1.0")))
    try sink.append(.said(CoachSaid(step: "rating-before", text: "From 1 to 10?", kind: .question)))
    try sink.append(
      .answered(Answer(step: "rating-before", input: "11", kind: .scale, accepted: false)))
    try sink.append(.answered(Answer(step: "rating-before", input: "4", kind: .scale, value: 4)))
    try sink.append(.said(CoachSaid(step: "opening", text: "What happened?", kind: .question)))
    try sink.append(
      .answered(
        Answer(
          step: "opening", input: "I felt like a FRAUD, said \"Dana\"\nthen froze", kind: .text,
          tags: ["doubt.impostor"], captures: ["feeling": "a fraud"])))
    try sink.append(.said(CoachSaid(step: "opening", text: "Like a fraud?", kind: .reflect)))
    try sink.append(.note(text: "ask my supervisor"))
    try sink.append(.said(CoachSaid(step: "next-step", text: "What will you do?", kind: .question)))
    try sink.append(
      .answered(Answer(step: "next-step", input: "=SUM(A1) book a meeting", kind: .text)))
    try sink.append(.skip(step: "extra"))
    try sink.append(.said(CoachSaid(step: "rating-after", text: "And now?", kind: .question)))
    try sink.append(.answered(Answer(step: "rating-after", input: "7", kind: .scale, value: 7)))
    try sink.append(.said(CoachSaid(step: "wrap-up", text: "Thank you, Dana.", kind: .summary)))
    try sink.append(.ended(completed: true))
    return try sink.sessionLog(
      url: URL(fileURLWithPath: "/s/20261125-140300-self-doubt-00ab.jsonl"))
  }

  static func workshop() throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261125-153000-boundaries-1f2e",
          scenario: ScenarioInfo(id: "boundaries", version: "2", hash: "00", title: "Boundaries"),
          mode: .workshop, participants: ["Ana", "Ben"], workshop: "W-42", program: "0.1.0")))
    try sink.append(.said(CoachSaid(step: "opening", text: "What is hard?", kind: .question)))
    try sink.append(
      .answered(
        Answer(
          step: "opening", input: "Ben never switches off", kind: .text,
          tags: ["boundary.availability"])), who: "Ana")
    try sink.append(
      .answered(Answer(step: "opening", input: hostile, kind: .text, tags: ["boundary.dual-role"])),
      who: "Ben")
    try sink.append(
      .safety(SafetyFlag(step: "opening", input: "I can't go on", tags: ["safety-risk"])),
      who: "Ben")
    try sink.append(.said(CoachSaid(step: "plans", text: "Any plan?", kind: .question)))
    try sink.append(
      .answered(
        Answer(
          step: "plans", input: "Mute the phone at 8pm", kind: .text,
          tags: ["x-next-step", "boundary.availability"])), who: "Ana")
    try sink.append(.paused(reason: .quit))
    return try sink.sessionLog(
      url: URL(fileURLWithPath: "/s/20261125-153000-boundaries-1f2e.jsonl"))
  }

  /// A workshop where Ana and Ben answer alone, the room answers together after `:group`
  /// (`who` `Group`) and makes a choice (no `who`).
  static func room(
    session: String = "20261125-160000-first-meeting-aa01", workshop: String? = "W1",
    title: String? = "Ward 5 with Ana"
  ) throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: session,
          scenario: ScenarioInfo(id: "first-meeting", version: "1", hash: "00", title: "First"),
          mode: .workshop, participants: ["Ana", "Ben"], workshop: workshop, program: "0.1.0",
          title: title)))
    try sink.append(
      .answered(Answer(step: "opening", input: "So busy", kind: .text, tags: ["time.overload"])),
      who: "Ana")
    try sink.append(
      .answered(Answer(step: "before", input: "3", kind: .scale, value: 3, tags: ["x-r"])),
      who: "Group")
    try sink.append(.answered(Answer(step: "format", input: "1", kind: .choice)), who: nil)
    try sink.append(
      .answered(Answer(step: "after", input: "6", kind: .scale, value: 6, tags: ["x-r"])),
      who: "Group")
    try sink.append(
      .answered(Answer(step: "step", input: "Group chat", kind: .text, tags: ["time.overload"])),
      who: "Ben")
    try sink.append(.ended(completed: true))
    return try sink.sessionLog(url: URL(fileURLWithPath: "/s/\(session).jsonl"))
  }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "review-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes a log's events as a transcript file in `folder`.
  static func write(_ log: SessionLog, to folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(log.sessionID + ".jsonl")
    let data = try log.events.reduce(into: Data()) { $0.append(try $1.encodedLine()) }
    try data.write(to: url)
    return url
  }
}
