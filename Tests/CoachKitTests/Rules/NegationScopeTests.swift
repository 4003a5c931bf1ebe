import CoachKit
import TestSupport
import Testing

@Suite struct NegationScopeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var pattern: String
    var text: String
    var negated: Bool
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "no negator", pattern: "* @fraud *", text: "I feel a fraud", negated: false),
    Case(
      id: "the documented example: don't ... fraud", pattern: "* @fraud *",
      text: "I don't feel like a fraud any more", negated: true),
    Case(id: "not just before", pattern: "* busy *", text: "I am not busy", negated: true),
    Case(id: "never", pattern: "* busy *", text: "never busy at all", negated: true),
    Case(id: "nobody", pattern: "* busy *", text: "nobody is busy", negated: true),
    Case(id: "a negator after the word", pattern: "* busy *", text: "busy, not", negated: false),
    Case(
      id: "a negator the pattern itself matches", pattern: "* not (confident|sure) *",
      text: "I am not sure", negated: false),
    Case(
      id: "a negator inside a matched concept phrase", pattern: "* @short *",
      text: "I have no time", negated: false),
    Case(
      id: "and ends the negation's reach", pattern: "* busy *", text: "not today and busy",
      negated: false),
    Case(
      id: "because ends the negation's reach", pattern: "* busy *",
      text: "no because I am busy", negated: false),
    Case(
      id: "a negator beyond the window", pattern: "* busy *",
      text: "not that I am ever really that busy", negated: false),
  ]

  @Test(arguments: cases)
  func decides(_ example: Case) throws {
    let scenario = try scenario(
      scenarioHeader + """
        concepts:
          short: [no time]
        steps:
          - id: end
            end: true
            say: Done.
        """)
    let voice = scenario.prompts.voice
    let clause = try #require(voice.normalizer.clauses(example.text).first)
    let pattern = try PatternParser.parse(example.pattern)
    let match = try #require(
      pattern.match(clause, concepts: scenario.concepts, negation: voice.negation))
    #expect(match.isNegated == example.negated)
  }

  @Test func reachesOnlyAsFarAsItsWindow() throws {
    let tokens = ["not", "very", "very", "busy"].map { Token(key: $0, surface: $0) }
    let pattern = try PatternParser.parse("* busy")
    let near = NegationScope(negators: ["not"], window: 3)
    let far = NegationScope(negators: ["not"], window: 2)
    #expect(pattern.match(tokens, concepts: ConceptTable(), negation: near)?.isNegated == true)
    #expect(pattern.match(tokens, concepts: ConceptTable(), negation: far)?.isNegated == false)
  }

  @Test func usesOnlyItsOwnNegators() throws {
    let tokens = ["hardly", "busy"].map { Token(key: $0, surface: $0) }
    let pattern = try PatternParser.parse("* busy")
    let scope = NegationScope(negators: ["not"])
    #expect(pattern.match(tokens, concepts: ConceptTable(), negation: scope)?.isNegated == false)
  }
}
