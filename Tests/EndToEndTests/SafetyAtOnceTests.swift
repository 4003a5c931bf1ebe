import Foundation
import TestSupport
import Testing

/// The theme and safety rules compile on another thread while the first question is shown;
/// the first answer waits for them, so an answer that is already in the pipe before the
/// program reads anything still meets the safety net, and rules with errors stop the session
/// before any answer is read.
@Suite struct SafetyAtOnceTests {
  @Test(arguments: 1...3)
  func aCrisisLineAlreadyInThePipeMeetsTheSafetyNet(run: Int) throws {
    let coach = try BinaryRunner()
    let bundled = ["Prompts", "Scenarios"].map {
      EndToEnd.repository.appendingPathComponent($0).path
    }
    let result = try coach.run(
      ["practice", "self-doubt", "--prompts", bundled[0], "--scenarios", bundled[1]],
      input: "I want to kill myself\nno\n")
    #expect(result.status == 0, "\(result.stderr)")
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(EndToEnd.types(events).contains("safety"))
    #expect(
      events.contains { $0["type"] as? String == "said" && $0["kind"] as? String == "safety" })
  }

  @Test func brokenSafetyRulesStopTheSessionBeforeTheFirstAnswer() throws {
    let coach = try BinaryRunner()
    let prompts = coach.folder.appendingPathComponent("prompts")
    try FileManager.default.copyItem(at: EndToEnd.prompts, to: prompts)
    let safety = prompts.appendingPathComponent("safety.yaml")
    let text = try String(contentsOf: safety, encoding: .utf8)
    #expect(text.contains("@end"))
    try text.replacingOccurrences(of: "@end", with: "@nosuchconcept")
      .write(to: safety, atomically: true, encoding: .utf8)
    let result = try coach.run(
      [
        "practice", "first-meeting", "--prompts", prompts.path, "--scenarios",
        EndToEnd.fixtures.path,
      ],
      input: "I want to end it all\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("safety.yaml:"))
    #expect(result.stderr.contains("nosuchconcept"))
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(!EndToEnd.types(events).contains("received"))
    #expect(EndToEnd.inputs(events).isEmpty)
  }
}
