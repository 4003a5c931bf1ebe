import Foundation
import Review
import TestSupport
import Testing
import Transcript

@Suite struct TranscriptRendererTests {
  private let utc = TimeZone(secondsFromGMT: 0) ?? .gmt
  private let scenario = ScenarioInfo(
    id: "self-doubt", version: "3", hash: "9f86d081", title: "Feeling like an impostor")

  @Test func rendersPracticeSession() throws {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261125-140300-self-doubt-00ab", scenario: scenario, mode: .practice,
          name: "Dana", program: "0.1.0")))
    try sink.append(.said(CoachSaid(step: "opening", text: "Welcome, Dana.", kind: .say)))
    try sink.append(
      .said(CoachSaid(step: "opening", text: "What happened in the case review?", kind: .question)))
    try sink.append(
      .answered(
        Answer(
          step: "opening", input: "I froze.\nThen I felt like a fraud.", kind: .text,
          rule: "self-doubt.yaml:21", tags: ["self-doubt", "impostor"])))
    try sink.append(
      .said(CoachSaid(step: "opening", text: "You felt like a fraud?", kind: .reflect)))
    try sink.append(
      .said(CoachSaid(step: "confidence", text: "From 1 to 10, how confident?", kind: .question)))
    try sink.append(
      .answered(Answer(step: "confidence", input: "11", kind: .scale, accepted: false)))
    try sink.append(
      .said(CoachSaid(step: "confidence", text: "Please give a number from 1 to 10.", kind: .retry))
    )
    try sink.append(.answered(Answer(step: "confidence", input: "4", kind: .scale, value: 4)))
    try sink.append(.note(text: "ask my supervisor"))
    try sink.append(.skip(step: "examples"))
    try sink.append(.back(step: "confidence"))
    try sink.append(.answered(Answer(step: "confidence", input: "5", kind: .scale, value: 5)))
    try sink.append(
      .safety(SafetyFlag(step: "feelings", input: "I can't go on", tags: ["safety-risk"])))
    try sink.append(
      .said(CoachSaid(step: "feelings", text: "That sounds really hard.", kind: .safety)))
    try sink.append(.paused(reason: .safety))
    try sink.append(.resumed(from: 15))
    try sink.append(.said(CoachSaid(step: "wrap-up", text: "Thank you for today.", kind: .summary)))
    try sink.append(.ended(completed: true))
    let text = TranscriptRenderer(timeZone: utc).render(try sink.sessionLog())
    assertSnapshot(text, named: "practiceSession")
  }

  @Test func rendersWorkshopSessionWithNamesAndProblems() throws {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261125-153000-self-doubt-1f2e", scenario: scenario, mode: .workshop,
          participants: ["Ana", "Ben"], workshop: "W-42", program: "0.1.0")))
    try sink.append(.said(CoachSaid(step: "opening", text: "Who goes first?", kind: .question)))
    try sink.append(
      .said(CoachSaid(step: "opening", text: "Allow 5 minutes.", kind: .noteForFacilitator)))
    try sink.append(.answered(Answer(step: "opening", input: "Me", kind: .text)), who: "Ana")
    try sink.append(
      .answered(
        Answer(step: "opening", input: "\u{1B}]52;c;ZXZpbA==\u{7}\u{202E}olleh", kind: .text)),
      who: "Ben\u{9B}")
    try sink.append(.paused(reason: .quit))
    var data = try sink.fileData()
    data.append(Data("garbage\n".utf8))
    data.append(
      Data(#"{"seq":6,"t":"2026-11-25T14:03:07.000Z","type":"timer","v":2}"#.utf8 + [0x0A]))
    data.append(Data(#"{"seq":7,"#.utf8))
    let log = try TranscriptReader.parse(data, url: URL(fileURLWithPath: "/s/x.jsonl"))
    assertSnapshot(TranscriptRenderer(timeZone: utc).render(log), named: "workshopSession")
  }
}
