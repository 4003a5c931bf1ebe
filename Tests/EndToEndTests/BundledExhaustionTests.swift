import Foundation
import TestSupport
import Testing

/// The mentor's own exhaustion through pipes, with the bundled `Prompts/` and `Scenarios/`:
/// the exchange issue 7 quotes is acknowledged before the coach goes on, without a pause.
@Suite struct BundledExhaustionTests {
  @Test func theQuotedExhaustionIsAcknowledgedThenTheSessionGoesOn() throws {
    let coach = try BinaryRunner()
    let answer = "Honestly I'm burnt out… I don't think I have anything left to give a mentee."
    let result = try coach.run(
      ["practice", "time-management"] + BundledSafetyTests.bundledOptions,
      input: "My mentee keeps cancelling\n4\n\(answer)\n")
    #expect(result.stderr == "")
    // The printer wraps long paragraphs: compare with the line breaks taken out.
    let stdout = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let acknowledgements = [
      "Running on empty is hard, and it matters",
      "That sounds exhausting, and I am glad you said it",
    ]
    let said = try #require(acknowledgements.first { stdout.contains($0) })
    #expect(!stdout.contains("Would you like to pause this session here?"))
    #expect(!stdout.contains("not a crisis service"))
    // The coach goes on after the acknowledgement: more is printed after it.
    let after = try #require(stdout.range(of: said)).upperBound
    #expect(stdout[after...].contains("?"))
    let file = try #require(coach.sessionFiles().first)
    let events = try EndToEnd.events(in: file)
    #expect(!events.contains { $0["type"] as? String == "safety" })
    let answered = events.filter { $0["type"] as? String == "answered" }
    let tags = answered.compactMap { $0["tags"] as? [String] }.flatMap { $0 }
    #expect(tags.contains("wellbeing.exhaustion"))
    let acknowledged = events.filter {
      ($0["rule"] as? String)?.hasPrefix("acknowledge:wellbeing.exhaustion") == true
    }
    #expect(acknowledged.count == 1)
    #expect((acknowledged.first?["tags"] as? [String]) == ["wellbeing.exhaustion"])
    #expect((acknowledged.first?["text"] as? String)?.contains(said) == true)
  }

  @Test func explainReportsTheExhaustionTag() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["explain", "boundaries", "--json", "I'm running on fumes"]
        + BundledSafetyTests.bundledOptions, input: "")
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let json = try #require(object as? [String: Any])
    #expect((json["tags"] as? [String])?.contains("wellbeing.exhaustion") == true)
  }
}
