import CoachKit
import TestSupport
import Testing

/// Words are matched as people write them: a rule's word finds the other forms of it by their
/// Snowball stem, in patterns, concepts and keywords, while exact words and prefixes still work.
@Suite struct StemmingTests {
  @Test func theEnglishStemmerGivesOneStemToAWordsForms() {
    let stems = ["cancel", "cancelled", "cancelling", "cancellation", "cancels"].map(Stemmer.stem)
    #expect(Set(stems) == ["cancel"])
    #expect(Stemmer.stem("schedule") == Stemmer.stem("scheduling"))
    #expect(Stemmer.stem("career") != Stemmer.stem("care"))
    #expect(Stemmer.stem("4") == "4")
    #expect(Stemmer.stem("'s") == "'s")
    #expect(Stemmer.stem("is") == "is")
  }

  /// "point her to other people" must not read as "hers", the mentee's own decision.
  @Test func pronounsAreTheirOwnStem() {
    #expect(Stemmer.stem("hers") != Stemmer.stem("her"))
    #expect(Stemmer.stem("ours") != Stemmer.stem("our"))
    #expect(Stemmer.stem("theirs") == "theirs")
  }

  static let yaml =
    scenarioHeader + """
      concepts:
        postpone: [put off, postpone]
      keywords:
        - key: [reschedule]
          rules:
            - match: "*"
              reply: Rescheduling came up.
      steps:
        - id: talk
          ask: text
          question: What happens?
          rules:
            - match: "* cancel *"
              reply: "Cancelling: {3}."
            - match: "* @postpone *"
              reply: "Putting off: {2}."
            - match: "* finish *"
              reply: Done.
              next: end
          fallback: [Tell me more.]
          next: talk
        - id: end
          end: true
          say: Thank you.
      """

  @Test(arguments: [
    ("I cancelled again", "Cancelling: again."),
    ("cancelling is easy", "Cancelling: is easy."),
    ("another cancellation today", "Cancelling: today."),
    ("I cancel things", "Cancelling: things."),
    ("she keeps postponing", "Putting off: postponing."),
    ("we postponed it", "Putting off: postponed."),
    ("we put it off", "Tell me more."),
    ("I rescheduled it twice", "Rescheduling came up."),
    ("the cancer clinic", "Tell me more."),
  ])
  func aRuleWordFindsTheFormsOfIt(_ answer: String, _ reply: String) throws {
    var engine = startedEngine(try scenario(Self.yaml))
    let outputs = engine.say(answer)
    #expect((outputs.replies + outputs.fallbacks).first == reply)
  }

  @Test func explainShowsTheStemMatch() throws {
    let engine = startedEngine(try scenario(Self.yaml))
    let reading = engine.explain("I cancelled again")
    #expect(reading.winner?.match.capture(2).map(\.surface) == ["cancelled"])
  }
}

/// The safety net reads words exactly as written, so stems never blur what its vetoes tell
/// apart.
@Suite struct SafetyNetExactWordsTests {
  @Test func theSafetyTableMatchesExactWordsOnly() throws {
    let prompts = try #require(try BundledPrompts.load().0)
    #expect(!prompts.safety.concepts.matchesStems)
    #expect(prompts.themeConceptTable.matchesStems)
    let wanted = try PatternParser.parse("* wanted *")
    let tokens = prompts.voice.normalizer.tokens("i want to go")
    #expect(
      wanted.match(tokens, concepts: prompts.safety.concepts, negation: prompts.voice.negation)
        == nil)
    #expect(wanted.match(tokens, concepts: ConceptTable(), negation: prompts.voice.negation) != nil)
  }
}
