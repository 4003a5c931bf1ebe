import CoachKit
import Foundation
import TestSupport
import Testing

/// `mode: doctor` orders the keywords of a clause on DOCTOR's keystack.
///
/// The standard mode sorts them by rank. Each expectation is worked out by hand from the
/// published algorithm.
@Suite struct DoctorKeystackTests {
  struct Turn: CustomTestStringConvertible, Sendable {
    var answer: String
    /// DOCTOR's stack, top first, and the reply of its first keyword that replies.
    var doctor: String
    /// By rank: garden 5, season 3, weather 0.
    var standard: String
    var testDescription: String { answer }
  }

  static let weather = "DOES THE WEATHER CHANGE HOW YOU FEEL?"
  static let season = "WHAT DOES THAT SEASON BRING FOR YOU?"

  static let turns = [
    // garden (5); weather 0 is not above 5: bottom; season 3 is not above 5: bottom.
    // Stack: garden, weather, season. garden passes (NEWKEY): weather replies.
    Turn(answer: "the garden in this weather before the season", doctor: weather, standard: season),
    // weather (0); season 3 > 0: top; garden 5 > 3: top. Stack: garden, season, weather.
    Turn(answer: "the weather this season in the garden", doctor: season, standard: season),
    // weather (0); garden 5 > 0: top; season 3 is not above 5: bottom.
    // Stack: garden, weather, season.
    Turn(answer: "the weather in the garden this season", doctor: weather, standard: season),
  ]

  static func script(mode: String) throws -> Scenario {
    let text = try fixtureText("scripts/keystack.yaml")
      .replacingOccurrences(of: "mode: doctor", with: "mode: \(mode)")
    return try scenario(text, path: "keystack.yaml")
  }

  @Test(arguments: turns)
  func triesKeywordsInKeystackOrder(_ turn: Turn) throws {
    var engine = startedEngine(try Self.script(mode: "doctor"))
    #expect(engine.say(turn.answer).first { $0.kind == .reply }?.text == turn.doctor)
  }

  @Test(arguments: turns)
  func theStandardModeSortsByRank(_ turn: Turn) throws {
    var engine = startedEngine(try Self.script(mode: "standard"))
    #expect(engine.say(turn.answer).first { $0.kind == .reply }?.text == turn.standard)
  }

  @Test func refusesAnUnknownMode() throws {
    let (_, diagnostics) = try compile(
      try fixtureText("scripts/keystack.yaml").replacingOccurrences(
        of: "mode: doctor", with: "mode: eliza"))
    #expect(diagnostics.map(\.message) == ["'mode' should be 'standard' or 'doctor'"])
  }
}
