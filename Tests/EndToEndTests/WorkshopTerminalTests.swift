import Foundation
import TestSupport
import Testing

/// `workshop` on a pseudo-terminal: the discussion timer lives in the prompt.
@Suite struct WorkshopTerminalTests {
  @Test func theTimerTicksInThePromptAndNeverMovesTheCursorElsewhere() throws {
    let coach = try BinaryRunner()
    let terminal = try coach.startOnTerminal(WorkshopTests.workshop("Ana,Ben"))
    try terminal.expect("Ana> ")
    try terminal.waitForRawMode()
    try terminal.send(":timer 1\r")
    try terminal.expect("Discussion time: 1:00.")
    // The editor redraws the prompt, and the half-typed line, as the seconds go by.
    try terminal.waitForRawMode()
    try terminal.send("I am so busy")
    try terminal.expect("[0:58")
    try terminal.expect("] Ana> I am so busy")
    try terminal.send(" with clinic\r")
    try terminal.expect("] Ben> ")
    try terminal.waitForRawMode()
    try terminal.send("Me too\r")
    // The next step starts without the countdown.
    try terminal.expect("How ready do you feel for that first meeting?")
    let beforeNextPrompt = terminal.transcript.count
    try terminal.expect("Ana> ", count: 2)
    try terminal.waitForRawMode()
    let after = String(terminal.transcript.dropFirst(beforeNextPrompt))
    #expect(!after.contains("[0:"), "the timer kept running into the next step: \(after)")
    try terminal.send(":quit\r")
    #expect(try terminal.waitForExit() == 0)
    let file = try #require(coach.sessionFiles().first)
    #expect(
      WorkshopTests.attributed(try EndToEnd.events(in: file))
        == ["Ana: I am so busy with clinic", "Ben: Me too"])
    let screen = terminal.transcript
    // No save/restore cursor, no jump to the top line, no reverse video under NO_COLOR.
    for sequence in ["\u{1B}7", "\u{1B}8", "\u{1B}[1;1H", "\u{1B}[7m"] {
      #expect(!screen.contains(sequence), "wrote \(String(reflecting: sequence))")
    }
  }
}

/// `workshop` on a pseudo-terminal when the safety net catches a participant's answer.
@Suite struct WorkshopTerminalSafetyTests {
  @Test func anAnswerCaughtByTheSafetyNetIsTakenOffTheRoomsScreen() throws {
    let coach = try BinaryRunner()
    let notes = coach.folder.appendingPathComponent("facilitator.txt")
    let terminal = try coach.startOnTerminal(
      WorkshopTests.workshop("Ana,Ben", ["--no-notes", "--notes-to", notes.path]))
    try terminal.expect("Ana> ")
    try terminal.waitForRawMode()
    try terminal.send("I want to end it all\r")
    try terminal.expect("Ana is taking a break.")
    let typed = terminal.transcript.range(of: "I want to end it all")
    let afterEnter = String(
      terminal.transcript[(typed?.upperBound ?? terminal.transcript.endIndex)...])
    // The line is redrawn without the words: cursor up, clear below, the prompt and "…".
    #expect(afterEnter.contains("\r\u{1B}[JAna> …"))
    try terminal.expect("Ben> ")
    try terminal.waitForRawMode()
    try terminal.send("I am so busy\r")
    try terminal.expect("How ready do you feel")
    try terminal.expect("Ben> ", count: 2)
    try terminal.waitForRawMode()
    try terminal.send(":quit\r")
    #expect(try terminal.waitForExit() == 0)
    let screen = String(terminal.transcript[(typed?.upperBound ?? terminal.transcript.endIndex)...])
    for words in ["end it all", "practice tool", "pause here", "Test Line", "Facilitator"] {
      #expect(!screen.contains(words), "the room's screen shows \"\(words)\" after Enter")
    }
    // The guidance went to the facilitator's channel instead.
    let channel = try String(contentsOf: notes, encoding: .utf8)
    #expect(channel.hasPrefix("[Facilitator] For the facilitator: speak with Ana privately."))
    let events = try EndToEnd.events(in: try #require(coach.sessionFiles().first))
    #expect(
      events.filter { $0["who"] as? String == "Ana" && $0["type"] as? String == "paused" }.count
        == 1)
  }
}
