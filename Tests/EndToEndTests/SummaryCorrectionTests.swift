import Foundation
import TestSupport
import Testing

/// At the end of a practice the mentor may correct the goal and the next step before the
/// session is saved; review and the report show the final words.
@Suite struct SummaryCorrectionTests {
  static let bundled = [
    "--prompts", EndToEnd.repository.appendingPathComponent("Prompts").path,
    "--scenarios", EndToEnd.repository.appendingPathComponent("Scenarios").path,
  ]

  /// Answers that walk `time-management` to its summary.
  static let walk = [
    "My clinic always overruns and the on-call rota eats everything", "3",
    "I want to find a rhythm we can actually keep", "I had to cancel twice because of nights",
    "2", "She could book the meetings and send an agenda the week before",
    "I'll rebook in the same message whenever I have to cancel",
    "I will send her a recurring calendar invite on Friday", "monday", "6",
  ]

  private func practise(_ coach: BinaryRunner, then ending: [String]) throws
    -> BinaryRunner
    .Result
  {
    let input = (Self.walk + ending).map { $0 + "\n" }.joined()
    return try coach.run(
      ["practice", "time-management", "--name", "Dana"] + Self.bundled, input: Data(input.utf8))
  }

  @Test func aCorrectedNextStepIsLoggedShownAndReported() throws {
    let coach = try BinaryRunner()
    let result = try practise(
      coach, then: ["2", "Send her the invite before Thursday", "1", "A rhythm we both keep", ""])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Type 1 to change your goal or 2 to change"))
    #expect(result.stdout.contains("Your next step: \"I will send her a recurring"))
    #expect(!result.stdout.contains("Your next step: \"monday\""), "an afterthought is quoted")
    #expect(result.stdout.contains("Your next step: \"Send her the invite before Thursday\""))
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    let types = EndToEnd.types(events)
    #expect(Array(types.suffix(5)) == ["edited", "said", "edited", "said", "ended"])
    let edits = events.filter { $0["type"] as? String == "edited" }
    #expect(edits.map { $0["step"] as? String } == ["next-step", "goal"])
    #expect(
      edits.map { $0["text"] as? String }
        == ["Send her the invite before Thursday", "A rhythm we both keep"])

    let session = file.deletingPathExtension().lastPathComponent
    let show = try coach.run(["review", "show", session] + Self.bundled, input: "")
    let lastSummary = try #require(show.stdout.components(separatedBy: "Your next step:").last)
    #expect(lastSummary.hasPrefix(" \"Send her the invite before Thursday\""))
    let report = try coach.run(["review", "report", "--format", "md"] + Self.bundled, input: "")
    let nextSteps = try #require(
      report.stdout.components(separatedBy: "## Next steps").last?
        .components(separatedBy: "## ").first)
    #expect(nextSteps.contains("**Dana:** Send her the invite before Thursday"))
    #expect(!nextSteps.contains("recurring calendar invite on Friday"))
    #expect(report.stdout.contains("**Dana:** A rhythm we both keep"))
  }

  @Test func enterSavesTheSummaryAsItIs() throws {
    let coach = try BinaryRunner()
    let result = try practise(coach, then: [""])
    #expect(result.status == 0)
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(!EndToEnd.types(events).contains("edited"))
    #expect(EndToEnd.types(events).last == "ended")
  }
}
