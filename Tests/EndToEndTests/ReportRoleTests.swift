import Foundation
import TestSupport
import Testing

/// A step's `report:` role reaches the transcript and, through it, the group report.
@Suite struct ReportRoleEndToEndTests {
  @Test func theNextStepRoleIsRecordedAndReported() throws {
    let coach = try BinaryRunner()
    let practice = try coach.run(EndToEnd.practice(), input: EndToEnd.fullAnswers)
    #expect(practice.status == 0, "\(practice.stderr)")
    let file = try #require(coach.sessionFiles().first)
    let answers = EndToEnd.answers(try EndToEnd.events(in: file))
    #expect(answers.map { $0["report"] as? String } == [nil, nil, nil, "next-step"])
    let report = try coach.run(["review", "report", "--format", "md"], input: "")
    #expect(report.status == 0, "\(report.stderr)")
    #expect(
      report.stdout.contains("## Next steps\n\n- **Anonymous:** I will email them tomorrow\n"))
  }
}

/// What an `answered` event records so that a report reads right without the scenario file.
@Suite struct AnsweredEventFieldsTests {
  @Test func scalesChoicesAndTheSafetyDecisionAreRecorded() throws {
    let coach = try BinaryRunner()
    let answers =
      "I sometimes think I want to die\nno\nthe rota is brutal\n4\nTo meet monthly\n"
      + "nights again\n2\n"
    let practice = try coach.run(
      ["practice", "time-management"] + BundledSafetyTests.bundledOptions, input: answers)
    #expect(practice.status == 0, "\(practice.stderr)")
    let file = try #require(coach.sessionFiles().first)
    let answered = EndToEnd.answers(try EndToEnd.events(in: file))
    let decision = try #require(answered.first { $0["input"] as? String == "no" })
    #expect(decision["decision"] as? String == "safety-pause")
    #expect(decision["value"] as? Int == 2)
    let scale = try #require(answered.first { $0["step"] as? String == "rating-before" })
    let range = try #require(scale["scale"] as? [String: Any])
    #expect(range["min"] as? Int == 1 && range["max"] as? Int == 7)
    #expect(range["low"] as? String == "not at all clear")
    #expect(range["high"] as? String == "clear and agreed")
    let choice = try #require(answered.first { $0["step"] as? String == "rhythm" })
    #expect(choice["label"] as? String == "A longer meeting once a month")
    #expect(answered.filter { $0["decision"] != nil }.count == 1)
  }
}
