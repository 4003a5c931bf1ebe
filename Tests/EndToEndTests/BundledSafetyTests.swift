import Foundation
import TestSupport
import Testing

/// The bundled safety nets through pipes, with the bundled `Prompts/` and `Scenarios/`.
///
/// The wording issue 7 quotes gets the safety reply and the pause question, or for someone
/// else at risk the act-today guidance, and a `safety` event of the right kind.
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

  @Test func someoneElseAtRiskGetsActTodayGuidanceAndTheSessionGoesOn() throws {
    let coach = try BinaryRunner()
    let answer = "my patient told me he wants to end it all"
    let result = try coach.run(
      ["practice", "self-doubt"] + Self.bundledOptions, input: "\(answer)\n")
    #expect(result.stderr == "")
    #expect(result.stdout.contains("Please act on it today"))
    #expect(result.stdout.contains("Your duty of care comes before confidentiality"))
    #expect(!result.stdout.contains("Would you like to pause this session here?"))
    #expect(!result.stdout.contains("So your mentee wants to end it all"))
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    let safety = events.filter { $0["type"] as? String == "safety" }
    #expect(safety.count == 1)
    #expect(safety.first?["kind"] as? String == "other-at-risk")
    #expect((safety.first?["tags"] as? [String])?.contains("safety.other-at-risk") == true)
    let pauses = events.filter { $0["type"] as? String == "paused" }
    #expect(!pauses.contains { $0["reason"] as? String == "safety" }, "\(pauses)")
    // The question is asked again after the guidance.
    let questions = events.filter {
      $0["type"] as? String == "said" && $0["kind"] as? String == "question"
    }
    #expect(questions.count >= 2)
    #expect(questions.last?["text"] as? String == questions.first?["text"] as? String)
  }

  @Test func explainReportsTheSafetyTagsAsJSON() throws {
    let coach = try BinaryRunner()
    for (text, tag) in [
      ("my mentee told me she wants to die", "safety.other-at-risk"),
      ("I am a burden to everyone", "safety.crisis"),
    ] {
      let result = try coach.run(
        ["explain", "time-management", "--json", text] + Self.bundledOptions, input: "")
      #expect(result.status == 0, "\(result.stderr)")
      let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      let json = try #require(object as? [String: Any])
      #expect((json["tags"] as? [String])?.contains(tag) == true, "\(text)")
      #expect(json["other-at-risk"] as? Bool == (tag == "safety.other-at-risk"))
    }
  }
}
