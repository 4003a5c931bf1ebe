import Foundation
import TestSupport
import Testing

/// Numbers and choices typed as people type them, through pipes with the bundled content:
/// a number inside a sentence at a scale, a choice by its words, and an unclear or
/// out-of-range answer asked again (with the offer to skip after the third).
@Suite struct NumbersAndChoicesTests {
  /// Runs `practice self-doubt` with these lines and returns stdout (unwrapped) and events.
  static func run(_ lines: [String]) throws -> (String, [[String: Any]]) {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["practice", "self-doubt"] + BundledSafetyTests.bundledOptions,
      input: lines.joined(separator: "\n") + "\n")
    #expect(result.stderr == "")
    let file = try #require(coach.sessionFiles().first)
    let stdout = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return (stdout, try EndToEnd.events(in: file))
  }

  static func answers(_ events: [[String: Any]], at step: String) -> [[String: Any]] {
    events.filter { $0["type"] as? String == "answered" && $0["step"] as? String == step }
  }

  @Test func aNumberInsideASentenceIsTheRatingAndUnclearOnesAreAskedAgain() throws {
    let (stdout, events) = try Self.run([
      "I feel like a fraud", "3 or 4", "12", "propably a 4, i'm ok at it",
    ])
    let ratings = Self.answers(events, at: "rating-before")
    #expect(ratings.map { $0["accepted"] as? Bool } == [false, false, true])
    #expect(ratings.last?["value"] as? Int == 4)
    let retry = "Please give one whole number from 1 (not at all confident) to 7"
    #expect(stdout.components(separatedBy: retry).count == 3)
    #expect(stdout.contains("What would you like to be different by the end of this practice?"))
  }

  @Test func aChoiceByItsWordsOrPlaceAndTwoChoicesAreAskedAgain() throws {
    let (stdout, events) = try Self.run([
      "I feel like a fraud", "4 still", ":skip", ":skip", ":skip",
      "the first or the second", "comparing myself with others",
    ])
    #expect(Self.answers(events, at: "rating-before").last?["value"] as? Int == 4)
    let choices = Self.answers(events, at: "lens")
    #expect(choices.map { $0["accepted"] as? Bool } == [false, true])
    #expect(choices.last?["value"] as? Int == 2)
    #expect(
      stdout.contains("Please pick one of the choices: its number, from 1 to 3, or its words."))
    #expect(stdout.contains("What does the mentor you admire actually do"))
  }

  @Test func theThirdUnclearChoiceOffersToSkip() throws {
    let (stdout, events) = try Self.run([
      "I feel like a fraud", "probably a 4", ":skip", ":skip", ":skip", "1 or 2", "both",
      "all of them", "the second one",
    ])
    let choices = Self.answers(events, at: "lens")
    #expect(choices.map { $0["accepted"] as? Bool } == [false, false, false, true])
    #expect(choices.last?["value"] as? Int == 2)
    #expect(stdout.components(separatedBy: "type :skip and we will carry on").count == 2)
  }
}
