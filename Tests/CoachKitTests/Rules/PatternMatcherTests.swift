import CoachKit
import TestSupport
import Testing

@Suite struct PatternMatcherTests {
  /// Concepts compiled the way a scenario compiles them (includes resolved, longest first).
  static func concepts() throws -> ConceptTable {
    try scenario(
      scenarioHeader + """
        concepts:
          family: [mother, sister, brother, brother in law]
          cancel: ["cancel*", call off]
          oncall: [on call, rota, "@shift"]
          shift: [night shift, nights]
        steps:
          - id: end
            end: true
            say: Done.
        """
    ).concepts
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var pattern: String
    var text: String
    /// What each element matched, as keys; nil when the pattern must not match.
    var captures: [String]?
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(
      id: "words between wildcards", pattern: "* i feel *", text: "i feel tired",
      captures: ["", "i", "feel", "tired"]),
    Case(
      id: "the first wildcard takes as little as it can", pattern: "* i feel *",
      text: "today i feel i feel tired", captures: ["today", "i", "feel", "i feel tired"]),
    Case(
      id: "_ takes exactly one word", pattern: "i am _ tired", text: "i am very tired",
      captures: ["i", "am", "very", "tired"]),
    Case(id: "_ does not take none", pattern: "i am _ tired", text: "i am tired", captures: nil),
    Case(
      id: "_3 takes exactly three", pattern: "_3 mentor", text: "my first real mentor",
      captures: ["my first real", "mentor"]),
    Case(id: "_3 does not take two", pattern: "_3 mentor", text: "my first mentor", captures: nil),
    Case(
      id: "an alternative phrase", pattern: "* (clinic|ward round) *",
      text: "the ward round ran late",
      captures: ["the", "ward round", "ran late"]),
    Case(
      id: "an optional word present", pattern: "i [really] hate *", text: "i really hate nights",
      captures: ["i", "really", "hate", "nights"]),
    Case(
      id: "an optional word absent", pattern: "i [really] hate *", text: "i hate nights",
      captures: ["i", "", "hate", "nights"]),
    Case(
      id: "a concept phrase", pattern: "* @oncall *", text: "i am on call again",
      captures: ["i am", "on call", "again"]),
    Case(
      id: "a concept included by another", pattern: "* @oncall *", text: "two night shift blocks",
      captures: ["two", "night shift", "blocks"]),
    Case(
      id: "a concept's prefix entry", pattern: "* @cancel *", text: "she cancelled again",
      captures: ["she", "cancelled", "again"]),
    Case(
      id: "the longest concept phrase first", pattern: "* @family *",
      text: "my brother in law came",
      captures: ["my", "brother in law", "came"]),
    Case(
      id: "a word tag takes one word", pattern: "* my /family *", text: "my sister called",
      captures: ["", "my", "sister", "called"]),
    Case(
      id: "a word tag refuses a phrase", pattern: "my /family", text: "my brother in law",
      captures: nil),
    Case(
      id: "a prefix word", pattern: "cancel* *", text: "cancelling it",
      captures: ["cancelling", "it"]),
    Case(
      id: "the whole clause must be accounted for", pattern: "* busy", text: "busy today",
      captures: nil),
    Case(id: "a missing word fails", pattern: "* busy *", text: "i am swamped", captures: nil),
  ]

  @Test(arguments: cases)
  func matches(_ example: Case) throws {
    let voice = try FixturePrompts.load().voice
    let pattern = try PatternParser.parse(example.pattern)
    let tokens = voice.normalizer.tokens(example.text)
    let match = pattern.match(tokens, concepts: try Self.concepts(), negation: voice.negation)
    #expect(
      match.map { match in (1...pattern.elements.count).map { match.capture($0).keyText } }
        == example.captures)
  }

  @Test func reportsWhereTheFirstSpecificWordIs() throws {
    let voice = try FixturePrompts.load().voice
    let tokens = voice.normalizer.tokens("i am so busy")
    let specific = try PatternParser.parse("* busy *")
    let match = try #require(
      specific.match(tokens, concepts: ConceptTable(), negation: voice.negation))
    #expect(match.firstSpecificIndex(in: specific) == 3)
    let catchAll = try PatternParser.parse("*")
    let all = try #require(
      catchAll.match(tokens, concepts: ConceptTable(), negation: voice.negation))
    #expect(all.firstSpecificIndex(in: catchAll) == 0)
  }

  @Test func givesNoCaptureOutsideTheElements() throws {
    let voice = try FixturePrompts.load().voice
    let pattern = try PatternParser.parse("* busy *")
    let match = try #require(
      pattern.match(
        voice.normalizer.tokens("so busy"), concepts: ConceptTable(), negation: voice.negation))
    #expect(match.capture(0).isEmpty)
    #expect(match.capture(4).isEmpty)
  }
}
