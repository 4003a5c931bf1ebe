import CoachKit
import Testing

/// The summary quotes the answer each step recognised, in the mentor's own words.
@Suite struct EngineSummaryTests {
  /// A next step that asks once more after a plan ("When?"); `:skip` leads to the summary.
  static let yaml =
    scenarioHeader + """
      steps:
        - id: next-step
          ask: text
          question: What will you do?
          rules:
            - id: plan
              match: "* (email|call|book) *"
              tags: [time.plan]
              reply: Good. When will you do it?
              next: next-step
          fallback: [Tell me a little more.]
          next: wrap-up
        - id: wrap-up
          end: true
          say: 'Your next step: "{answer:next-step}"'
      """

  private func summary(after answers: [String]) throws -> String {
    var engine = startedEngine(try scenario(Self.yaml))
    for answer in answers { _ = engine.say(answer) }
    _ = engine.handle(.skip)
    return engine.ending(at: engine.state.core.step)
  }

  @Test func aFollowUpNeverReplacesTheRecognisedPlan() throws {
    #expect(try summary(after: ["email her", "monday"]) == "Your next step: \"email her\"")
    #expect(
      try summary(after: ["I will email her before Thursday", "I will call as well"])
        == "Your next step: \"I will email her before Thursday\"")
  }

  @Test func aRecognisedAnswerReplacesEarlierUnrecognisedWords() throws {
    #expect(
      try summary(after: ["not sure yet", "book a slot with her"])
        == "Your next step: \"book a slot with her\"")
  }

  @Test(arguments: [
    "1", "monday", "are you a real person or an AI?", "A fixed slot. I just said that.",
  ])
  func noiseIsNeverQuoted(noise: String) throws {
    let alone = try summary(after: [noise])
    #expect(alone == "Your next step: \"…\"")
    let after = try summary(after: ["a fixed weekly slot", noise])
    #expect(after == "Your next step: \"a fixed weekly slot\"")
  }

  @Test func theMentorCanCorrectTheWordsAtTheEnd() throws {
    var engine = startedEngine(try scenario(Self.yaml))
    _ = engine.say("email her")
    _ = engine.handle(.skip)
    #expect(engine.summaryAnswer(at: "next-step") == "email her")
    #expect(
      engine.correctSummary(step: "next-step", to: "email her before Thursday")
        == "Your next step: \"email her before Thursday\"")
  }
}
