import Foundation
import TestSupport
import Testing

/// The bundled safety net through pipes, with the bundled `Prompts/` and `Scenarios/`: the
/// wording issue 7 quotes gets the safety reply, the pause question and a `safety` event.
@Suite struct BundledSafetyTests {
  /// `--prompts` and `--scenarios` for the bundled content.
  static let bundledOptions = [
    "--prompts", EndToEnd.repository.appendingPathComponent("Prompts").path,
    "--scenarios", EndToEnd.repository.appendingPathComponent("Scenarios").path,
  ]

  @Test func passiveWordingIsCaughtAndRecordedAsTheMentorsOwnCrisis() throws {
    let coach = try BinaryRunner()
    let answer = "Honestly? I keep thinking it would be easier if I wasn't around."
    let result = try coach.run(
      ["practice", "time-management"] + Self.bundledOptions, input: "\(answer)\nno\n")
    #expect(result.stderr == "")
    #expect(result.stdout.contains("This is a practice tool, not a crisis service"))
    #expect(result.stdout.contains("Would you like to pause this session here?"))
    #expect(result.stdout.contains("All right, we will carry on, gently."))
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    let safety = events.filter { $0["type"] as? String == "safety" }
    #expect(safety.count == 1)
    #expect(safety.first?["input"] as? String == answer)
    #expect(safety.first?["tags"] as? [String] == ["safety.crisis"])
  }
}
