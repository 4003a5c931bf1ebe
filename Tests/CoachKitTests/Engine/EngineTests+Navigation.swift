import CoachKit
import Testing

extension EngineTests {
  @Test func goesBackToThePreviousStepAndWithdrawsItsAnswer() throws {
    var engine = try Self.atConfidence()
    let outputs = engine.handle(.back)
    #expect(outputs.notices == ["Let's go back to the previous question."])
    #expect(outputs.questions == ["What worries you most about that first meeting?"])
    #expect(engine.currentStep.id == "opening")
    #expect(engine.state.core.answers["opening"] == nil)
    #expect(engine.state.core.tagCounts.isEmpty)
    #expect(engine.state.core.path.isEmpty)
    #expect(engine.state.undo.isEmpty)
  }

  @Test func goesBackOneStepAtATime() throws {
    var engine = try Self.atFormat()
    _ = engine.handle(.back)
    #expect(engine.currentStep.id == "confidence")
    #expect(engine.state.core.ratings["confidence"] == nil)
    #expect(engine.state.core.answers["opening"] == "I am swamped")
    _ = engine.handle(.back)
    #expect(engine.currentStep.id == "opening")
  }

  @Test func saysSoWhenThereIsNothingToGoBackTo() throws {
    var engine = startedEngine(try firstMeeting())
    let before = engine.state
    let outputs = engine.handle(.back)
    #expect(outputs.notices == ["This is the first question, so there is nothing to go back to."])
    #expect(outputs.questions == ["What worries you most about that first meeting?"])
    #expect(engine.state == before)
  }

  @Test func answeringAgainAfterBackIsLikeAnsweringOnce() throws {
    var revised = startedEngine(try firstMeeting())
    _ = revised.say("I am swamped")
    _ = revised.handle(.back)
    _ = revised.say("I am swamped")
    var once = startedEngine(try firstMeeting())
    _ = once.say("I am swamped")
    #expect(revised.state.core.tagCounts == once.state.core.tagCounts)
    #expect(revised.state.core == once.state.core)
  }

  @Test func skipsAQuestionWithoutAnAnswer() throws {
    var engine = startedEngine(try firstMeeting())
    let outputs = engine.handle(.skip)
    #expect(outputs.notices == ["We can leave that one."])
    #expect(outputs.questions == ["How ready do you feel for that first meeting?"])
    #expect(outputs.records.isEmpty)
    #expect(engine.state.core.answers["opening"] == nil)
    _ = engine.handle(.back)
    #expect(engine.currentStep.id == "opening")
  }

  @Test func skipFollowsTheStepsOwnNextNotARules() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: talk
              question: Go on?
              rules:
                - match: "* stop *"
                  reply: Stopping.
                  next: done
            - id: other
              question: Other?
            - id: done
              end: true
          """))
    _ = engine.handle(.skip)
    #expect(engine.currentStep.id == "other")
  }

  @Test func saysStepsWithoutAQuestionOnTheWay() throws {
    var engine = Engine(
      scenario: try scenario(
        scenarioHeader + """
          steps:
            - id: hello
              say: [Welcome., Let's begin.]
              notes: Keep it light.
              discuss: 2m
            - id: talk
              question: Go on?
            - id: done
              end: true
          """))
    let outputs = engine.start()
    #expect(outputs.sayings == ["Welcome.", "Let's begin."])
    #expect(outputs.questions == ["Go on?"])
    #expect(outputs.contains { $0.kind == .facilitatorNote && $0.text == "Keep it light." })
    #expect(outputs.contains { $0.kind == .discussion(seconds: 120) })
    #expect(engine.currentStep.id == "talk")
  }
}
