import CoachKit
import Foundation
import TestSupport
import Testing

/// One-letter slips with the bundled prompts and scenarios and the system's English word list
/// (Debian's `wamerican`, which `make test` installs): the issue's misspellings reach the
/// rules, and no realistic answer gets a forbidden tag because of a correction.
@Suite struct BundledTypoTests {
  static let wordList = Result { () throws(any Error) -> Set<String> in
    let text = try String(contentsOfFile: "/usr/share/dict/american-english", encoding: .utf8)
    return Set(text.split(separator: "\n").filter { !$0.contains("'") }.map { $0.lowercased() })
  }

  static func scenario(_ id: String) throws -> Scenario {
    var shared = try BundledPrompts.prompts()
    let words = try wordList.get()
    shared.isEnglishWord = { words.contains($0) }
    let path = "Scenarios/\(id).yaml"
    let (scenario, _) = ScenarioCompiler.compile(
      try BundledPrompts.text(path), path: path, prompts: shared)
    return try #require(scenario)
  }

  @Test(arguments: [
    ("self-doubt", "I'm scared I'll give her bad advise and ruin her career", "doubt.fear-of-harm"),
    ("time-management", "I never get to scedule our meetings", "time.no-protected-time"),
    ("time-management", "we meet propably once a month", "time.plan"),
    ("self-doubt", "I felt like such a frawd", "doubt.impostor"),
  ])
  func misspelledWordsReachTheRules(_ id: String, _ text: String, _ tag: String) throws {
    let scenario = try Self.scenario(id)
    let explanation = Explanation(scenario: scenario, stepIndex: 0, text: text)
    #expect(explanation.interpretation.tags.contains(tag), "\(explanation.interpretation.tags)")
  }

  @Test func noRealisticAnswerGetsAForbiddenTagFromACorrection() throws {
    let scenario = try Self.scenario("time-management")
    var problems: [String] = []
    for answer in try AnswerFixtures.answers(inFolder: "answers")
      + AnswerFixtures.answers(inFolder: "safety")
    {
      let reading = Explanation(scenario: scenario, stepIndex: 0, text: answer.text)
      var tags = Set(reading.interpretation.tags)
      if reading.interpretation.safetyRule != nil { tags.insert("safety.crisis") }
      for tag in answer.forbidden where tags.contains(tag) {
        problems.append("\(answer.file):\(answer.line) \(answer.text) got \(tag)")
      }
      for tag in answer.expected where !tags.contains(tag) && tag.hasPrefix("safety.") {
        problems.append("\(answer.file):\(answer.line) \(answer.text) missed \(tag)")
      }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }
}
