import CoachKit
import Testing

extension EngineTests {
  /// The first meeting, at its scale question.
  static func atConfidence() throws -> Engine {
    var engine = startedEngine(try firstMeeting())
    _ = engine.say("I am swamped")
    #expect(engine.currentStep.id == "confidence")
    return engine
  }

  struct ScaleCase: Sendable, CustomTestStringConvertible {
    var id: String
    var answer: String
    var value: Int?
    var testDescription: String { id }
  }

  static let scaleCases: [ScaleCase] = [
    ScaleCase(id: "a digit", answer: "5", value: 5),
    ScaleCase(id: "a digit with spaces", answer: "  6 ", value: 6),
    ScaleCase(id: "a fraction", answer: "5/7", value: 5),
    ScaleCase(id: "out of", answer: "3 out of 7", value: 3),
    ScaleCase(id: "a word", answer: "four", value: 4),
    ScaleCase(id: "a full stop", answer: "7.", value: 7),
    ScaleCase(id: "above the scale", answer: "9", value: nil),
    ScaleCase(id: "below the scale", answer: "0", value: nil),
    ScaleCase(id: "not a number", answer: "quite ready", value: nil),
    ScaleCase(id: "two numbers", answer: "5 or 6", value: nil),
    ScaleCase(id: "inside a sentence, with a typo", answer: "propably a 4, i'm ok at it", value: 4),
    ScaleCase(id: "a number then a word", answer: "4 still", value: 4),
    ScaleCase(id: "a hedged word", answer: "probably a five", value: 5),
    ScaleCase(id: "a range", answer: "3-4", value: nil),
    ScaleCase(id: "a quantity is not the answer", answer: "2 years in, so a 3", value: 3),
    ScaleCase(id: "the same number twice", answer: "4, yes 4", value: 4),
    ScaleCase(id: "out of range inside a sentence", answer: "honestly a 9", value: nil),
  ]

  @Test(arguments: scaleCases)
  func readsANumberOnTheScale(_ example: ScaleCase) throws {
    var engine = try Self.atConfidence()
    let outputs = engine.say(example.answer)
    #expect(engine.state.core.ratings["confidence"] == example.value)
    #expect(outputs.records.first?.value == example.value)
    #expect(outputs.records.first?.accepted == (example.value != nil))
    #expect(engine.currentStep.id == (example.value == nil ? "confidence" : "format"))
  }

  @Test func repliesByRangeAndStoresTheRating() throws {
    var low = try Self.atConfidence()
    #expect(low.say("2").replies == ["That is an honest place to start."])
    var high = try Self.atConfidence()
    #expect(high.say("4").replies == ["Good. Let's build on that."])
    #expect(high.state.core.variables["rating.confidence"] == "4")
  }

  @Test func asksAgainWithTheRangeAfterABadAnswer() throws {
    var engine = try Self.atConfidence()
    let outputs = engine.say("9")
    #expect(
      outputs.retries == [
        "Please give a whole number from 1 (not at all ready) to 7 (completely ready)."
      ])
    #expect(outputs.questions == ["How ready do you feel for that first meeting?"])
  }

  @Test func offersSkipAfterThreeBadAnswers() throws {
    var engine = try Self.atConfidence()
    let retries = ["9", "lots", "0"].flatMap { engine.say($0).retries }
    #expect(retries.count == 3)
    #expect(!retries[0].contains(":skip"))
    #expect(!retries[1].contains(":skip"))
    #expect(retries[2].hasSuffix("\nIf you would rather not answer, type :skip."))
    #expect(engine.handle(.skip).notices == ["We can leave that one."])
    #expect(engine.currentStep.id == "format")
  }

  @Test func branchesOnTheRatingAndAppliesTheRangesEffects() throws {
    let text =
      scenarioHeader + """
        steps:
          - id: rate
            question: How ready?
            scale: {min: 1, max: 5}
            replies:
              - range: 1-2
                tags: [doubt.no-training]
                set: {low: yes}
              - range: 3-5
                reply: Good.
            next:
              - when: rating.rate <= 2
                step: reassure
              - step: plan
          - id: reassure
            question: What would help?
            next: done
          - id: plan
            question: What is your plan?
            next: done
          - id: done
            end: true
        """
    var low = startedEngine(try scenario(text))
    let outputs = low.say("2")
    #expect(outputs.replies.isEmpty)
    #expect(outputs.records.first?.tags == ["doubt.no-training"])
    #expect(low.state.core.variables["low"] == "yes")
    #expect(low.currentStep.id == "reassure")
    var high = startedEngine(try scenario(text))
    #expect(high.say("3").replies == ["Good."])
    #expect(high.currentStep.id == "plan")
  }

  @Test func acceptsNegativeNumbersOnAScaleBelowZero() throws {
    var engine = startedEngine(
      try scenario(
        scenarioHeader + """
          steps:
            - id: mood
              question: How do you feel about it?
              scale: {min: -2, max: 2, low: dreading it, high: looking forward}
            - id: done
              end: true
          """))
    _ = engine.say("-1")
    #expect(engine.state.core.ratings["mood"] == -1)
  }

  @Test func wordsAroundANumberAreStillReadByTheSafetyNet() throws {
    var engine = try Self.atConfidence()
    let outputs = engine.say("4, but honestly I want to end it all")
    #expect(outputs.safetyReplies.count == 1)
    #expect(engine.state.core.ratings["confidence"] == nil)
    #expect(engine.isPaused == false && engine.state.core.phase == .safetyCheck)
  }
}
