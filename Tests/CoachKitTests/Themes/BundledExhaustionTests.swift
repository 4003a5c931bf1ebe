import CoachKit
import Foundation
import Testing

/// The mentor's own exhaustion (`wellbeing.exhaustion`), through the engine with the bundled
/// prompts and scenarios: acknowledged warmly first, at any free-text step, then the session
/// goes on as usual; never treated as a crisis.
@Suite struct BundledExhaustionTests {
  static let quoted =
    "Honestly I'm burnt out… I don't think I have anything left to give a mentee."

  static func acknowledgements(_ outputs: [Output]) -> [Output] {
    outputs.filter { $0.kind == .acknowledgement }
  }

  @Test(arguments: [
    ("time-management", "goal"), ("time-management", "situation"), ("self-doubt", "situation"),
    ("self-doubt", "reality"), ("boundaries", "situation"), ("boundaries", "goal"),
  ])
  func theQuotedExchangeIsAcknowledgedBeforeGoingOn(_ scenario: String, _ step: String) throws {
    var engine = try BundledSafetyExchangeTests.engine(scenario, at: step)
    let outputs = engine.say(Self.quoted)
    let acknowledgement = try #require(
      Self.acknowledgements(outputs).first, "\(scenario)/\(step): \(outputs.map(\.text))")
    #expect(acknowledgement.tags == ["wellbeing.exhaustion"])
    #expect(acknowledgement.rule?.id == "acknowledge:wellbeing.exhaustion")
    // Straight after the answer's record, before whatever the step says next.
    #expect(outputs.firstIndex { $0.kind == .acknowledgement } == 1)
    #expect(outputs.count > 2, "the session goes on after the acknowledgement")
    // Not a crisis: no safety reply, no pause question, the phase stays as it was.
    #expect(outputs.safetyReplies.isEmpty)
    #expect(!outputs.questions.contains { $0.contains("pause") })
    #expect(engine.state.core.phase == .asking)
    let record = try #require(outputs.records.first)
    #expect(!record.isSafety)
    #expect(record.tags.contains("wellbeing.exhaustion"))
    #expect(!record.tags.contains("safety.crisis"))
    // What followed is not a paraphrase that says the exhaustion back a second time.
    #expect(!outputs.contains { $0.rule?.id == "paraphrase" })
  }

  @Test func theAcknowledgementsTakeTurns() throws {
    var engine = try BundledSafetyExchangeTests.engine("self-doubt", at: "situation")
    let first = Self.acknowledgements(engine.say("I'm completely burnt out")).first?.text
    while engine.currentStep.ask != .text || engine.currentStep.id == "situation" {
      _ = engine.handle(.skip)
    }
    let second = Self.acknowledgements(engine.say("I'm running on empty")).first?.text
    #expect(first != nil && second != nil && first != second)
  }

  @Test(arguments: [
    "my mentee is burnt out", "I'm a bit tired but fine", "I'm not burnt out, just busy",
    "I used to be burnt out but I'm much better now", "mentoring her is exhausting",
  ])
  func someoneElsePastOrMildTirednessIsNotAcknowledged(_ answer: String) throws {
    var engine = try BundledSafetyExchangeTests.engine("time-management", at: "situation")
    let outputs = engine.say(answer)
    #expect(Self.acknowledgements(outputs).isEmpty, "\(answer)")
    #expect(outputs.records.first?.tags.contains("wellbeing.exhaustion") == false)
  }

  @Test func explainShowsTheAcknowledgementWithTheReply() throws {
    let scenario = try AnswerFixtures.bundled("time-management")
    let index = try #require(scenario.stepIndex("goal"))
    let explanation = Explanation(scenario: scenario, stepIndex: index, text: Self.quoted)
    #expect(explanation.interpretation.tags.contains("wellbeing.exhaustion"))
    #expect(explanation.interpretation.acknowledgement?.tag == "wellbeing.exhaustion")
    let paragraphs = explanation.reply.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 2, "\(explanation.reply)")
  }
}
