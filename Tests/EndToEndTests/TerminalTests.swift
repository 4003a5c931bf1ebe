import Foundation
import Glibc
import TestSupport
import Testing

/// `practice` on a pseudo-terminal: the line editor's keys and the ways a session stops.
@Suite struct TerminalTests {
  private static let up = "\u{1B}[A"
  private static let firstQuestion = "What worries you most about that first meeting?"
  private static let saved = "Your answers are saved. Type 'mentor-coach resume' to carry on."

  /// Starts `practice first-meeting` and waits for the first prompt.
  private func start(_ coach: BinaryRunner) throws -> PTYRunner {
    let terminal = try coach.startOnTerminal(EndToEnd.practice())
    try terminal.expect(Self.firstQuestion)
    try terminal.waitForRawMode()
    return terminal
  }

  /// The events of the one transcript the session wrote.
  private func events(_ coach: BinaryRunner) throws -> [[String: Any]] {
    #expect(coach.sessionFiles().count == 1)
    return try EndToEnd.events(in: try #require(coach.sessionFiles().first))
  }

  @Test func tabCompletesACommand() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    try terminal.send(":he")
    try terminal.expect(":he")
    // libedit redraws the completed word with cursor movement: only the new letters show.
    try terminal.send("\t")
    try terminal.expect("lp ")
    try terminal.send("\r")
    try terminal.expect("Commands: :help :back :repeat :skip :note TEXT :where :why :quit")
    #expect(!terminal.transcript.contains("is not a command"))
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    try terminal.expect(Self.saved)
    #expect(try terminal.waitForExit() == 0)
    #expect(EndToEnd.inputs(try events(coach)).isEmpty)
  }

  @Test func upRecallsThePreviousLine() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    try terminal.send("I am so busy with clinic\r")
    try terminal.expect(EndToEnd.busyReplyWords)
    try terminal.expect("completely ready)")
    try terminal.waitForRawMode()
    try terminal.send(Self.up)
    try terminal.expect("I am so busy with clinic", count: 2)
    try terminal.send("\r")
    try terminal.expect("Please give a whole number from 1 (not at all ready) to 7")
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    #expect(try terminal.waitForExit() == 0)
    let answers = EndToEnd.answers(try events(coach))
    #expect(
      answers.map { $0["input"] as? String }
        == Array(repeating: "I am so busy with clinic", count: 2))
    #expect(answers.map { $0["step"] as? String } == ["opening", "confidence"])
    #expect(answers.map { $0["accepted"] as? Bool } == [true, false])
  }

  @Test func ctrlCOnAHalfTypedLineCancelsOnlyTheLine() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    // The terminal raises SIGINT as soon as Ctrl-C is written: wait for the echo first.
    try terminal.send("half typed")
    try terminal.expect("half typed")
    try terminal.send("\u{3}")
    try terminal.expect("> ", count: 2)
    try terminal.waitForRawMode()
    try terminal.send("I am so busy with clinic\r")
    try terminal.expect(EndToEnd.busyReplyWords)
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    try terminal.expect(Self.saved)
    #expect(try terminal.waitForExit() == 0)
    let events = try events(coach)
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
    #expect(events.last?["reason"] as? String == "quit")
  }

  @Test func ctrlCOnAnEmptyLineSavesAndExits() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    try terminal.send("\u{3}")
    try terminal.expect(Self.saved)
    #expect(try terminal.waitForExit() == 0)
    let events = try events(coach)
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "interrupt")
  }

  @Test func ctrlDOnAnEmptyLineSavesAndExits() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    try terminal.send("\u{4}")
    try terminal.expect(Self.saved)
    #expect(try terminal.waitForExit() == 0)
    let events = try events(coach)
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "eof")
  }

  @Test func quitSavesAndExits() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    try terminal.send("I am so busy with clinic\r")
    try terminal.expect(EndToEnd.busyReplyWords)
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    try terminal.expect(Self.saved)
    #expect(try terminal.waitForExit() == 0)
    let events = try events(coach)
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "quit")
  }

  @Test func sigtermExits143AndRecordsThePause() throws {
    let coach = try BinaryRunner()
    let terminal = try start(coach)
    terminal.sendSignal(SIGTERM)
    #expect(try terminal.waitForExit() == 128 + SIGTERM)
    let events = try events(coach)
    #expect(EndToEnd.types(events).last == "paused")
    #expect(events.last?["reason"] as? String == "signal")
  }

  /// The bundled home screen on an 80-column terminal: nothing runs past the edge; `:help`
  /// and bad input get an answer.
  @Test func homeScreenFitsEightyColumnsAndAnswersHelpAndBadInput() throws {
    let coach = try BinaryRunner()
    let home = try coach.startOnTerminal(SummaryCorrectionTests.bundled)
    try home.expect("or :quit to leave.")
    try home.waitForRawMode()
    let lines = home.transcript.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
    for line in lines {
      #expect(line.count <= 80, "wider than 80 columns: \(line)")
    }
    try home.send(":help\r")
    try home.expect("or :quit to leave.", count: 2)
    #expect(!home.transcript.contains("is not one of the choices"))
    try home.waitForRawMode()
    try home.send("banana\r")
    try home.expect("\"banana\" is not one of the choices.")
    try home.expect("or :quit to leave.", count: 3)
    try home.waitForRawMode()
    try home.send(":quit\r")
    #expect(try home.waitForExit() == 0)
  }

  @Test func homeScreenStartsAndResumesAScenario() throws {
    let coach = try BinaryRunner()
    let home = try coach.startOnTerminal(EndToEnd.fixtureOptions)
    try home.expect("1. Your first meeting  (first-meeting, about 10 min)")
    try home.expect("Type a number or a scenario id, or :quit to leave.")
    #expect(!home.transcript.contains("r to resume"), "resume offered with nothing to resume")
    try home.waitForRawMode()
    try home.send("1\r")
    try home.expect(Self.firstQuestion)
    try home.waitForRawMode()
    try home.send("I am so busy with clinic\r")
    try home.expect(EndToEnd.busyReplyWords)
    try home.waitForRawMode()
    try home.send(":quit\r")
    try home.expect(Self.saved)
    #expect(try home.waitForExit() == 0)

    let again = try coach.startOnTerminal(EndToEnd.fixtureOptions)
    try again.expect("r. Resume 'Your first meeting' (")
    try again.expect(" so far)")
    #expect(again.transcript.contains("r. Resume 'Your first meeting' (1 answer so far)"))
    try again.expect("Type a number or a scenario id, r to resume, or :quit to leave.")
    try again.waitForRawMode()
    try again.send("r\r")
    try again.expect("Welcome back. Here is where you left off.")
    try again.expect("How ready do you feel for that first meeting?")
    try again.waitForRawMode()
    try again.send("\u{4}")
    try again.expect(Self.saved)
    #expect(try again.waitForExit() == 0)
    let events = try events(coach)
    #expect(EndToEnd.inputs(events) == ["I am so busy with clinic"])
    #expect(EndToEnd.types(events).filter { $0 == "resumed" }.count == 1)
    #expect(events.last?["reason"] as? String == "eof")
  }
}
