import CoachKit
import Foundation
import LineEditor
import TestSupport
import Testing
import Transcript

@testable import mentor_coach

/// The solo loop, driven by scripted lines, with an in-memory transcript and screen.
@Suite struct SessionRunnerTests {
  /// A runner on `first-meeting` and what it ran.
  struct Run {
    var end: SessionEnd
    var screen: Screen
    var reader: ScriptedLineReader
    var events: [TranscriptEvent] { screen.sink.events }
  }

  func run(
    _ lines: [ReadResult], who: String? = nil, sink: InMemoryTranscriptSink = .init()
  ) throws -> Run {
    var engine = Engine(scenario: try firstMeeting())
    let opening = engine.start()
    let screen = Screen(sink: sink)
    let reader = ScriptedLineReader(lines)
    let runner = SessionRunner(
      engine: engine, reader: reader, transcript: sink, printer: screen.printer())
    runner.who = who
    let end = runner.run(opening: opening)
    return Run(end: end, screen: screen, reader: reader)
  }

  static let fullAnswers: [ReadResult] = [
    .line("I am so busy with clinic"), .line("5"), .line("1"), .line("I will email them tomorrow"),
  ]

  @Test func aFullRunRecordsEveryAnswerBeforeTheReplyAppears() throws {
    let run = try run(Self.fullAnswers, who: "Ana")
    #expect(run.end == .finished)
    #expect(
      run.events.answers == [
        Attributed("Ana", "I am so busy with clinic"), Attributed("Ana", "5"),
        Attributed("Ana", "1"), Attributed("Ana", "I will email them tomorrow"),
      ])
    #expect(run.events.allSatisfy { $0.who == "Ana" })
    #expect(run.events.types.last == "ended")
    #expect(run.events.types.filter { $0 == "ended" }.count == 1)

