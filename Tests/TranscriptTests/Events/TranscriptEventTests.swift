import Foundation
import TestSupport
import Testing
import Transcript

@Suite struct TranscriptEventTests {
  @Test func writesEveryEventTypeAsDocumented() throws {
    let lines = try Examples.everyEventLines()
    assertSnapshot(lines.joined(), named: "everyEventType", pathExtension: "jsonl")
  }

  @Test func readsBackEveryEventType() throws {
    let clock = Examples.clock()
    for (seq, payload) in Examples.everyPayload.enumerated() {
      let event = TranscriptEvent(seq: seq, time: clock(), who: "Ana", payload: payload)
      #expect(try TranscriptEvent.decode(line: event.encodedLine()) == event)
    }
  }

  @Test func writesOneLineWithSortedKeysAndMilliseconds() throws {
    let event = TranscriptEvent(
      seq: 3, time: Examples.start, who: "Ana", payload: .note(text: "a\nb\u{1B}[2J\u{7}"))
    let line = String(decoding: try event.encodedLine(), as: UTF8.self)
    #expect(
      line
        == #"{"seq":3,"t":"2026-11-25T14:03:07.123Z","text":"a\nb\u001b[2J\u0007","type":"note","v":1,"who":"Ana"}"#
        + "\n")
  }

  @Test func writesAndReadsAReceivedLine() throws {
    let event = TranscriptEvent(
      seq: 2, time: Examples.start, payload: .received(step: "opening", input: "I'm \"busy\""))
    let line = try event.encodedLine()
    #expect(
      String(decoding: line, as: UTF8.self)
        == #"{"input":"I'm \"busy\"","seq":2,"step":"opening","t":"2026-11-25T14:03:07.123Z","type":"received","v":1}"#
        + "\n")
    #expect(try TranscriptEvent.decode(line: line) == event)
  }

  @Test func decodesUnknownTypeFromNewerVersion() throws {
    let line = #"{"seq":4,"t":"2026-11-25T14:03:07.123Z","type":"timer","v":2,"seconds":90}"#
    let event = try TranscriptEvent.decode(line: Data(line.utf8))
    #expect(event.payload == .unknown(type: "timer"))
    #expect(event.version == 2)
  }

  @Test func keepsUnknownKindsAsStrings() throws {
    let line =
      #"{"kind":"whisper","seq":1,"step":"s","t":"2026-11-25T14:03:07Z","text":"hi","type":"said","v":1}"#
    let event = try TranscriptEvent.decode(line: Data(line.utf8))
    #expect(
      event.payload == .said(CoachSaid(step: "s", text: "hi", kind: SaidKind(rawValue: "whisper"))))
  }

  @Test(arguments: [
    "", "{}", #"{"seq":1,"t":"yesterday","type":"note","text":"x","v":1}"#,
    #"{"seq":1,"t":"2026-11-25T14:03:07.123Z","type":"note","v":1}"#,
    #"{"seq":1,"t":"2026-11-25T14:03:07.123Z","type":"note","text":"x"}"#,
  ])
  func rejectsMalformedLines(line: String) {
    #expect(throws: (any Error).self) { try TranscriptEvent.decode(line: Data(line.utf8)) }
  }

  @Test func roundsTimesToMilliseconds() {
    let event = TranscriptEvent(
      seq: 0, time: Date(timeIntervalSince1970: 1_795_615_387.123_456),
      payload: .ended(completed: true))
    #expect(event.time == Date(timeIntervalSince1970: 1_795_615_387.123))
  }
}

/// The report role of an answer: written when present, absent from older files.
@Suite struct AnswerReportRoleTests {
  @Test func writesAndReadsTheRoleAndPair() throws {
    let answer = Answer(
      step: "calm-after", input: "4", kind: .scale, value: 4, report: "rating-after",
      pair: "calm")
    let data = try JSONEncoder().encode(answer)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"report\":\"rating-after\""))
    #expect(text.contains("\"pair\":\"calm\""))
    #expect(try JSONDecoder().decode(Answer.self, from: data) == answer)
  }

  @Test func readsAnAnswerWrittenBeforeRolesExisted() throws {
    let line =
      #"{"accepted":true,"captures":{},"input":"book it","kind":"text","step":"next-step","tags":[]}"#
    let answer = try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
    #expect(answer.report == nil)
    #expect(answer.pair == nil)
    let plain = String(decoding: try JSONEncoder().encode(answer), as: UTF8.self)
    #expect(!plain.contains("report"))
  }
}
