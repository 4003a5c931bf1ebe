import CoachKit
import Testing

extension EngineTests {
  static let safetyReply = """
    This is a practice tool, not a crisis service. Help: Your local emergency number: 999 (test)
    Testland: Test Line, call 123 (source: example.org, checked 2026-11)
    """

  /// The first meeting after the safety net caught an answer.
  static func atSafetyCheck() throws -> Engine {
    var engine = startedEngine(try firstMeeting())
    _ = engine.say("I want to end it all")
    #expect(engine.state.core.phase == .safetyCheck)
    return engine
  }

  @Test func theSafetyNetRepliesBeforeAnyRuleAndAsksToPause() throws {
    var engine = startedEngine(try firstMeeting())
    let outputs = engine.say("I am so swamped, I want to end it all")
    #expect(outputs.safetyReplies == [Self.safetyReply])
    #expect(outputs.replies.isEmpty)
    #expect(outputs.questions == ["Would you like to pause here? (yes or no)"])
    let record = try #require(outputs.records.first)
    #expect(record.isSafety)
    #expect(record.rule?.id == "first-person")
    #expect(record.tags.contains("safety.crisis"))
    #expect(engine.state.core.answers["opening"] == nil)
  }

  @Test(arguments: [
    "My mentee said I want to end it all", "I do not want to end it all",
    "I want to end the meeting",
  ])
  func theSafetyNetLetsOtherAnswersThrough(_ answer: String) throws {
    var engine = startedEngine(try firstMeeting())
    #expect(engine.say(answer).safetyReplies.isEmpty)
    #expect(engine.state.core.phase == .asking)
  }

  @Test func pausesOnYesAndResumesAtTheSameQuestion() throws {
    var engine = try Self.atSafetyCheck()
    let outputs = engine.say("yes")
    #expect(outputs.notices == ["The session is paused and saved."])
    #expect(outputs.hasPaused)
    #expect(engine.isPaused)
    #expect(engine.resume().questions == ["What worries you most about that first meeting?"])
    #expect(!engine.isPaused)
    #expect(engine.currentStep.id == "opening")
  }

  @Test func carriesOnGentlyOnNo() throws {
    var engine = try Self.atSafetyCheck()
    let outputs = engine.say("no")
    #expect(outputs.notices == ["We will carry on gently."])
    #expect(outputs.questions == ["What worries you most about that first meeting?"])
    #expect(!engine.isPaused)
    #expect(engine.state.core.phase == .asking)
    #expect(engine.say("I am swamped").replies == ["You sound swamped. Let's keep it manageable."])
  }

  @Test func asksAgainWhenTheAnswerIsNeitherYesNorNo() throws {
    var engine = try Self.atSafetyCheck()
    let outputs = engine.say("maybe later")
    #expect(outputs.records.first?.accepted == false)
    #expect(outputs.questions == ["Would you like to pause here? (yes or no)"])
    #expect(engine.state.core.phase == .safetyCheck)
  }

  @Test func aCommandAtThePauseQuestionCarriesOn() throws {
    var engine = try Self.atSafetyCheck()
    let outputs = engine.handle(.skip)
    #expect(outputs.notices == ["We will carry on gently."])
    #expect(engine.state.core.phase == .asking)
    #expect(engine.currentStep.id == "opening")
  }

  @Test func theSafetyNetWatchesNumberQuestionsToo() throws {
    var engine = try Self.atConfidence()
    let outputs = engine.say("I want to end it all")
    #expect(outputs.safetyReplies == [Self.safetyReply])
  }
}
