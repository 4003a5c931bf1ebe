import Foundation
import TestSupport
import Testing

/// `new ID`: a starter scenario and tests that validate and pass as written.
@Suite struct NewScenarioTests {
  static let bundled = [
    "--prompts", EndToEnd.repository.appendingPathComponent("Prompts").path,
  ]

  @Test func writesAStarterThatValidatesCleanlyAndPassesItsTests() throws {
    let coach = try BinaryRunner()
    let folder = coach.home.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let made = try coach.run(
      ["new", "giving-feedback", "--folder", folder.path] + Self.bundled, input: "")
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stdout.contains("giving-feedback.yaml and "))
    let scenario = folder.appendingPathComponent("giving-feedback.yaml")
    let text = try String(contentsOf: scenario, encoding: .utf8)
    #expect(
      text.hasPrefix(
        "# yaml-language-server: $schema=\(EndToEnd.repository.path)/schema/scenario.schema.json\n")
    )
    #expect(text.contains("id: giving-feedback\n"))
    let validated = try coach.run(["validate", scenario.path] + Self.bundled, input: "")
    #expect(validated.stdout == "1 scenario file checked: 0 errors, 0 warnings\n")
    #expect(validated.stderr == "")
    let tests = folder.appendingPathComponent("giving-feedback.tests.yaml")
    let tested = try coach.run(["test", tests.path] + Self.bundled, input: "")
    #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
    #expect(tested.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func refusesABadIDAndNeverOverwrites() throws {
    let coach = try BinaryRunner()
    let folder = coach.home.appendingPathComponent("drafts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let bad = try coach.run(
      ["new", "Giving Feedback", "--folder", folder.path] + Self.bundled, input: "")
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("should use only lower-case letters, digits and dashes"))
    let existing = folder.appendingPathComponent("mine.tests.yaml")
    try Data("keep me\n".utf8).write(to: existing)
    let again = try coach.run(["new", "mine", "--folder", folder.path] + Self.bundled, input: "")
    #expect(again.status == 2)
    #expect(again.stderr.contains("already exists; nothing was written"))
    #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me\n")
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine.yaml").path))
  }
}
