import Foundation
import TestSupport
import Testing

/// Finding 11 of the hardening issue, the command-line part: a mistyped `--from` read as an
/// empty folder, control characters in titles, names and session ids reached the terminal raw,
/// and a 100 KB `--name` was accepted.
@Suite struct HostileInputTests {
  @Test(arguments: [["review", "list"], ["review", "report"], ["review", "search", "busy"]])
  func aMissingFromFolderIsAnError(_ command: [String]) throws {
    let coach = try BinaryRunner()
    let result = try coach.run(command + ["--from", "/nonexistent/sessions"], input: "")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "mentor-coach: --from /nonexistent/sessions: there is no such folder\n")
    let file = try coach.run(command + ["--from", EndToEnd.scenarioFile.path], input: "")
    #expect(file.status == 2)
    #expect(file.stderr.hasSuffix(": this is a file, not a folder of sessions\n"))
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var testDescription: String { message }
  }

  static let refusals = [
    Refusal(
      arguments: [
        "workshop", "first-meeting", "--participants", "Ana,Ben", "--title", "T\u{1B}[31m",
      ],
      message: "the workshop title contains a control character (\\u{1B})"),
    Refusal(
      arguments: ["workshop", "first-meeting", "--participants", "Ana,Be\nn"],
      message: "a participant's name contains a control character (\\u{0A})"),
    Refusal(
      arguments: ["workshop", "first-meeting", "--participants", "Ana", "--code", "W\u{9B}2J"],
      message: "the workshop code contains a control character (\\u{9B})"),
    Refusal(
      arguments: ["practice", "first-meeting", "--name", "Dana\u{202E}"],
      message: "the name (--name) contains a control character (\\u{202E})"),
    Refusal(
      arguments: ["practice", "first-meeting", "--name", String(repeating: "x", count: 102_400)],
      message: "the name (--name) is 102400 characters long; the limit is 100"),
  ]

  @Test(arguments: refusals)
  func controlCharactersAndHugeNamesAreRefusedBeforeASessionStarts(_ refusal: Refusal) throws {
    let coach = try BinaryRunner()
    let result = try coach.run(refusal.arguments + EndToEnd.fixtureOptions, input: "I am busy\n")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("mentor-coach: \(refusal.message)"), "\(result.stderr)")
    #expect(!result.stderrData.contains(0x1B))
    #expect(coach.sessionFiles().isEmpty)
  }

  @Test func aSessionIDWithAnEscapeSequenceIsShownEscaped() throws {
    let coach = try BinaryRunner()
    #expect(try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers).status == 0)
    for command in [
      ["review", "show", "\u{1B}[2J"], ["review", "export", "\u{1B}]52;c;aGk=\u{07}"],
    ] {
      let result = try coach.run(command, input: "")
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("mentor-coach: no session matches '\\u{1B}"))
      #expect(!result.stderrData.contains(0x1B) && !result.stderrData.contains(0x07))
    }
    let usage = try coach.run(["review", "list", "--bogus\u{1B}[2J"], input: "")
    #expect(usage.status == 2)
    #expect(!usage.stderrData.contains(0x1B))
  }

  @Test func validateReportsALoopWithNoWayToTheEnd() throws {
    let coach = try BinaryRunner()
    let file = coach.folder.appendingPathComponent("loop.yaml")
    try Data(
      """
      id: loop
      title: Round and round
      area: time
      summary: Two steps that only lead to each other.
      minutes: 5
      version: 1
      steps:
        - id: ask
          question: What is on your mind?
          next: again
        - id: again
          question: And what else?
          next: ask
        - id: done
          end: true

      """.utf8
    ).write(to: file)
    let result = try coach.run(
      ["validate", file.path, "--prompts", EndToEnd.prompts.path], input: "")
    #expect(
      result.stderr.contains(
        "loop.yaml:8:5: warning: steps 'ask' and 'again' lead only to one another, never to a step with 'end: true'"
      ), "\(result.stderr)")
    #expect(result.stderr.contains("[no-way-to-end]"))
    #expect(result.stdout.hasPrefix("1 scenario file checked: 0 errors, "))
  }

  @Test func anOverLongAnswerIsCutWithAWordAndTheRestOfTheSessionGoesOn() throws {
    let coach = try BinaryRunner()
    let words =
      "I am so busy with clinic " + (0..<20_000).map { "word\($0)" }.joined(separator: " ")
    #expect(words.count > 65_536)
    let result = try coach.run(
      EndToEnd.practice(), input: words + "\n5\n1\nI will email them tomorrow\n")
    #expect(result.status == 0, "\(result.stderr)")
    let kept = String(words.prefix(65_536))
    let last = kept.split(separator: " ").suffix(6).joined(separator: " ")
    #expect(
      result.stdout.contains(
        "That answer ran to \(words.count / 1000),\(String(words.count % 1000 + 1000).dropFirst()) characters"
      ), "\(result.stdout.prefix(400))")
    #expect(result.stdout.contains("at most 65,536"))
    #expect(result.stdout.contains("“…\(last)”"))
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.inputs(events).first == kept)
    #expect(EndToEnd.types(events).last == "ended")
  }

  /// Found by `make fuzz`: `{0}` in a reply stopped `validate` with "Index out of range".
  @Test func validateReportsAReplyCaptureZeroInsteadOfCrashing() throws {
    let coach = try BinaryRunner()
    let file = EndToEnd.repository.appendingPathComponent(
      "Fuzz/corpus/scenario/crash-reply-capture-zero.yaml")
    let result = try coach.run(
      ["validate", file.path, "--prompts", EndToEnd.prompts.path], input: "")
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: the reply uses {0} but the pattern has"))
    #expect(!result.stderr.contains("crashed"))
  }
}
