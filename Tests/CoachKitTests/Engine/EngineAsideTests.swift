import CoachKit
import Testing

/// Words that answer no question (how last time's plan went) still meet the safety net.
@Suite struct EngineAsideTests {
  @Test func aCrisisInAsideWordsGetsTheSafetyReplyAndThePauseQuestion() throws {
    var engine = startedEngine(try firstMeeting())
    let outputs = engine.readAside("not yet, and I want to end it all")
    #expect(outputs.safetyReplies.count == 1)
    #expect(outputs.questions == ["Would you like to pause here? (yes or no)"])
    #expect(outputs.records.isEmpty)
    #expect(engine.state.core.phase == .safetyCheck)
    let paused = engine.handle(.answer("yes"))
    #expect(paused.hasPaused)
  }

  @Test func otherWordsChangeNothingAtTheStep() throws {
    var engine = startedEngine(try firstMeeting())
    let before = engine.state.core
    let outputs = engine.readAside("I emailed her and we met on Tuesday")
    #expect(outputs.safetyReplies.isEmpty && outputs.records.isEmpty && outputs.questions.isEmpty)
    #expect(engine.state.core.step == before.step)
    #expect(engine.state.core.answers == before.answers)
    #expect(engine.state.core.path == before.path)
    let next = engine.handle(.answer("I am so busy"))
    #expect(next.replies == ["You sound busy. Let's keep it manageable."])
  }

  @Test func someoneElseAtRiskGetsTheActTodayGuidanceAndTheSessionGoesOn() throws {
    var engine = startedEngine(try BundledFiles.scenario("time-management"))
    let outputs = engine.readAside("partly, but my mentee told me she wants to end it all")
    #expect(outputs.safetyReplies.count == 1)
    #expect(outputs.questions.isEmpty)
    #expect(engine.state.core.phase == .asking)
  }
}
