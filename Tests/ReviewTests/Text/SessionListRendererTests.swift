import Foundation
import Review
import TestSupport
import Testing
import Transcript

@Suite struct SessionListRendererTests {
  private let utc = TimeZone(secondsFromGMT: 0) ?? .gmt

  private func summary(
    _ id: String, minutes: Double, name: String? = nil, participants: [String] = [],
    answers: Int, finished: Bool
  ) -> SessionSummary {
    let start = Date(timeIntervalSince1970: 1_795_615_380 + minutes * 60)
    let scenarioID = String(id.split(separator: "-").dropFirst(2).dropLast().joined(separator: "-"))
    let started = SessionStarted(
      session: id,
      scenario: ScenarioInfo(id: scenarioID, version: "1", hash: "00", title: "T"),
      mode: participants.isEmpty ? .practice : .workshop, participants: participants, name: name,
      program: "0.1.0")
    return SessionSummary(
      fileURL: URL(fileURLWithPath: "/h/sessions/\(id).jsonl"), started: started, startedAt: start,
      answerCount: answers, isFinished: finished, lastTimestamp: start.addingTimeInterval(600))
  }

  private var sessions: [SessionSummary] {
    [
      summary(
        "20261125-140300-self-doubt-00ab", minutes: 0, name: "Dana", answers: 7, finished: true),
      summary(
        "20261125-153000-boundaries-1f2e", minutes: 87, participants: ["Ana", "Ben", "Chi"],
        answers: 12, finished: false),
      summary("20261126-091500-time-beef", minutes: 1152, answers: 0, finished: false),
      summary(
        "20261126-100000-evil-0001", minutes: 1197, name: "\u{1B}[2JMallory\u{7}", answers: 1,
        finished: true),
    ]
  }

  @Test func rendersAlignedColumns() {
    assertSnapshot(SessionListRenderer(timeZone: utc).render(sessions), named: "sessionList")
  }

  @Test func rendersSessionIDsWhenAsked() {
    let renderer = SessionListRenderer(timeZone: utc, showsSessionID: true)
    assertSnapshot(renderer.render(sessions), named: "sessionListWithIDs")
  }

  @Test func showsLocalTime() throws {
    let renderer = SessionListRenderer(timeZone: try #require(TimeZone(secondsFromGMT: 3600)))
    let lines = renderer.render([sessions[0]]).split(separator: "\n")
    #expect(lines.last?.hasPrefix("2026-11-25 15:03  self-doubt") == true)
  }

  @Test func rendersOnlyHeaderWhenEmpty() {
    #expect(
      SessionListRenderer(timeZone: utc).render([]) == "STARTED  SCENARIO  WHO  ANSWERS  STATUS\n")
  }
}
