import CoachKit
import Foundation
import LineEditor
import TestSupport
import Testing
import Transcript

@testable import mentor_coach

/// The workshop loop: the facilitator types each participant's answer, the group's or the
/// room's; every answer is recorded under its author before the reply appears.
@Suite struct WorkshopRunnerTests {
  struct Run {
    var end: SessionEnd
    var screen: Screen
    var reader: ScriptedLineReader
    var events: [TranscriptEvent] { screen.sink.events }
  }

  func run(
    _ lines: [String], participants: [String] = ["Ana", "Ben", "Cy"],
    scenario: Scenario? = nil, echoes: Bool = false, sink: InMemoryTranscriptSink = .init()
  ) throws -> Run {
    try run(
      lines.map(ReadResult.line), participants: participants, scenario: scenario, echoes: echoes,
      sink: sink)
  }

  func run(
    _ lines: [ReadResult], participants: [String] = ["Ana", "Ben", "Cy"],
    scenario: Scenario? = nil, echoes: Bool = false, sink: InMemoryTranscriptSink = .init(),
    showsNotes: Bool = false
  ) throws -> Run {
    var session = WorkshopSession(
      scenario: try scenario ?? firstMeeting(), participants: participants)
    let opening = session.start()
    let screen = Screen(sink: sink)
    let reader = ScriptedLineReader(lines)
    let runner = WorkshopRunner(
      session: session, reader: reader, transcript: sink,
      printer: screen.printer(showsNotes: showsNotes), countdown: LiveCountdown())
    runner.echoesInput = echoes
    let end = runner.run(opening: opening)
    return Run(end: end, screen: screen, reader: reader)
  }

  static let fullWorkshop = [
    "I am so busy with clinic", ":pass", "I feel nervous about it",
    ":group", "5",
    "1",
    "I will email them tomorrow", "I will book it", ":pass",
  ]

