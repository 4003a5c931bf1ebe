import CoachKit
import Testing

/// The exchanges quoted in issue 7, through the engine with the bundled `Prompts/` and
/// scenarios: each must get the answer the issue asks for, at any free-text step.
@Suite struct BundledSafetyExchangeTests {
  /// An engine on a bundled scenario, moved on to the free-text step with this id.
  static func engine(_ scenario: String = "time-management", at step: String) throws -> Engine {
    var engine = Engine(scenario: try AnswerFixtures.bundled(scenario))
    _ = engine.start()
    while engine.currentStep.id != step {
      _ = engine.handle(.skip)
      #expect(!engine.isFinished, "no step '\(step)' in \(scenario)")
      if engine.isFinished { break }
    }
    return engine
  }

  @Test(arguments: [
    "I want to disappear",
    "Honestly? I keep thinking it would be easier if I wasn't around.",
    "I don't see a future for myself",
    "I am a burden to everyone",
    "I can't see a way through this anymore",
    "I've had enough, I want out",
  ])
  func theQuotedCrisesGetTheSafetyReplyNotAnOrdinaryOne(_ answer: String) throws {
    for (scenario, step) in [
      ("time-management", "goal"), ("self-doubt", "reality"), ("boundaries", "situation"),
    ] {
      var engine = try Self.engine(scenario, at: step)
      let outputs = engine.say(answer)
      #expect(outputs.safetyReplies.count == 1, "\(scenario)/\(step): \(answer)")
      #expect(outputs.safetyReplies.first?.contains("not a crisis service") == true)
      #expect(outputs.replies.isEmpty && outputs.fallbacks.isEmpty, "\(scenario): \(answer)")
      #expect(outputs.questions.last?.contains("pause") == true)
      #expect(outputs.records.first?.tags.contains("safety.crisis") == true)
    }
  }

  @Test(arguments: ["this rota is killing me", "a patient of mine died by suicide last year"])
  func theQuotedLookAlikesGetAnOrdinaryReply(_ answer: String) throws {
    var engine = try Self.engine(at: "goal")
    let outputs = engine.say(answer)
    #expect(outputs.safetyReplies.isEmpty)
    #expect(outputs.records.first?.isSafety == false)
  }
}
