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
