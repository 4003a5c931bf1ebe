import CoachKit
import Testing

@Suite struct TemplateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var source: String
    var segments: [Template.Segment]
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "plain text", source: "Tell me more.", segments: [.literal("Tell me more.")]),
    Case(
      id: "a numbered capture", source: "You sound {2}.",
      segments: [.literal("You sound "), .capture(2, raw: false), .literal(".")]),
    Case(id: "a raw capture", source: "{raw:4}", segments: [.capture(4, raw: true)]),
    Case(id: "a named capture", source: "{feeling}", segments: [.named("feeling", raw: false)]),
    Case(
      id: "a raw named capture", source: "{raw:feeling}", segments: [.named("feeling", raw: true)]),
    Case(id: "an answer", source: "{answer:opening}", segments: [.answer("opening")]),
    Case(id: "a rating", source: "{rating:confidence}", segments: [.rating("confidence")]),
    Case(id: "a choice", source: "{choice:format}", segments: [.choice("format")]),
    Case(id: "a variable", source: "{var:asked}", segments: [.variable("asked")]),
    Case(id: "the tags", source: "{tags}", segments: [.tags]),
    Case(id: "the help lines", source: "{helplines}", segments: [.helplines]),
    Case(id: "spaces around a kind", source: "{answer: opening}", segments: [.answer("opening")]),
    Case(
      id: "doubled braces are literal", source: "{{x}} {1}",
      segments: [.literal("{x} "), .capture(1, raw: false)]),
  ]

  @Test(arguments: cases)
  func parses(_ example: Case) throws {
    let template = try Template(parsing: example.source)
    #expect(template.segments == example.segments)
    #expect(template.source == example.source)
  }

  struct Failure: Sendable, CustomTestStringConvertible {
    var id: String
    var source: String
    var message: String
    var column: Int
    var testDescription: String { id }
  }

  static let failures: [Failure] = [
    Failure(id: "an unclosed brace", source: "You sound {2", message: "not closed", column: 11),
    Failure(id: "an unknown kind", source: "a {mood:x}", message: "not a placeholder", column: 3),
    Failure(id: "empty braces", source: "{}", message: "empty", column: 1),
  ]

  @Test(arguments: failures)
  func rejects(_ example: Failure) {
    #expect {
      _ = try Template(parsing: example.source)
    } throws: { error in
      guard let failure = error as? PatternParser.Failure else { return false }
      return failure.message.contains(example.message) && failure.column == example.column
    }
  }

  @Test func aLiteralTemplateHasOneSegment() {
    #expect(Template(literal: "{1}").segments == [.literal("{1}")])
  }
}
