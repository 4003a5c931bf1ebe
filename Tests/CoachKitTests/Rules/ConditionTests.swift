import CoachKit
import Testing

@Suite struct ConditionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var condition: String
    var variables: [String: String]
    var holds: Bool
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "a set variable", condition: "asked", variables: ["asked": "yes"], holds: true),
    Case(id: "an unset variable", condition: "asked", variables: [:], holds: false),
    Case(id: "no counts as unset", condition: "asked", variables: ["asked": "no"], holds: false),
    Case(
      id: "false counts as unset", condition: "asked", variables: ["asked": "false"], holds: false),
    Case(id: "0 counts as unset", condition: "tag.x", variables: ["tag.x": "0"], holds: false),
    Case(id: "not of an unset variable", condition: "not asked", variables: [:], holds: true),
    Case(
      id: "not of a set variable", condition: "not asked", variables: ["asked": "yes"], holds: false
    ),
    Case(id: "== on text", condition: "mood == calm", variables: ["mood": "calm"], holds: true),
    Case(id: "!= on an unset variable", condition: "asked != yes", variables: [:], holds: true),
    Case(
      id: "!= on the same text", condition: "asked != yes", variables: ["asked": "yes"],
      holds: false),
    Case(
      id: "<= as numbers", condition: "rating.c <= 3", variables: ["rating.c": "3"], holds: true),
    Case(id: "numbers, not text: 10 > 9", condition: "n > 9", variables: ["n": "10"], holds: true),
    Case(id: "numbers, not text: 10 < 9", condition: "n < 9", variables: ["n": "10"], holds: false),
    Case(id: ">= on an unset variable", condition: "n >= 0", variables: [:], holds: false),
    Case(id: "< on text fails", condition: "n < 3", variables: ["n": "low"], holds: false),
    Case(
      id: "and: both hold", condition: "a and b < 2", variables: ["a": "yes", "b": "1"],
      holds: true),
    Case(
      id: "and: one fails", condition: "a and b < 2", variables: ["a": "yes", "b": "5"],
      holds: false),
  ]

  @Test(arguments: cases)
  func evaluates(_ example: Case) throws {
    let condition = try Condition(parsing: example.condition)
    #expect(condition.holds(example.variables) == example.holds)
  }

  @Test func parsesClauses() throws {
    let condition = try Condition(parsing: "not asked and rating.c >= 4")
    #expect(condition.clauses.map(\.name) == ["asked", "rating.c"])
    #expect(condition.clauses.map(\.op) == ["unset", ">="])
    #expect(condition.clauses.map(\.value) == ["", "4"])
    #expect(condition.source == "not asked and rating.c >= 4")
  }

  @Test(arguments: ["a <> b", "a b c d", "", "x and", "a = b"])
  func rejects(_ source: String) {
    #expect(throws: PatternParser.Failure.self) { try Condition(parsing: source) }
  }

  @Test func comparesEqualNumbersAsNumbers() throws {
    let condition = try Condition(parsing: "rating.c == 3")
    #expect(condition.holds(["rating.c": "3.0"]))
  }
}
