import CoachKit
import Testing

extension EngineTests {
  static func looping(fallback: String) -> String {
    scenarioHeader + """
      steps:
        - id: talk
          question: Go on?
          rules:
            - match: "* my thing=(rota|nights) *"
              reply: Noted.
              remember: "Earlier you mentioned {thing}. How is that now?"
          \(fallback)
          next: talk
        - id: done
          end: true
      """
  }

  @Test func usesFallbacksInTurnWrappingRound() throws {
    var engine = startedEngine(try scenario(Self.looping(fallback: "fallback: [First?, Second?]")))
    let asked = (1...3).flatMap { _ in engine.say("hmm").fallbacks }
    #expect(asked == ["First?", "Second?", "First?"])
  }

  @Test func neverUsesTheSameFallbackTwiceInARow() throws {
    var engine = startedEngine(try scenario(Self.looping(fallback: "fallback: [Only?]")))
    let asked = (1...4).flatMap { _ in engine.say("hmm").fallbacks }
    #expect(
      asked == ["Only?", "Tell me more about that.", "Only?", "What matters most to you in that?"])
    #expect(zip(asked, asked.dropFirst()).allSatisfy { $0 != $1 })
  }

  @Test func usesTheSharedFallbacksWhenAStepHasNone() throws {
    var engine = startedEngine(try scenario(Self.looping(fallback: "")))
    let asked = (1...4).flatMap { _ in engine.say("hmm").fallbacks }
    #expect(
      asked == [
        "Tell me more about that.", "What matters most to you in that?",
        "What would you like to be different?", "Tell me more about that.",
      ])
  }

  @Test func usesARememberedReplyBeforeAFallback() throws {
    var engine = startedEngine(try scenario(Self.looping(fallback: "fallback: [First?, Second?]")))
    #expect(engine.say("my rota is awful").replies == ["Noted."])
    #expect(engine.say("my nights are worse").replies == ["Noted."])
    let asked = (1...3).flatMap { _ in engine.say("hmm").fallbacks }
    #expect(
      asked == [
        "Earlier you mentioned rota. How is that now?",
        "Earlier you mentioned nights. How is that now?", "First?",
      ])
    #expect(engine.state.core.memory.isEmpty)
  }

  @Test func movesOnAfterASecondAnswerWithoutAReply() throws {
    var engine = startedEngine(try firstMeeting())
    let first = engine.say("hello there")
    #expect(first.fallbacks == ["Tell me more about the meeting itself."])
    #expect(engine.currentStep.id == "opening")
    let second = engine.say("still nothing")
    #expect(second.notices == ["Thank you. Let's keep going."])
    #expect(engine.currentStep.id == "confidence")
    #expect(engine.state.core.answers["opening"] == "hello there", "the first words are quoted")
  }
}
