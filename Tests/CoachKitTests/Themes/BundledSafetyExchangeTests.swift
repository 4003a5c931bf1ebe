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

/// Someone else at risk, through the engine with the bundled prompts and scenarios.
@Suite struct BundledOtherAtRiskExchangeTests {
  @Test(arguments: [
    (
      "time-management", "situation",
      "My mentee told me she has been having suicidal thoughts, that's why she keeps cancelling our meetings"
    ),
    ("time-management", "reality", "My mentee told me she has been having suicidal thoughts"),
    ("self-doubt", "situation", "my patient told me he wants to end it all"),
    ("self-doubt", "reality", "my patient told me he wants to end it all"),
    ("boundaries", "situation", "my trainee turned up drunk for a night shift"),
  ])
  func getsActTodayGuidanceNotLogistics(_ scenario: String, _ step: String, _ answer: String)
    throws
  {
    var engine = try BundledSafetyExchangeTests.engine(scenario, at: step)
    let question = engine.currentPrompt().questions.last
    let outputs = engine.say(answer)
    let guidance = try #require(outputs.safetyReplies.first, "\(scenario)/\(step): \(answer)")
    #expect(guidance.contains("Please act on it today"))
    #expect(guidance.contains("duty of care comes before confidentiality"))
    #expect(guidance.contains("safeguarding lead"))
    #expect(!guidance.contains("not a crisis service"))
    #expect(outputs.replies.isEmpty && outputs.fallbacks.isEmpty, "\(outputs.map(\.text))")
    // No pause question: the same question again, and the session goes on.
    #expect(outputs.questions == [question].compactMap { $0 })
    #expect(engine.state.core.phase == .asking)
    #expect(engine.currentStep.id == step)
    let record = try #require(outputs.records.first)
    #expect(record.isSafety)
    #expect(record.tags.contains("safety.other-at-risk"))
    #expect(!record.tags.contains("safety.crisis"))
    #expect(engine.state.core.tagCounts["safety.other-at-risk"] == 1)
    let next = engine.say("I will speak to her supervisor today and then plan our next meeting")
    #expect(next.safetyReplies.isEmpty)
  }

  @Test func wordsAtAScaleQuestionAreReadByTheOtherAtRiskNetToo() throws {
    var engine = try BundledSafetyExchangeTests.engine(at: "rating-before")
    let outputs = engine.say("my mentee said she wants to kill herself")
    #expect(outputs.safetyReplies.first?.contains("Please act on it today") == true)
    #expect(outputs.records.first?.tags.contains("safety.other-at-risk") == true)
    #expect(engine.state.core.phase == .asking)
    #expect(engine.currentStep.id == "rating-before")
  }

  @Test(arguments: [
    "a patient of mine died by suicide last year",
    "I teach the suicide risk assessment module to the F1s",
    "my mentee used to self-harm as a teenager but she is well now",
  ])
  func pastEventsAndTeachingStayQuiet(_ answer: String) throws {
    var engine = try BundledSafetyExchangeTests.engine(at: "goal")
    #expect(engine.say(answer).safetyReplies.isEmpty)
  }
}
