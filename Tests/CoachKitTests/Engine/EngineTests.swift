import CoachKit
import Testing

@Suite struct EngineTests {
  @Test func startsWithTheFirstStepsWordsAndQuestion() throws {
    var engine = Engine(scenario: try firstMeeting())
    let outputs = engine.start()
    #expect(outputs.sayings == ["Let's plan your first meeting with your mentee."])
    #expect(outputs.questions == ["What worries you most about that first meeting?"])
    #expect(engine.currentStep.id == "opening")
    #expect(engine.state.core.phase == .asking)
  }

  @Test func startingTwiceOnlyRepeatsTheQuestion() throws {
    var engine = startedEngine(try firstMeeting())
    _ = engine.say("I am swamped")
    let again = engine.start()
    #expect(engine.currentStep.id == "confidence")
    #expect(again.questions == ["How ready do you feel for that first meeting?"])
  }

  @Test func runsTheFirstMeetingToItsSummary() throws {
    var engine = startedEngine(try firstMeeting())
    #expect(engine.say("I am swamped").replies == ["You sound swamped. Let's keep it manageable."])
    #expect(engine.say("5").replies == ["Good. Let's build on that."])
    #expect(engine.say("2").questions == ["What will you do this week to set up the meeting?"])
    let last = engine.say("I will email her today")
    #expect(last.replies == ["That is concrete. Put it in your diary now."])
    #expect(
      last.summary == """
        Here is what you wrote today.
        Your worry: "I am swamped"
        Your readiness: 5 out of 7.
        Your next step: "I will email her today"

        """)
    #expect(last.hasEnded)
    #expect(engine.isFinished)
  }

  @Test func ignoresInputOnceFinished() throws {
    var engine = startedEngine(try firstMeeting())
    for answer in ["I am swamped", "5", "1", "I will book it"] { _ = engine.say(answer) }
    let before = engine.state
    #expect(engine.say("anything").isEmpty)
    #expect(engine.handle(.back).isEmpty)
    #expect(engine.state == before)
  }

  @Test func recordsEachAnswerBesideTheWords() throws {
    var engine = startedEngine(try firstMeeting())
    let record = try #require(engine.say("I'm swamped").records.first)
    #expect(record.step == "opening")
    #expect(record.input == "I'm swamped")
    #expect(record.kind == .text)
    #expect(record.accepted)
    #expect(record.rule?.id == "busy")
    #expect(record.tags == ["time.overload"])
    #expect(record.captures["2"] == "swamped")
  }

  @Test func countsProgressAlongThePath() throws {
    var engine = startedEngine(try firstMeeting())
    #expect(engine.progress.step == 1)
    #expect(engine.progress.total == 4)
    _ = engine.say("I am swamped")
    #expect(engine.progress.step == 2)
    #expect(engine.progress.total == 4)
  }

  @Test func jumpsStraightToAStep() throws {
    var engine = startedEngine(try firstMeeting())
    engine.jump(to: 2)
    #expect(engine.currentStep.id == "format")
    #expect(engine.currentPrompt().questions == ["How would you like to meet?"])
  }
}
