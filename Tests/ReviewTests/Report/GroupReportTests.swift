import Foundation
import Review
import TestSupport
import Testing
import Transcript

@Suite struct GroupReportTests {
  private func report(redacts: Bool = false, participant: String? = nil) throws -> GroupReport {
    GroupReport(
      logs: [try Samples.practice(), try Samples.workshop()], title: "W-42",
      tagNames: ["doubt.impostor": "feeling like a fraud"], redacts: redacts,
      participant: participant, problems: ["x.jsonl: skipped: it is not a MentorCoach transcript"])
  }

  @Test func countsSessionsCompletionAndPeople() throws {
    let report = try report()
    #expect(
      report.sessions.map(\.id) == [
        "20261125-140300-self-doubt-00ab", "20261125-153000-boundaries-1f2e",
      ])
    #expect(report.sessions.map(\.people) == [["Dana"], ["Ana", "Ben"]])
    #expect(report.sessions.map(\.answers) == [4, 3])
    #expect(report.finishedCount == 1)
    #expect(report.peopleCount == 3)
  }

  @Test func takesRatingsFromFirstAndLastScaleAnswersAtDifferentSteps() throws {
    let ratings = try report().ratings
    #expect(ratings.map(\.person) == ["Dana"])
    #expect(ratings.map(\.before) == [4])
    #expect(ratings.map(\.after) == [7])
    #expect(ratings.map(\.change) == [3])
  }

  @Test func takesNextStepsFromTheNextStepStepElseTheTag() throws {
    #expect(try report().nextSteps.map(\.text) == ["=SUM(A1) book a meeting"])
    let workshopOnly = GroupReport(logs: [try Samples.workshop()])
    #expect(workshopOnly.nextSteps.map(\.text) == ["Mute the phone at 8pm"])
  }

  @Test func countsThemesInPlainWordsLeavingOutSafetyAndExtensionTags() throws {
    let themes = try report().themes
    #expect(
      themes.map(\.label) == [
        "boundary.availability", "boundary.dual-role", "feeling like a fraud",
      ])
    #expect(themes.map(\.answers) == [2, 1, 1])
    #expect(themes.map(\.people) == [1, 1, 1])
  }

  @Test func listsSafetyEventsWithTheirPerson() throws {
    let safety = try report().safety
    #expect(safety.map(\.person) == ["Ben"])
    #expect(safety.map(\.text) == ["I can't go on"])
  }

  @Test func putsEveryAnswerOfAStepSideBySide() throws {
    let steps = try report().steps
    #expect(
      steps.map(\.id) == [
        "rating-before", "opening", "next-step", "rating-after", "opening", "plans",
      ])
    let opening = try #require(steps.first { $0.scenario == "boundaries" && $0.id == "opening" })
    #expect(opening.question == "What is hard?")
    #expect(opening.entries.map(\.person) == ["Ana", "Ben"])
  }

  @Test func redactsNamesAndDropsNotes() throws {
    let report = try report(redacts: true)
    #expect(report.isRedacted)
    #expect(report.notes.isEmpty)
    #expect(
      report.sessions.flatMap(\.people) == ["Participant 1", "Participant 2", "Participant 3"])
    #expect(report.safety.map(\.person) == ["Participant 3"])
    #expect(try self.report().notes.map(\.text) == ["ask my supervisor"])
  }

  @Test func keepsOnlyTheParticipantAskedFor() throws {
    let report = try report(participant: "ben")
    #expect(report.steps.flatMap(\.entries).map(\.person).allSatisfy { $0 == "Ben" })
    #expect(report.safety.count == 1)
    #expect(
      try self.report(redacts: true, participant: "Ben").safety.map(\.person) == ["Participant 3"])
  }

  @Test func rendersMarkdown() throws {
    let text = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(try report())
    assertSnapshot(text, named: "report", pathExtension: "md")
  }
}
