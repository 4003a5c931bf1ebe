import CoachKit
import Foundation
import Testing

/// Runs the realistic mentor answers of `Fixtures/answers/*.tsv` (see `AnswerFixtures`) and
/// checks that the shared theme rules and the safety net recognise them.
@Suite struct BundledPromptsRecognitionTests {
  private typealias Reading = AnswerFixtures.Reading

  private static func answers() throws -> [AnswerFixtures.Answer] {
    let answers = try AnswerFixtures.answers(inFolder: "answers")
    #expect(answers.contains { $0.file == "mentor-answers.tsv" })
    return answers
  }

  /// Every answer read once, shared by the tests below.
  private static let cachedReadings = Result { () throws(any Error) -> [Reading] in
    try AnswerFixtures.read(try answers())
  }

  private static func readings() throws -> [Reading] { try cachedReadings.get() }

  private static func describe(_ reading: Reading) -> String { reading.description }

  @Test func theAnswersFileIsVaried() throws {
    let answers = try Self.answers()
    #expect(answers.filter { $0.file == "mentor-answers.tsv" }.count >= 150)
    let crises = answers.filter { $0.expected.contains("safety.crisis") }
    let lookAlikes = answers.filter { $0.forbidden.contains("safety.crisis") }
    #expect(crises.count >= 25)
    #expect(lookAlikes.count >= 25)
    let negated = answers.filter {
      !$0.forbidden.isEmpty && !$0.forbidden.contains("safety.crisis")
    }
    #expect(negated.count >= 20)
  }

  @Test func recognisesAtLeastNinetyFivePercentOfTheExpectedTags() throws {
    let readings = try Self.readings()
    var expected = 0
    var missed: [String] = []
    for reading in readings {
      for tag in reading.answer.expected {
        expected += 1
        if !reading.tags.contains(tag) { missed.append("missed \(tag): \(Self.describe(reading))") }
      }
    }
    let recall = Double(expected - missed.count) / Double(max(expected, 1))
    #expect(
      recall >= 0.95,
      "recall \(recall) (\(expected - missed.count) of \(expected))\n\(missed.joined(separator: "\n"))"
    )
  }

  @Test func noForbiddenTagFires() throws {
    let violations = try Self.readings().flatMap { reading in
      reading.answer.forbidden.filter { reading.tags.contains($0) }.map {
        "forbidden \($0): \(Self.describe(reading))"
      }
    }
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  @Test func theSafetyNetCatchesExactlyTheFirstPersonCrises() throws {
    let wrong = try Self.readings().filter { reading in
      reading.answer.expected.contains("safety.crisis") != reading.tags.contains("safety.crisis")
    }.map { reading in
      let what = reading.answer.expected.contains("safety.crisis") ? "missed crisis" : "false alarm"
      return "\(what): \(Self.describe(reading))"
    }
    #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
  }
}
