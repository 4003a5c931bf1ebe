import LineEditor
import Testing

@Suite struct CompletionPlanTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var line: String
    var candidates: [String]
    var expected: CompletionPlan
    var testDescription: String { id }
  }

  static let commands = [":help", ":history", ":quit", ":back"]

  static let cases: [Case] = [
    Case(id: "one match", line: ":he", candidates: commands, expected: .insert("lp ")),
    Case(id: "exact word", line: ":quit", candidates: commands, expected: .insert(" ")),
    Case(
      id: "common prefix", line: ":", candidates: [":help", ":history"], expected: .insert("h")),
    Case(
      id: "several", line: ":h", candidates: commands, expected: .list([":help", ":history"])),
    Case(id: "none", line: ":x", candidates: commands, expected: .beep),
    Case(id: "no candidates", line: "", candidates: [], expected: .beep),
    Case(id: "word after space", line: "say :qu", candidates: commands, expected: .insert("it ")),
    Case(
      id: "duplicates", line: ":b", candidates: [":back", ":back"], expected: .insert("ack ")),
    Case(id: "utf-8", line: "caf", candidates: ["café"], expected: .insert("é ")),
  ]

  @Test(arguments: cases) func plans(_ example: Case) {
    #expect(
      CompletionPlan.make(lineBeforeCursor: example.line, candidates: example.candidates)
        == example.expected)
  }
}
