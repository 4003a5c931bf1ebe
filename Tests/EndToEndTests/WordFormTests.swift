import Foundation
import TestSupport
import Testing

/// Through the built program: a rule's word finds the forms people type (issue 7, item 5).
@Suite struct WordFormTests {
  @Test func aRuleWordFindsCancelledThroughPipes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("word-forms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    id: forms
    title: Word forms
    area: time
    summary: A rule written with one form of a word.
    minutes: 5
    version: 1
    steps:
      - id: talk
        ask: text
        question: What happened?
        rules:
          - match: "* cancel *"
            reply: "You said {2}."
        fallback: [Go on.]
        next: end
      - id: end
        end: true
        say: Thank you.
    """.write(to: folder.appendingPathComponent("forms.yaml"), atomically: true, encoding: .utf8)
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["practice", "forms", "--prompts", EndToEnd.prompts.path, "--scenarios", folder.path],
      input: "She cancelled our meeting again\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("You said cancelled."))
  }
}
