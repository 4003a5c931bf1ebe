import Foundation
import TestSupport
import Testing
import Transcript

@Suite struct SessionLogTests {
  private func log(_ payloads: [TranscriptEvent.Payload], who: String? = nil) throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    for payload in payloads { try sink.append(payload, who: who) }
    return try sink.sessionLog()
  }

  @Test func replaysAnswersBacksAndSkipsInFileOrder() throws {
    let log = try log(Examples.everyPayload, who: "Ana")
    #expect(
      log.replayInputs == [
        .answer("I felt like a fraud", who: "Ana"), .answer("11", who: "Ana"),
        .answer("4", who: "Ana"), .skip, .back,
      ])
  }

  @Test func replaysALineReceivedButNeverAnsweredOnce() throws {
    let answer = Answer(step: "opening", input: "busy", kind: .text)
    let log = try log([
      .started(Examples.started), .received(step: "opening", input: "busy"), .answered(answer),
      .received(step: "rating", input: "lost in a crash"), .skip(step: "rating"),
      .received(step: "plan", input: "the last line"),
    ])
    #expect(
      log.replayInputs == [
        .answer("busy", who: nil), .answer("lost in a crash", who: nil), .skip,
        .answer("the last line", who: nil),
      ])
    #expect(log.answerCount == 1)
  }

  @Test func countsOnlyAcceptedAnswers() throws {
    #expect(try log(Examples.everyPayload).answerCount == 2)
  }

  @Test func isFinishedOnlyWhenEndedCompleted() throws {
    #expect(try log(Examples.everyPayload).isFinished)
    #expect(try !log([.started(Examples.started), .ended(completed: false)]).isFinished)
    #expect(try !log([.started(Examples.started), .paused(reason: .quit)]).isFinished)
  }

  @Test func knowsLastTimestampAndStart() throws {
    let log = try log([.started(Examples.started), .note(text: "n")])
    #expect(log.startedAt == Date(timeIntervalSince1970: 1_795_615_380))
    #expect(log.lastTimestamp == Date(timeIntervalSince1970: 1_795_615_381))
    #expect(log.sessionID == "20261125-140307-self-doubt-00ab")
  }
}