  @Test func aFullWorkshopAttributesEveryAnswer() throws {
    let run = try run(Self.fullWorkshop)
    #expect(run.end == .finished)
    #expect(
      run.events.answers == [
        Attributed("Ana", "I am so busy with clinic"), Attributed("Cy", "I feel nervous about it"),
        Attributed("Group", "5"), Attributed(nil, "1"),
        Attributed("Ana", "I will email them tomorrow"), Attributed("Ben", "I will book it"),
      ])
    let passes = run.events.compactMap { event -> String? in
      if case .skip(let step) = event.payload { "\(event.who ?? "-") \(step)" } else { nil }
    }
    #expect(passes == ["Ben opening", "Cy step"])
    #expect(
      run.reader.prompts == [
        "Ana> ", "Ben> ", "Cy> ", "Ana> ", "Group> ", "Room> ", "Ana> ", "Ben> ", "Cy> ",
      ])
    #expect(run.screen.text.contains("Ben passes on this one."))
    #expect(run.screen.text.contains("Ana: You sound busy. Let's keep it manageable."))
    #expect(run.screen.text.contains("── 2 of about 4 ──\nHow ready do you feel"))
    #expect(run.events.types.last == "ended")
  }

  @Test func eachAnswerIsRecordedUnderItsAuthorBeforeTheReplyAppears() throws {
    let run = try run(Self.fullWorkshop)
    let replies = [
      (Attributed("Ana", "I am so busy with clinic"), "Ana: You sound busy."),
      (Attributed("Group", "5"), "Group: Good. Let's build on that."),
      (Attributed("Ana", "I will email them tomorrow"), "Ana: That is concrete."),
      (Attributed("Ben", "I will book it"), "Ben: That is concrete."),
    ]
    for (answer, reply) in replies {
      let before = try #require(run.screen.eventsRecorded(before: reply), "\(reply) not shown")
      #expect(before.answers.last == answer, "\(answer) not saved before \(reply)")
    }
    let said = run.events.filter { $0.payload.type == "said" && $0.who != nil }
    #expect(Set(said.compactMap(\.who)) == ["Ana", "Ben", "Cy", "Group"])
  }

  @Test func aWorkshopThatEndsOnAPassEndsOnce() throws {
    let run = try run(Self.fullWorkshop)
    #expect(run.events.types.filter { $0 == "ended" }.count == 1)
    #expect(run.events.types.suffix(2) == ["said", "ended"])
  }

  @Test func aWorkshopThatEndsOnAnAnswerEndsOnceWithTheSummaryBeforeIt() throws {
    let run = try run(Self.fullWorkshop.dropLast() + ["I will send a text"])
    #expect(run.end == .finished)
    #expect(run.events.answers.last == Attributed("Cy", "I will send a text"))
    #expect(run.events.types.filter { $0 == "ended" }.count == 1)
    #expect(run.events.types.firstIndex(of: "ended") == run.events.count - 1)
  }

  @Test func aRoomAnswerThatEndsTheWorkshopEndsItOnce() throws {
    let scenario = try compiled(
      """
      id: choose
      title: Choose
      area: time
      summary: One choice, then the end.
      minutes: 1
      version: 1
      steps:
        - id: pick
          ask: choice
          question: Which one?
          choices:
            - label: This
              next: done
            - label: That
              next: done
        - id: done
          end: true
          say: Thanks.
      """, path: "choose.yaml")
    let run = try run(["2"], scenario: scenario)
    #expect(run.end == .finished)
    #expect(run.events.answers == [Attributed(nil, "2")])
    #expect(run.events.types.filter { $0 == "ended" }.count == 1)
  }

  @Test func groupAndPassAreRefusedWhenTheRoomAnswersTogether() throws {
    // Ana passes `opening` and `confidence`; at the choice the room answers together.
    let run = try run(
      [":pass", ":pass", ":pass", ":group", "5", "2", ":quit"], participants: ["Ana"])
    let refusal =
      "The room answers this one together, so there is no turn to pass or group answer to give."
    #expect(run.screen.text.components(separatedBy: refusal).count - 1 == 2)
    #expect(run.events.answers == [Attributed(nil, "5"), Attributed(nil, "2")])
    #expect(
      run.reader.prompts == ["Ana> ", "Ana> ", "Room> ", "Room> ", "Room> ", "Room> ", "Ana> "])
  }

  @Test func noteIsRecordedForTheRoomAndKeptOutOfThePersistentHistory() throws {
    let run = try run([":note Ben seems tired", "I am busy", ":where", ":quit"], echoes: true)
    #expect(!run.screen.text.contains("seems tired"), "the note is echoed on the room's screen")
    #expect(run.screen.text.contains("Ana> :note\n"))
    let note = try #require(run.events.first { $0.payload == .note(text: "Ben seems tired") })
    #expect(note.who == nil)
    #expect(run.screen.text.contains("Your note is saved."))
    typealias Entry = ScriptedLineReader.HistoryEntry
    #expect(
      run.reader.history == [
        Entry(line: ":note", persisted: ":note"),
        Entry(line: "I am busy", persisted: nil),
        Entry(line: ":where", persisted: ":where"),
        Entry(line: ":quit", persisted: ":quit"),
      ])
  }

  @Test func answersAndChoicesNeverReachThePersistentHistory() throws {
    let run = try run([":group", "5", ":group", "6", "2", ":timer 3", ":quit"])
    #expect(
      run.reader.history.compactMap(\.persisted) == [":group", ":group", ":timer", ":quit"])
  }

  struct StopCase: CustomTestStringConvertible, Sendable {
    var id: String
    var input: [ReadResult]
    var reason: PauseReason
    var testDescription: String { id }
  }

  @Test(arguments: [
    StopCase(id: ":quit", input: [.line("I am so busy"), .line(":quit")], reason: .quit),
    StopCase(id: "Ctrl-D", input: [.line("I am so busy"), .endOfInput], reason: .eof),
    StopCase(
      id: "Ctrl-C on an empty line", input: [.interrupted(hadText: false)], reason: .interrupt),
    StopCase(
      id: "Ctrl-C with text only clears it",
      input: [.interrupted(hadText: true), .line(":q")], reason: .quit),
  ])
  func stoppingRecordsThePauseWithItsReason(_ test: StopCase) throws {
    let run = try run(test.input)
    #expect(run.end == .paused(test.reason))
    #expect(run.events.last?.pauseReason == test.reason)
    #expect(run.events.last?.who == nil)
    #expect(
      run.screen.text.hasSuffix(
        "Your answers are saved. Type 'mentor-coach resume' to carry on.\n\n"))
  }

  @Test func aTerminationSignalRecordsAPause() throws {
    let run = try run([.line("I am so busy"), .terminated])
    #expect(run.end == .signalled(SIGTERM))
    #expect(run.events.last?.pauseReason == .signal)
  }

  @Test func timerStartsForTheGivenMinutesOrTheStepsTime() throws {
    let run = try run([":timer 2", ":timer", ":timer 0", ":quit"])
    #expect(
      run.screen.text.contains(
        "Discussion time: 2:00.\n\nDiscussion time: 5:00.\n\nDiscussion time: 5:00.\n\n"))
    #expect(run.events.types.filter { $0 != "said" } == ["paused"])
  }

  @Test func theTimerShowsInThePromptUntilItsStepEnds() throws {
    let run = try run([":timer 2", "I am so busy", "I feel nervous", "Me too", ":quit"])
    let prompts = run.reader.prompts
    #expect(prompts.first == "Ana> ")
    // "[2:00] Ana> " on a quick machine, "[1:59] Ana> " on a slow one.
    #expect(prompts[1].hasPrefix("[") && prompts[1].hasSuffix("] Ana> "))
    #expect(prompts[3].hasPrefix("[") && prompts[3].hasSuffix("] Cy> "))
    #expect(prompts[4] == "Ana> ", "the timer stops when the room leaves its step")
    #expect(!run.screen.text.contains("\u{1B}"))
  }

  @Test func aStepWithADiscussionStartsTheTimerAndNotesShowOnlyWhenAsked() throws {
    let scenario = try compiled(Self.discussion, path: "discuss.yaml")
    let hidden = try run([":quit"], scenario: scenario)
    #expect(hidden.screen.text.contains("Discussion time: 1:00."))
    #expect(!hidden.screen.text.contains("Facilitator"))
    #expect(
      hidden.events.contains { event in
        if case .said(let said) = event.payload { said.kind == .noteForFacilitator } else { false }
      })
  }

  static let discussion = """
    id: discuss
    title: Discuss
    area: time
    summary: A step with a timed discussion.
    minutes: 1
    version: 1
    steps:
      - id: talk
        notes: [Ask the quietest person first.]
        discuss: 1m
        ask: text
        question: What went well?
      - id: done
        end: true
        say: Thanks.
    """

  @Test func aFailingSinkStopsTheLoopWithAPlainMessage() throws {
    var session = WorkshopSession(scenario: try firstMeeting(), participants: ["Ana", "Ben"])
    let opening = session.start()
    let sink = FailingSink(failingAt: "answered")
    var text = ""
    let reader = ScriptedLineReader(["I am so busy", "I am busy too"].map(ReadResult.line))
    let runner = WorkshopRunner(
      session: session, reader: reader, transcript: sink,
      printer: CoachPrinter(useColor: false, width: 160) { text += $0 },
      countdown: LiveCountdown())
    #expect(runner.run(opening: opening) == .saveFailed)
    #expect(reader.prompts == ["Ana> "])
    #expect(text.hasSuffix(saveFailedMessage + "\n\n"))
    #expect(!text.contains("You sound busy"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func aFailedPassIsNotShown() throws {
    var session = WorkshopSession(scenario: try firstMeeting(), participants: ["Ana"])
    let opening = session.start()
    let sink = FailingSink(failingAt: "skip")
    var text = ""
    let runner = WorkshopRunner(
      session: session, reader: ScriptedLineReader([.line(":pass")]), transcript: sink,
      printer: CoachPrinter(useColor: false, width: 160) { text += $0 },
      countdown: LiveCountdown())
    #expect(runner.run(opening: opening) == .saveFailed)
    #expect(!text.contains("passes on this one"))
    #expect(!text.contains("How ready"))
  }

  @Test func echoedLinesShowTheSpeakerAndAreSanitised() throws {
    let run = try run(["I am \u{1B}[2J busy", ":quit"], echoes: true)
    #expect(run.screen.text.contains("Ana> I am \\u{1B}[2J busy\n"))
    #expect(run.screen.text.contains("Ben> :quit\n"))
  }

  @Test func aParticipantsNameNeverReachesTheTerminalRaw() throws {
    // On `resume` the names come from the transcript file.
    let run = try run(
      ["I am busy", ":quit"], participants: ["Ana\u{1B}]0;owned\u{07}"], echoes: true)
    #expect(!run.screen.text.unicodeScalars.contains("\u{1B}"))
  }

  @Test func tabCompletionOffersPracticeAndWorkshopCommands() throws {
    let run = try run([String]())
    #expect(
      run.reader.completer?(":") == SessionCommand.practiceNames + SessionCommand.workshopNames)
    #expect(run.reader.completer?("Ana") == [])
  }
}
