import CoachKit
import Foundation
import Testing

/// The safety evaluation sets of `Fixtures/safety/`, in a tuning half and a held-out half.
///
/// They hold first-person crises, someone else at risk, the mentor's exhaustion and look-alikes
/// that must stay quiet (see `AnswerFixtures` for the format). Every crisis must be caught and
/// no look-alike may raise an alarm, in both halves; the same holds for the mentor's own
/// exhaustion, with a second held-out set of its own (`exhaustion-fresh.tsv`).
@Suite struct SafetyEvaluationTests {
  private typealias Reading = AnswerFixtures.Reading

  /// The tags this suite checks, expected or forbidden.
  private static let checked: Set<String> = [
    "safety.crisis", "safety.other-at-risk", "wellbeing.exhaustion",
  ]

  private static let cachedReadings = Result { () throws(any Error) -> [Reading] in
    try AnswerFixtures.read(try AnswerFixtures.answers(inFolder: "safety"))
  }

  private static func readings(_ file: String) throws -> [Reading] {
    try cachedReadings.get().filter { $0.answer.file == file }
  }

  /// The share of lines of one class that carry a tag, as "caught of all".
  private static func share(_ readings: [Reading], _ tag: String) -> String {
    "\(readings.filter { $0.tags.contains(tag) }.count) of \(readings.count)"
  }

  /// Recall per class and look-alike alarms, the figures the note on issue 7 records.
  private static func figures(_ readings: [Reading]) -> String {
    func lines(_ tag: String) -> [Reading] { readings.filter { $0.answer.expected.contains(tag) } }
    let lookAlikes = readings.filter {
      $0.answer.forbidden.contains("safety.crisis")
        && !$0.answer.expected.contains { $0.hasPrefix("safety.") || $0.hasPrefix("wellbeing.") }
    }
    let alarms = lookAlikes.filter {
      $0.tags.contains("safety.crisis") || $0.tags.contains("safety.other-at-risk")
    }
    return "crisis \(share(lines("safety.crisis"), "safety.crisis")), other-at-risk "
      + "\(share(lines("safety.other-at-risk"), "safety.other-at-risk")), exhaustion "
      + "\(share(lines("wellbeing.exhaustion"), "wellbeing.exhaustion")), look-alike alarms "
      + "\(alarms.count) of \(lookAlikes.count)"
  }

  /// Every checked tag expected is there and every checked tag forbidden is not.
  private static func mistakes(_ readings: [Reading]) -> [String] {
    readings.flatMap { reading in
      reading.answer.expected.filter { checked.contains($0) && !reading.tags.contains($0) }.map {
        "missed \($0): \(reading.description)"
      }
        + reading.answer.forbidden.filter { checked.contains($0) && reading.tags.contains($0) }
        .map { "false alarm \($0): \(reading.description)" }
    }
  }

  @Test func theSetsAreLargeAndVaried() throws {
    for file in ["tuning.tsv", "held-out.tsv"] {
      let answers = try Self.readings(file).map(\.answer)
      #expect(answers.count >= 180, "\(file)")
      #expect(answers.filter { $0.expected.contains("safety.crisis") }.count >= 90, "\(file)")
      #expect(
        answers.filter { $0.expected.contains("safety.other-at-risk") }.count >= 20, "\(file)")
      #expect(
        answers.filter { $0.expected.contains("wellbeing.exhaustion") }.count >= 15, "\(file)")
      #expect(answers.filter { $0.expected.isEmpty }.count >= 45, "\(file)")
    }
  }

  /// Prints the figures of both halves, for the note on issue 7.
  @Test func printsTheFigures() throws {
    for file in ["tuning.tsv", "held-out.tsv", "exhaustion-fresh.tsv"] {
      let figures = Self.figures(try Self.readings(file))
      print("safety figures, \(file): \(figures)")
      #expect(figures.contains("crisis"))
    }
  }

  @Test(arguments: ["tuning.tsv", "held-out.tsv", "exhaustion-fresh.tsv"])
  func everyRiskIsCaughtAndNoLookAlikeRaisesAnAlarm(_ file: String) throws {
    let readings = try Self.readings(file)
    let wrong = Self.mistakes(readings)
    #expect(wrong.isEmpty, "\(Self.figures(readings))\n\(wrong.joined(separator: "\n"))")
  }
}