    let replies = [
      ("I am so busy with clinic", "You sound busy. Let's keep it manageable."),
      ("5", "Good. Let's build on that."),
      ("1", "What will you do this week to set up the meeting?"),
      ("I will email them tomorrow", "That is concrete. Put it in your diary now."),
    ]
    for (answer, reply) in replies {
      let before = try #require(run.screen.eventsRecorded(before: reply), "\(reply) not shown")
      #expect(before.answers.map(\.text).contains(answer), "\(answer) not saved before \(reply)")
      #expect(
        before.contains { event in
          if case .said(let said) = event.payload { said.text == reply } else { false }
        })
    }
    #expect(run.screen.text.contains("Your next step: \"I will email them tomorrow\""))
    // Four answers, then the offer to correct the next step (end of input saves it as it is).
    #expect(run.reader.prompts == Array(repeating: "> ", count: 5))
  }

  @Test func aSoloSessionRecordsNoWho() throws {
    let run = try run(Self.fullAnswers)
    #expect(run.events.allSatisfy { $0.who == nil })
  }

  struct StopCase: CustomTestStringConvertible, Sendable {
    var id: String
    var input: [ReadResult]
    var reason: PauseReason
    var testDescription: String { id }
  }

  @Test(arguments: [
    StopCase(id: ":quit", input: [.line("I am so busy"), .line(":quit")], reason: .quit),
    StopCase(id: ":q with spaces", input: [.line("  :q  ")], reason: .quit),
    StopCase(id: "Ctrl-D", input: [.line("I am so busy"), .endOfInput], reason: .eof),
    StopCase(
      id: "Ctrl-C on an empty line", input: [.interrupted(hadText: false)], reason: .interrupt),
    StopCase(
      id: "Ctrl-C with text only clears it",
      input: [.interrupted(hadText: true), .line("I am so busy"), .interrupted(hadText: false)],
      reason: .interrupt),
  ])
  func stoppingRecordsThePauseWithItsReason(_ test: StopCase) throws {
    let run = try run(test.input)
    #expect(run.end == .paused(test.reason))
    #expect(run.events.last?.pauseReason == test.reason)
    #expect(run.events.types.filter { $0 == "paused" }.count == 1)
    #expect(!run.events.types.contains("ended"))
    #expect(
      run.screen.text.hasSuffix(
        "Your answers are saved. Type 'mentor-coach resume' to carry on.\n\n"))
    #expect(run.end.exitCode == 0)
  }

  @Test func aTerminationSignalRecordsAPauseAndExitsWithTheSignal() throws {
    let run = try run([.line("I am so busy"), .terminated])
    #expect(run.end == .signalled(SIGTERM))
    #expect(run.end.exitCode == 128 + SIGTERM)
    #expect(run.events.last?.pauseReason == .signal)
  }

  @Test func onlyValidCommandNamesReachThePersistentHistory() throws {
    let run = try run([
      .line(":note ask about rota"), .line("I am so busy"), .line("5"), .line("2"), .line(":where"),
      .line(":nots Maria Lopez"), .line(":group"), .line(":q I cannot cope"),
    ])
    #expect(run.events.contains { $0.payload == .note(text: "ask about rota") })
    #expect(run.screen.text.contains("Your note is saved."))
    typealias Entry = ScriptedLineReader.HistoryEntry
    #expect(
      run.reader.history == [
        Entry(line: ":note ask about rota", persisted: ":note"),
        Entry(line: "I am so busy", persisted: nil),
        Entry(line: "5", persisted: nil),
        Entry(line: "2", persisted: nil),
        Entry(line: ":where", persisted: ":where"),
        Entry(line: ":nots Maria Lopez", persisted: nil),
        Entry(line: ":group", persisted: nil),
        Entry(line: ":q I cannot cope", persisted: ":quit"),
      ])
  }

  @Test func anEmptyNoteShowsTheHelpAndRecordsNothing() throws {
    let run = try run([.line(":note"), .line(":quit")])
    #expect(!run.events.types.contains("note"))
    #expect(
      run.screen.text.contains("Commands: :help :back :repeat :skip :note TEXT :where :why :quit"))
  }

  @Test func blankLinesAreIgnored() throws {
    let run = try run([.line(""), .line("   "), .line(":quit")])
    #expect(run.events.answers.isEmpty)
    #expect(run.reader.history == [.init(line: ":quit", persisted: ":quit")])
  }

  @Test func backAndSkipAreRecorded() throws {
    let run = try run([.line("I am so busy"), .line(":back"), .line(":skip"), .line(":quit")])
    let navigation = run.events.compactMap { event -> String? in
      switch event.payload {
      case .back(let step): "back \(step)"
      case .skip(let step): "skip \(step)"
      default: nil
      }
    }
    #expect(navigation == ["back opening", "skip opening"])
    #expect(run.screen.text.contains("Let's go back to the previous question."))
    #expect(run.screen.text.contains("We can leave that one."))
  }

  @Test func workshopCommandsAreNotCommandsInPractice() throws {
    let run = try run([.line(":group"), .line(":timer 2"), .line(":quit")])
    #expect(run.screen.text.contains(":group is not a command. Type :help to see them."))
    #expect(run.screen.text.contains(":timer is not a command. Type :help to see them."))
    #expect(!run.screen.text.contains("Discussion time"))
  }

  @Test func whyExplainsTheLastAnswerOrSaysThereIsNone() throws {
    let early = try run([.line(":why"), .line(":quit")])
    #expect(early.screen.text.contains("There is no answer to explain yet."))
    let later = try run([.line("I am so busy"), .line(":why"), .line(":quit")])
    #expect(!later.screen.text.contains("There is no answer to explain yet."))
    #expect(later.screen.text.contains("I replied to the part where you said you are so busy"))
    #expect(!later.screen.text.contains("Rules considered"))
    #expect(!later.screen.text.contains(".yaml"))
  }

  @Test func aSinkThatFailsAtOnceStopsBeforeTheFirstQuestion() throws {
    let sink = InMemoryTranscriptSink()
    sink.failure = .cannotWrite(path: "/data/sessions/s.jsonl", reason: "No space left on device")
    let run = try run(Self.fullAnswers, sink: sink)
    #expect(run.end == .saveFailed)
    #expect(run.end.exitCode == 2)
    #expect(run.screen.text == saveFailedMessage + "\n\n")
    #expect(run.reader.prompts.isEmpty)
  }

  @Test func aSinkThatFailsOnAnAnswerStopsTheLoopWithAPlainMessage() throws {
    var engine = Engine(scenario: try firstMeeting())
    let opening = engine.start()
    let sink = FailingSink(failingAt: "answered")
    var text = ""
    let printer = CoachPrinter(useColor: false, width: 160) { text += $0 }
    let reader = ScriptedLineReader(Self.fullAnswers)
    let runner = SessionRunner(engine: engine, reader: reader, transcript: sink, printer: printer)
    #expect(runner.run(opening: opening) == .saveFailed)
    #expect(reader.prompts.count == 1)
    #expect(text.hasSuffix(saveFailedMessage + "\n\n"))
    #expect(!text.contains("You sound busy"))
    #expect(!text.contains("\u{1B}"))
    // The answer itself reached the disk before the engine read it.
    #expect(sink.inner.events.types == ["said", "said", "received"])
  }

  @Test func theAnswerIsSavedBeforeTheEngineReadsIt() throws {
    let run = try run([.line("I am so busy"), .line(":quit")])
    let types = run.events.map(\.payload.type)
    let received = try #require(types.firstIndex(of: "received"))
    #expect(types[received + 1] == "answered")
    #expect(run.events[received].payload == .received(step: "opening", input: "I am so busy"))
  }

  @Test func aSinkThatFailsOnTheReceivedLineStopsBeforeTheEngineReadsIt() throws {
    var engine = Engine(scenario: try firstMeeting())
    let opening = engine.start()
    let sink = FailingSink(failingAt: "received")
    let printer = CoachPrinter(useColor: false, width: 160) { _ in }
    let reader = ScriptedLineReader(Self.fullAnswers)
    let runner = SessionRunner(engine: engine, reader: reader, transcript: sink, printer: printer)
    #expect(runner.run(opening: opening) == .saveFailed)
    #expect(sink.inner.events.types == ["said", "said"])
    #expect(runner.engine.currentStep.id == "opening")
  }

  @Test func tabCompletionOffersThePracticeCommands() throws {
    let reader = ScriptedLineReader([])
    _ = SessionRunner(
      engine: Engine(scenario: try firstMeeting()), reader: reader,
      transcript: InMemoryTranscriptSink(), printer: Screen().printer())
    #expect(reader.completer?(":") == SessionCommand.practiceNames)
    #expect(reader.completer?("I am") == [])
  }
}
