import Foundation
import TestSupport
import Testing

/// One-letter slips through the built binary, which reads the system's English word list
/// (Debian's `wamerican`, installed by `make test` and named in the package's Depends).
@Suite struct TypoToleranceTests {
  @Test func aMisspelledWordReachesTheRulesAndTheTranscriptKeepsWhatWasTyped() throws {
    let coach = try BinaryRunner()
    let answer = "I never get to scedule our meetings"
    let result = try coach.run(
      ["practice", "time-management"] + BundledSafetyTests.bundledOptions, input: "\(answer)\n")
    #expect(result.stderr == "")
    let file = try #require(coach.sessionFiles().first)
    let answered = try EndToEnd.events(in: file).filter { $0["type"] as? String == "answered" }
    #expect(answered.first?["input"] as? String == answer)
    #expect((answered.first?["tags"] as? [String])?.contains("time.no-protected-time") == true)
  }

  @Test func explainShowsTheCorrectedWordsAndLeavesRealWordsAlone() throws {
    let coach = try BinaryRunner()
    for (text, normalized) in [
      ("we meet propably once a month", "we meet probably once a month"),
      ("I might be right about the night", "i might be right about the night"),
    ] {
      let result = try coach.run(
        ["explain", "time-management", "--json", text] + BundledSafetyTests.bundledOptions,
        input: "")
      #expect(result.status == 0, "\(result.stderr)")
      let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
      let json = try #require(object as? [String: Any])
      #expect(json["normalized"] as? String == normalized)
    }
  }
}
