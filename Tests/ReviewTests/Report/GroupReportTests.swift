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
    #expect(try self.report().notes.isEmpty, "notes are private unless asked for")
    let asked = GroupReport(
      logs: [try Samples.practice(), try Samples.workshop()], includesNotes: true)
    #expect(asked.notes.map(\.text) == ["ask my supervisor"])
    let askedButRedacted = GroupReport(
      logs: [try Samples.practice()], redacts: true, includesNotes: true)
    #expect(askedButRedacted.notes.isEmpty)
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

  @Test func doesNotCountTheRoomAsAPerson() throws {
    let report = GroupReport(logs: [try Samples.room()])
    #expect(report.sessions.map(\.people) == [["Ana", "Ben"]])
    #expect(report.peopleCount == 2)
    #expect(report.sessions.map(\.answers) == [5])
    #expect(report.themes.map(\.people) == [2])
    #expect(report.ratings.isEmpty, "the room's ratings are not a person's self-rating")
    let persons = report.steps.flatMap(\.entries).map(\.person)
    #expect(persons == ["Ana", "Group", "Anonymous", "Group", "Ben"])
    let text = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(report)
    #expect(text.contains("1 session, 1 finished (100%), 2 people."))
  }

  @Test func keepsTheRoomLabelWhenRedacting() throws {
    let report = GroupReport(logs: [try Samples.room()], redacts: true)
    #expect(report.sessions.map(\.people) == [["Participant 1", "Participant 2"]])
    let persons = report.steps.flatMap(\.entries).map(\.person)
    #expect(persons == ["Participant 1", "Group", "Anonymous", "Group", "Participant 2"])
    #expect(report.steps.flatMap(\.entries).last?.text == "Group chat")
  }

  @Test func headsTheReportWithTheWorkshopTitleWhenTheSessionsShareOne() throws {
    let practice = try Samples.practice()
    var joining = practice
    joining.started.workshop = "w1"
    let shared = GroupReport(
      logs: [try Samples.room(), try Samples.room(session: "b"), joining], title: "Report")
    #expect(shared.workshopTitle == "Ward 5 with Ana")
    #expect(shared.heading == "Ward 5 with Ana · Report")
    let markdown = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(shared)
    #expect(markdown.hasPrefix("# Ward 5 with Ana · Report\n"))
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(shared)
    #expect(html.contains("<h1>Ward 5 with Ana · Report</h1>"))
    #expect(html.contains("<title>Ward 5 with Ana · Report</title>"))

    let redacted = GroupReport(logs: [try Samples.room()], title: "Report", redacts: true)
    #expect(redacted.heading == "Ward 5 with Participant 1 · Report")

    let differing = GroupReport(
      logs: [try Samples.room(), try Samples.room(session: "b", title: "Ward 6")], title: "R")
    #expect(differing.heading == "R")
    let otherWorkshop = GroupReport(
      logs: [try Samples.room(), try Samples.room(session: "b", workshop: "W2")], title: "R")
    #expect(otherWorkshop.heading == "R")
    let untitled = GroupReport(logs: [try Samples.room(title: nil)], title: "R")
    #expect(untitled.heading == "R")
    let mixed = GroupReport(logs: [try Samples.room(), practice], title: "R")
    #expect(mixed.workshopTitle == nil, "a session of no workshop")
  }

  @Test func saysSoWhenASectionIsEmptyInMarkdown() throws {
    let report = GroupReport(logs: [try Samples.room(title: nil)])
    let text = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(report)
    #expect(text.contains("## Self-ratings before and after\n\nNo before and after ratings.\n"))
    #expect(text.contains("## Next steps\n\nNo next steps were written.\n"))
    let none = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(
      GroupReport(logs: []))
    #expect(none.contains("## Themes across the group\n\nNo themes were recorded.\n"))
  }
}
