import Foundation
import Testing

@testable import CoachKit

/// One-letter slips put right against the rules' words, never real words.
@Suite struct TypoCorrectorTests {
  static let corrector = TypoCorrector(
    vocabulary: ["probably", "schedule", "night", "advice", "cancel", "mentor", "tired"],
    isWord: { ["right", "might", "light", "tried", "advise", "quiet", "night"].contains($0) })

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var keys: String
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "propably", keys: "probably"),
    Case(text: "scedule", keys: "schedule"),
    Case(text: "shcedule", keys: "schedule"),
    Case(text: "scheddule", keys: "schedule"),
    Case(text: "bad advise", keys: "bad advice"),
    Case(text: "I advise her", keys: "i advise her"),
    Case(text: "right might light", keys: "right might light"),
    Case(text: "tried", keys: "tried"),
    Case(text: "nigth", keys: "night"),
    Case(text: "mentr", keys: "mentor"),
    Case(text: "cancl", keys: "cancel"),
  ]

  @Test(arguments: cases)
  func putsRightSlipsAndLeavesRealWords(_ example: Case) {
    let tokens = example.text.lowercased().split(separator: " ").map {
      Token(key: String($0), surface: String($0))
    }
    let corrected = Self.corrector.correct(tokens)
    #expect(corrected.map(\.key).joined(separator: " ") == example.keys)
    #expect(corrected.map(\.surface).joined(separator: " ") == example.keys)
  }

  @Test func withoutAWordListNothingChanges() {
    let plain = TypoCorrector(vocabulary: ["probably"], isWord: nil)
    #expect(plain.correct([Token(key: "propably", surface: "propably")]).first?.key == "propably")
  }

  @Test func twoCandidatesAreTooCloseToCall() {
    let corrector = TypoCorrector(vocabulary: ["shift", "shirt"], isWord: { $0 == "the" })
    #expect(corrector.correction(of: "shidt", after: "") == nil)
  }

  @Test func oneEditApart() {
    for (first, second, apart) in [
      ("abcde", "abcdf", true), ("abcde", "abdce", true), ("abcde", "abcd", true),
      ("abcde", "xabcde", true), ("abcde", "abxye", false), ("abcde", "abcdefg", false),
    ] {
      #expect(TypoCorrector.isOneEditApart(Array(first), Array(second)) == apart)
    }
  }
}
