import CoachKit
import Testing
import Transcript

@testable import mentor_coach

/// Each kind of engine output becomes the transcript events it stands for.
@Suite struct TranscriptMappingTests {
  static let rule = RuleReference(
    id: "busy", location: SourceLocation(path: "Scenarios/first-meeting.yaml", line: 18, column: 9))
  static let ruleText = "busy Scenarios/first-meeting.yaml:18"

  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var output: Output
    var payloads: [TranscriptEvent.Payload]
    var testDescription: String { id }
  }

  static func said(
    _ kind: SaidKind, _ text: String, rule: String? = nil, tags: [String] = []
  ) -> TranscriptEvent.Payload {
    .said(CoachSaid(step: "opening", text: text, kind: kind, rule: rule, tags: tags))
  }

  static let question = Question(kind: .choice, choices: ["yes", "no"])
  static let record = AnswerRecord(
    step: "opening", input: "I'm so busy", kind: .text, rule: rule, tags: ["time.overload"],
    captures: ["2": "busy"])
  static let invalid = AnswerRecord(
    step: "confidence", input: "9", kind: .scale, accepted: false)
  static let crisis = AnswerRecord(
    step: "opening", input: "I want to end it all", kind: .text, rule: rule,
    tags: ["safety.crisis"], isSafety: true)

  static let cases: [Case] = [
    Case(
      id: "say", output: Output(.say, "Hello.", step: "opening"), payloads: [said(.say, "Hello.")]),
    Case(
      id: "notice is said", output: Output(.notice, "We can leave that one.", step: "opening"),
      payloads: [said(.say, "We can leave that one.")]),
    Case(
      id: "question", output: Output(.question(question), "Pause?", step: "opening"),
      payloads: [said(.question, "Pause?")]),
    Case(
      id: "reply with rule and tags",
      output: Output(
        .reply, "You sound busy.", step: "opening", rule: rule, tags: ["time.overload"]),
      payloads: [said(.reflect, "You sound busy.", rule: ruleText, tags: ["time.overload"])]),
    Case(
      id: "fallback", output: Output(.fallback, "Tell me more.", step: "opening"),
      payloads: [said(.fallback, "Tell me more.")]),
    Case(
      id: "retry", output: Output(.retry, "A number, please.", step: "opening"),
      payloads: [said(.retry, "A number, please.")]),
    Case(
      id: "safety", output: Output(.safety, "Help is here.", step: "opening", rule: rule),
      payloads: [said(.safety, "Help is here.", rule: ruleText)]),
    Case(
      id: "facilitator note", output: Output(.facilitatorNote, "Watch the time.", step: "opening"),
      payloads: [said(.noteForFacilitator, "Watch the time.")]),
    Case(
      id: "summary", output: Output(.summary, "You said a lot.", step: "opening"),
      payloads: [said(.summary, "You said a lot.")]),
    Case(
      id: "discussion", output: Output(.discussion(seconds: 60), "", step: "opening"), payloads: []),
    Case(id: "ended", output: Output(.ended, "", step: "wrap-up"), payloads: []),
    Case(
      id: "paused", output: Output(.paused, "", step: "opening"),
      payloads: [.paused(reason: .safety)]),
    Case(
      id: "answer", output: Output(.answer(record), "", step: "opening"),
      payloads: [
        .answered(
          Answer(
            step: "opening", input: "I'm so busy", kind: .text, rule: ruleText,
            tags: ["time.overload"], captures: ["2": "busy"]))
      ]),
    Case(
      id: "rejected scale answer", output: Output(.answer(invalid), "", step: "confidence"),
      payloads: [
        .answered(Answer(step: "confidence", input: "9", kind: .scale, accepted: false))
      ]),
    Case(
      id: "answer caught by the safety net", output: Output(.answer(crisis), "", step: "opening"),
      payloads: [
        .answered(
          Answer(
            step: "opening", input: "I want to end it all", kind: .text, rule: ruleText,
            tags: ["safety.crisis"])),
        .safety(
          SafetyFlag(step: "opening", input: "I want to end it all", tags: ["safety.crisis"])),
      ]),
  ]

  @Test(arguments: cases) func maps(_ test: Case) {
    #expect(TranscriptMapping.payloads(for: test.output) == test.payloads)
  }

  @Test func aChoiceAnswerKeepsItsValue() {
    let record = AnswerRecord(step: "format", input: "2", kind: .choice, value: 2)
    let payloads = TranscriptMapping.payloads(for: Output(.answer(record), "", step: "format"))
    #expect(
      payloads == [.answered(Answer(step: "format", input: "2", kind: .choice, value: 2))])
  }

  @Test func aRuleIsRecordedAsItsIdAndShortLocation() {
    #expect(TranscriptMapping.reference(Self.rule) == Self.ruleText)
  }
}
