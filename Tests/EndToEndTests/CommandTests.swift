import Foundation
import TestSupport
import Testing

/// The commands that do not run a session: `validate`, `list`, `explain` and `review`.
@Suite struct CommandTests {
  /// A scenario whose YAML is malformed on line 2, column 14.
  private static let brokenScenario = """
    id: broken
    title: Broken: really: broken
    steps: []

    """

  private static let brokenDiagnostic = """
    scenarios/broken.yaml:2:14: error: the YAML is malformed: mapping values are not allowed \
    in this context [yaml-syntax]
    """

  /// Writes the broken scenario into `scenarios/` of the runner's folder.
  private func writeBrokenScenario(for coach: BinaryRunner) throws {
    let folder = coach.folder.appendingPathComponent("scenarios")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.brokenScenario.utf8).write(to: folder.appendingPathComponent("broken.yaml"))
  }

  @Test func validatePointsAtTheMalformedYAMLAndFails() throws {
    let coach = try BinaryRunner()
    try writeBrokenScenario(for: coach)
    let result = try coach.run(
      ["validate", "scenarios/broken.yaml", "--prompts", EndToEnd.prompts.path], input: "")
    #expect(result.stdout == "1 scenario file checked: 1 error, 0 warnings\n")
    #expect(
      result.stderr == """
        \(Self.brokenDiagnostic)
        2 | title: Broken: really: broken
          |              ^

        """)
    #expect(result.status == 1)
  }

  @Test func validatePassesTheFixtureScenarioWarningOfItsEmptyReportSection() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["validate", EndToEnd.scenarioFile.path, "--prompts", EndToEnd.prompts.path], input: "")
    #expect(result.stdout == "1 scenario file checked: 0 errors, 1 warning\n")
    #expect(
      result.stderr.hasPrefix(
        "\(EndToEnd.scenarioFile.path):1:1: warning: no steps have 'report: rating-before' and 'report: rating-after', so the report will show no before and after ratings for this scenario [empty-report-section]\n"
      ))
    #expect(result.status == 0)
  }

  @Test func practiceOfAMalformedScenarioIsRefused() throws {
    let coach = try BinaryRunner()
    try writeBrokenScenario(for: coach)
    let result = try coach.run(
      ["practice", "broken", "--prompts", EndToEnd.prompts.path, "--scenarios", "scenarios"],
      input: EndToEnd.fullAnswers)
    #expect(result.stdout == "")
    #expect(result.stderr == Self.brokenDiagnostic + "\n")
    #expect(result.status == 2)
    #expect(coach.sessionFiles().isEmpty)
  }

  @Test func listShowsTheFixtureScenario() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(["list"] + EndToEnd.fixtureOptions, input: "")
    #expect(
      result.stdout == """
        ID             TITLE               AREA  LENGTH  FILE
        first-meeting  Your first meeting  time  10 min  \(EndToEnd.scenarioFile.path)

        """)
    #expect(result.stderr == "")
    #expect(result.status == 0)
  }

  @Test func explainListsEveryRuleConsideredOnlyWithTrace() throws {
    let coach = try BinaryRunner()
    let arguments =
      ["explain", "first-meeting", "I am so busy with clinic"] + EndToEnd.fixtureOptions
    let plain = try coach.run(arguments, input: "")
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("Winner:     busy"))
    #expect(!plain.stdout.contains("Rules considered:"))
    let traced = try coach.run(arguments + ["--trace"], input: "")
    #expect(traced.status == 0)
    #expect(traced.stdout.contains("Rules considered:"))
  }

  @Test func explainPrintsTheRuleTagsAndNextStepAsJSON() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["explain", "first-meeting", "--json", "I am so busy with clinic"]
        + EndToEnd.fixtureOptions, input: "")
    #expect(result.stderr == "")
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("}\n"))
    #expect(result.stdout.filter { $0 == "\n" }.count == 1)
    let object = try JSONSerialization.jsonObject(with: result.stdoutData)
    let json = try #require(object as? [String: Any])
    #expect(json["scenario"] as? String == "first-meeting")
    #expect(json["step"] as? String == "opening")
    #expect(json["input"] as? String == "I am so busy with clinic")
    #expect(json["rule"] as? String == "busy")
    #expect(json["next"] as? String == "confidence")
    #expect(json["reply"] as? String == "You sound busy. Let's keep it manageable.")
    #expect(json["safety"] as? Bool == false)
    #expect(Set(json["tags"] as? [String] ?? []) == ["time.overload", "time.clinical-conflict"])
    #expect(
      json["location"] as? String == EndToEnd.scenarioFile.path + ":18",
      "the rule 'busy' starts on line 18 of first-meeting.yaml")
  }

  @Test func reviewListsAndShowsASessionWithControlCharactersEscaped() throws {
    let coach = try BinaryRunner()
    let answer = "I worry \u{1B}[2J about \u{07} and \u{9B} things"
    let escaped = "I worry \\u{1B}[2J about \\u{07} and \\u{9B} things"
    let practice = try coach.run(EndToEnd.practice(), input: answer + "\n")
    #expect(practice.status == 0)
    #expect(practice.stdout.contains("> " + escaped + "\n"))
    Self.expectNoRawControls(practice.stdoutData)
    let file = try #require(coach.sessionFiles().first)
    #expect(EndToEnd.inputs(try EndToEnd.events(in: file)) == [answer])
    let session = file.deletingPathExtension().lastPathComponent
    let started = Self.startTime(of: session)

    let list = try coach.run(["review", "list", "--prompts", EndToEnd.prompts.path], input: "")
    #expect(list.stderr == "")
    #expect(list.status == 0)
    let listed = """
      STARTED           SCENARIO       WHO  ANSWERS  STATUS      SESSION
      \(started)  first-meeting  -          1  unfinished  \(session)
      """
    #expect(list.stdout.hasPrefix(listed + "\n"))
    #expect(list.stdout == listed + "\n")

    let show = try coach.run(
      ["review", "show", session, "--prompts", EndToEnd.prompts.path], input: "")
    #expect(show.stderr == "")
    #expect(show.status == 0)
    Self.expectNoRawControls(show.stdoutData)
    let shown = """
      Your first meeting
      Scenario: first-meeting, version 1
      Started:  \(started) · practice
      Session:  \(session)

      Coach: Let's plan your first meeting with your mentee.
      Coach: What worries you most about that first meeting?
      You: \(escaped)
      Coach: Tell me more about the meeting itself.
      (paused: eof)

      1 answer, unfinished
      """
    #expect(show.stdout.hasPrefix(shown + "\n"))
    #expect(show.stdout == shown + "\n")
  }

  /// `YYYY-MM-DD HH:MM` from a session id, whose name starts with the UTC start time; the
  /// runner sets `TZ=UTC`, so `review` shows the same time.
  private static func startTime(of session: String) -> String {
    let digits = Array(session.prefix(13))
    func part(_ range: Range<Int>) -> String { String(digits[range]) }
    return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8)) \(part(9..<11)):\(part(11..<13))"
  }

  /// Fails if the output holds a raw ESC, BEL, or the two-byte UTF-8 form of U+009B.
  private static func expectNoRawControls(_ output: Data) {
    let bytes = [UInt8](output)
    #expect(!bytes.contains(0x1B), "raw ESC in the output")
    #expect(!bytes.contains(0x07), "raw BEL in the output")
    let csi = zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B }
    #expect(!csi, "raw U+009B in the output")
  }
}
