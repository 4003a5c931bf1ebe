import CoachKit
import LineEditor
import TestSupport
import Testing
import Transcript

@testable import mentor_coach

/// Coming back: before the first question, how last time's next step went.
@Suite struct SessionRunnerFollowUpTests {
  static let plan = PlannedStep(
    session: "20261125-first-meeting-00ab", step: "step", plan: "email her")

  func run(_ lines: [String]) throws -> (end: SessionEnd, screen: Screen) {
    var engine = Engine(scenario: try firstMeeting())
    let opening = engine.start()
    let screen = Screen()
    let runner = SessionRunner(
      engine: engine, reader: ScriptedLineReader(lines.map(ReadResult.line)),
      transcript: screen.sink, printer: screen.printer())
    runner.lastPlan = Self.plan
    return (runner.run(opening: opening), screen)
  }

  func followUps(_ screen: Screen) -> [FollowUp] {
    screen.sink.events.compactMap { event in
      if case .followUp(let followUp) = event.payload { followUp } else { nil }
    }
  }

  @Test func anOutcomeAndWordsAreRecordedTiedToTheEarlierSession() throws {
    let (end, screen) = try run(["2", "I emailed, no reply yet", ":quit"])
    #expect(end == .paused(.quit))
    #expect(
      followUps(screen) == [
        FollowUp(
          earlier: Self.plan.session, step: "step", plan: "email her", outcome: .partly,
          text: "I emailed, no reply yet")
      ])
    let text = screen.text
    #expect(text.hasPrefix("Last time, your next step was: \"email her\". How did it go?"))
    #expect(text.contains("Let's begin.\n\nLet's plan your first meeting with your mentee."))
    // The follow-up is on disk before the scenario's first words are shown.
    let before = try #require(screen.eventsRecorded(before: "Let's plan your first meeting"))
    #expect(before.map(\.payload.type).prefix(1) == ["follow-up"])
  }

  @Test func enterSkipsAndTheSkipIsRecordedSoItIsNeverAskedAgain() throws {
    let (_, screen) = try run(["", ":quit"])
    #expect(followUps(screen).map(\.outcome) == [.declined])
    #expect(followUps(screen).first?.text == nil)
    #expect(screen.text.contains("I won't ask about it again."))
  }

  @Test func wordsWithAnOutcomeAreKeptWholeAndMeetTheSafetyNet() throws {
    let (end, screen) = try run(["not yet, I want to end it all", "yes"])
    #expect(end == .paused(.safety))
    #expect(followUps(screen).map(\.outcome) == [.notYet])
    #expect(followUps(screen).first?.text == "not yet, I want to end it all")
    #expect(screen.sink.events.map(\.payload.type).contains("safety"))
    #expect(screen.text.contains("This is a practice tool"))
    #expect(!screen.text.contains("Anything you would like to add"))
    #expect(!screen.text.contains("Let's plan your first meeting"))
  }

  @Test func endOfInputRecordsNothingSoTheQuestionComesAgain() throws {
    let (end, screen) = try run([])
    #expect(end == .paused(.eof))
    #expect(followUps(screen).isEmpty)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var line: String
    var outcome: FollowUpOutcome?
    var isBare: Bool
    var testDescription: String { line }
  }

  @Test(arguments: [
    Case(line: "1", outcome: .done, isBare: true),
    Case(line: "Done!", outcome: .done, isBare: true),
    Case(line: "yes, we met on Tuesday", outcome: .done, isBare: false),
    Case(line: "2", outcome: .partly, isBare: true),
    Case(line: "partly: I emailed her", outcome: .partly, isBare: false),
    Case(line: "3", outcome: .notYet, isBare: true),
    Case(line: "not yet", outcome: .notYet, isBare: true),
    Case(line: "I didn’t get round to it", outcome: .notYet, isBare: false),
    Case(line: "I did not", outcome: .notYet, isBare: true),
    Case(line: "I did it", outcome: .done, isBare: false),
    Case(line: "we met twice", outcome: nil, isBare: false),
    Case(line: "notably well", outcome: nil, isBare: false),
  ])
  func readsTheOutcome(_ test: Case) {
    #expect(FollowUpAnswer.outcome(test.line) == test.outcome)
    #expect(FollowUpAnswer.isBare(test.line) == test.isBare)
  }

  @Test func skipsOnEnterSkipOrACommandOtherThanQuit() {
    #expect(FollowUpAnswer.skips(""))
    #expect(FollowUpAnswer.skips("skip"))
    #expect(FollowUpAnswer.skips(":skip"))
    #expect(!FollowUpAnswer.skips(":quit"))
    #expect(!FollowUpAnswer.skips("2"))
  }
}
