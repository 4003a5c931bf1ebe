import Foundation
import TestSupport
import Testing
import Transcript

/// The `follow-up` event: its line in the file, and what resume replays of it.
@Suite struct FollowUpTests {
  @Test func aFollowUpIsOneLineWithItsEarlierSessionAndReadsBack() throws {
    let followUp = FollowUp(
      earlier: "20261125-140307-time-management-00ab", step: "next-step",
      plan: "email her before Thursday", outcome: .partly, text: "I emailed, no reply yet")
    let event = TranscriptEvent(
      seq: 1, time: Examples.start, payload: .followUp(followUp))
    let line = String(decoding: try event.encodedLine(), as: UTF8.self)
    #expect(
      line
        == """
        {"earlier":"20261125-140307-time-management-00ab","outcome":"partly","plan":"email her before Thursday","seq":1,"step":"next-step","t":"2026-11-25T14:03:07.123Z","text":"I emailed, no reply yet","type":"follow-up","v":1}

        """)
    #expect(try TranscriptEvent.decode(line: Data(line.utf8)) == event)
  }

  @Test func aDeclinedFollowUpHasNoWordsAndAWordsOnlyOneNoOutcome() throws {
    let declined = FollowUp(earlier: "s", step: "next-step", plan: "p", outcome: .declined)
    let line = String(
      decoding: try TranscriptEvent(seq: 1, time: Examples.start, payload: .followUp(declined))
        .encodedLine(), as: UTF8.self)
    #expect(!line.contains("\"text\""))
    let words =
      #"{"earlier":"s","plan":"p","seq":2,"step":"next-step","t":"2026-11-25T14:03:07.123Z","text":"it went fine","type":"follow-up","v":1}"#
    let event = try TranscriptEvent.decode(line: Data(words.utf8))
    guard case .followUp(let read) = event.payload else {
      Issue.record("not a follow-up: \(event.payload)")
      return
    }
    #expect(read.outcome == nil)
    #expect(read.text == "it went fine")
  }

  @Test func resumeReplaysAFollowUpsWordsAndAParticipantsReturn() throws {
    let sink = InMemoryTranscriptSink()
    try sink.append(.started(Examples.started), who: nil)
    try sink.append(
      .followUp(FollowUp(earlier: "s", step: "n", plan: "p", outcome: .declined)), who: nil)
    try sink.append(
      .followUp(FollowUp(earlier: "s", step: "n", plan: "p", outcome: .notYet, text: "not yet")),
      who: nil)
    try sink.append(.resumed(from: 0), who: "Ben")
    try sink.append(.resumed(from: 3), who: nil)
    let log = try sink.sessionLog()
    #expect(log.replayInputs == [.aside("not yet")])
    #expect(log.inputEvents.map(\.payload.type) == ["follow-up", "resumed"])
    #expect(log.inputEvents.last?.who == "Ben")
  }
}
