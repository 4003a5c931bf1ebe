import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// Every part of every name is replaced, in any case, with possessives and titles: the eleven
/// kinds of mention the hardening issue found surviving `--redact`, and their neighbours.
@Suite struct NameReplacerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var input: String
    var expected: String
    var testDescription: String { input }
  }

  /// A session with `started` and the events, redacted.
  private static func redact(
    _ started: SessionStarted, _ events: [(TranscriptEvent.Payload, String?)]
  ) throws -> (log: SessionLog, redactor: Redactor) {
    let sink = InMemoryTranscriptSink()
    try sink.append(.started(started))
    for (payload, who) in events { try sink.append(payload, who: who) }
    var redactor = Redactor()
    let log = redactor.redact(try sink.sessionLog(url: URL(fileURLWithPath: "/s/s.jsonl")))
    return (log, redactor)
  }

  private static func started(
    _ mode: SessionMode, participants: [String] = [], name: String? = nil, title: String? = nil,
    scenario: String = "Boundaries"
  ) -> SessionStarted {
    SessionStarted(
      session: "20261202-100000-boundaries-0001",
      scenario: ScenarioInfo(id: "boundaries", version: "1", hash: "00", title: scenario),
      mode: mode, participants: participants, workshop: "W1", name: name, program: "0.1.0",
      title: title)
  }

  private static func inputs(_ log: SessionLog) -> [String] {
    log.events.compactMap { event -> String? in
      if case .answered(let answer) = event.payload { return answer.input }
      return nil
    }
  }

  /// A workshop run by Dana Lee with Maria Okafor, Ana and José Ruiz; each input is an answer.
  private static func redacted(_ inputs: [String], title: String? = nil) throws -> (
    inputs: [String], redactor: Redactor
  ) {
    let (log, redactor) = try redact(
      started(
        .workshop, participants: ["Maria Okafor", "Ana", "José Ruiz"], name: "Dana Lee",
        title: title),
      inputs.map { (.answered(Answer(step: "opening", input: $0, kind: .text)), "Ana") })
    return (Self.inputs(log), redactor)
  }

  // Pseudonyms: Dana Lee 1, Maria Okafor 2, Ana 3, José Ruiz 4.
  static let cases: [Case] = [
    Case(input: "Maria said no", expected: "Participant 2 said no"),
    Case(input: "okafor said no", expected: "Participant 2 said no"),
    Case(input: "MARIA OKAFOR said no", expected: "Participant 2 said no"),
    Case(input: "maria\n okafor said no", expected: "Participant 2 said no"),
    Case(input: "it was Maria's idea", expected: "it was Participant 2's idea"),
    Case(input: "it was Okafor’s idea", expected: "it was Participant 2’s idea"),
    Case(input: "the Marias' idea", expected: "the Participant 2's idea"),
    Case(input: "Dr Okafor asked", expected: "Participant 2 asked"),
    Case(
      input: "ask Dr. Okafor, or Ms Maria Okafor", expected: "ask Participant 2, or Participant 2"),
    Case(input: "I miss Maria", expected: "I miss Participant 2"),
    Case(input: "DANA and lee agreed", expected: "Participant 1 and Participant 1 agreed"),
    Case(
      input: "Jose and RUIZ and josé", expected: "Participant 4 and Participant 4 and Participant 4"
    ),
    Case(input: "a banana for Marianne", expected: "a banana for Marianne"),
    Case(input: "Okafor-style feedback", expected: "Participant 2-style feedback"),
  ]

  @Test(arguments: cases)
  func replacesEveryPartOfEveryName(_ example: Case) throws {
    let (inputs, redactor) = try Self.redacted([example.input])
    #expect(inputs == [example.expected])
    #expect(redactor.remainingNames.isEmpty)
  }

  @Test func aPartTwoPeopleShareNamesBoth() throws {
    let (log, _) = try Self.redact(
      Self.started(.workshop, participants: ["Maria Okafor", "Maria Lopez"]),
      [(.answered(Answer(step: "a", input: "Maria and Lopez", kind: .text)), "Maria Lopez")])
    #expect(Self.inputs(log) == ["Participant 1 or Participant 2 and Participant 2"])
  }

  @Test func warnsAboutANameLeftInAFieldThatIsNotReplaced() throws {
    let (_, redactor) = try Self.redacted(["fine"], title: "Okafor's team")
    #expect(redactor.remainingNames.isEmpty)
    let (_, other) = try Self.redact(
      Self.started(.practice, name: "José Ruiz", scenario: "Talking with Jose"), [])
    #expect(other.remainingNames == ["José"])
  }

  @Test func redactsTheCorrectedWordsOfTheSummary() throws {
    let (log, _) = try Self.redact(
      Self.started(.practice, name: "Maria Okafor"),
      [(.edited(step: "goal", text: "speak to maria first"), nil)])
    #expect(
      log.events.contains {
        $0.payload == .edited(step: "goal", text: "speak to Participant 1 first")
      })
  }

  @Test func replacesPeopleOfOtherSessionsWhereTheyAreMentioned() throws {
    var redactor = Redactor(alsoReplacing: ["Dana Whitfield", "Sam O'Neil", "Ana"])
    let sink = InMemoryTranscriptSink()
    try sink.append(.started(Self.started(.practice, name: "Sam O'Neil")))
    try sink.append(
      .answered(Answer(step: "a", input: "Dana's workload worries WHITFIELD", kind: .text)))
    let log = redactor.redact(try sink.sessionLog(url: URL(fileURLWithPath: "/s/s.jsonl")))
    #expect(log.started.name == "Participant 1")
    #expect(Self.inputs(log) == ["Participant 2's workload worries Participant 2"])
    #expect(redactor.pseudonym(for: "ana") == "Participant 3")
    #expect(redactor.remainingNames.isEmpty)
  }
}
